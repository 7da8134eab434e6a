// Fractions written in words, in each language: `tres quintos`, `a third`, `two and a half`,
// `ciento treinta con dos cincoavos`, `um sobre tres`, and a half after a scale word
// (`un millón y medio`, `deux millions et demi`). The denominators are the generated ordinals
// and names of core/data/figures.json (`quintos`, `Fünftel`, `tiers`, `half`):
//
//   fraction := number (DENOMINATOR | OVER number) | ARTICLE DENOMINATOR
//   mixed    := number JOIN [number | ARTICLE] DENOMINATOR
//
// A fraction is an amount like any other: a figure only where a percent word, a scale or a
// currency makes it one (`tres quintos por ciento`, `one and a half million`).

import type { Token } from '../text/tokenize';
import { type FigureLanguage, keyOf, phraseAt } from './figureLanguage';
import type { WordNumber } from './numberWords';

interface WordFraction extends WordNumber {
  /** Its whole number or numerator names a thousand or more (`a hundred thousand trillionths`). */
  large: boolean;
}

const denominatorAt = (tokens: Token[], at: number, language: FigureLanguage): number | undefined => {
  const t = tokens[at];
  return t?.kind === 'word' && t.spaced ? language.denominators.get(keyOf(t)) : undefined;
};

/**
 * The fraction after a joining word at `at` (`a half`, `medio`, `dos cincoavos`), given the
 * numbers that start there; a bare denominator is one part (`y medio`).
 */
function partAt(tokens: Token[], at: number, language: FigureLanguage, numbers: (at: number) => WordNumber[]): WordNumber | null {
  const t = tokens[at];
  if (!t) return null;
  const bare = denominatorAt(tokens, at, language);
  if (bare) return { value: 1 / bare, end: at + 1 };
  if (language.articles.has(keyOf(t))) {
    const after = denominatorAt(tokens, at + 1, language);
    if (after) return { value: 1 / after, end: at + 2 };
  }
  for (const n of numbers(at)) {
    const d = denominatorAt(tokens, n.end, language);
    if (d) return { value: n.value / d, end: n.end + 1 };
  }
  return null;
}

/**
 * The fractions that start at token `i`, longest first, given the whole numbers in words that
 * start there (`words`) and a reader of numbers in words at any token.
 */
export function readFractions(
  tokens: Token[],
  i: number,
  language: FigureLanguage,
  words: WordNumber[],
  numbers: (at: number) => WordNumber[],
): WordFraction[] {
  const found: WordFraction[] = [];
  const t = tokens[i];
  if (t && language.articles.has(keyOf(t))) {
    const d = denominatorAt(tokens, i + 1, language);
    if (d) found.push({ value: 1 / d, end: i + 2, large: false });
  }
  for (const w of words) {
    const d = denominatorAt(tokens, w.end, language);
    const large = w.value >= 1000;
    if (d) found.push({ value: w.value / d, end: w.end + 1, large });
    const join = tokens[w.end];
    if (join?.kind !== 'word' || !join.spaced) continue;
    if (language.amountConnectors.has(keyOf(join))) {
      const part = partAt(tokens, w.end + 1, language, numbers);
      // After a scale word, a part of the scale (`un millón y medio`).
      const scale = phraseAt(language.scales, tokens, w.end - 1);
      const unit = scale && scale[1] === w.end ? scale[0][0] : 1;
      if (part && part.value < 1) found.push({ value: w.value + part.value * unit, end: part.end, large });
      continue;
    }
    const over = phraseAt(language.overPhrases, tokens, w.end);
    const below = over ? numbers(over[1])[0] : undefined;
    if (below && below.value > 0) found.push({ value: w.value / below.value, end: below.end, large });
  }
  return found.sort((a, b) => b.end - a.end);
}

/** A half after a scale word, joined to it (`y medio`, `et demi`, `and a half`): the index after it, or -1. */
export function halfAfter(tokens: Token[], at: number, language: FigureLanguage): number {
  const join = tokens[at];
  if (join?.kind !== 'word' || !language.amountConnectors.has(keyOf(join))) return -1;
  let k = at + 1;
  if (tokens[k] && language.articles.has(keyOf(tokens[k] as Token))) k++;
  return denominatorAt(tokens, k, language) === 2 ? k + 1 : -1;
}
