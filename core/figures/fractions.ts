// Fractions written in words, in each language: `tres quintos`, `a quarter`, `two and a half`,
// `ciento treinta con dos cincoavos`, `um sobre tres`, and a part after a scale word
// (`un millón y medio`, `deux millions et demi`, `3 million and a half`). The denominators are
// the generated ordinals and names of core/data/figures.json (`quintos`, `Fünftel`, `tiers`):
//
//   fraction := number (DENOMINATOR | OVER number) | ARTICLE NAMED-DENOMINATOR
//   mixed    := number JOIN part
//   part     := number DENOMINATOR | ARTICLE NAMED-DENOMINATOR | JOINED-HALF
//
// A fraction is an amount like any other: a figure only where a percent word, a scale or a
// currency makes it one (`tres quintos por ciento`, `one and a half million`). An ordinal after
// an article is an ordinal (`a third billion-dollar deal`), `over` between large numbers a
// preposition (`a million over three years`), and a part written onto a word is none (`a half-point cut`).

import type { Token } from '../text/tokenize';
import { type FigureLanguage, keyOf, phraseAt } from './figureLanguage';
import type { WordNumber } from './numberWords';

interface WordFraction extends WordNumber {
  /** Its whole number or numerator names a thousand or more (`a hundred thousand trillionths`). */
  large: boolean;
}

/** `over` in `one over three` reads only between numbers below this. */
const MAX_OVER = 1000;
/** The scales a part after a scale word is a part of, largest first. */
const SCALES = [1e15, 1e12, 1e9, 1e6, 1e3];

const denominatorAt = (tokens: Token[], at: number, language: FigureLanguage): number | undefined => {
  const t = tokens[at];
  return t?.kind === 'word' && t.spaced ? language.denominators.get(keyOf(t)) : undefined;
};

/** `a half`, `a quarter`: an article and a named denominator; the value and the index after it. */
function articleFraction(tokens: Token[], at: number, language: FigureLanguage): WordNumber | null {
  const [article, name] = [tokens[at], tokens[at + 1]];
  if (!article || !name || !language.articles.has(keyOf(article)) || !language.namedDenominators.has(keyOf(name))) return null;
  const d = denominatorAt(tokens, at + 1, language);
  return d ? { value: 1 / d, end: at + 2 } : null;
}

/**
 * The part after the joining word at `join` (`and a half`, `y medio`, `con dos cincoavos`, `and
 * three quarters`): its value, below one, and the index after it; null where there is none or
 * it is written onto the next word (`and a half-point cut`).
 */
export function partAfterJoin(
  tokens: Token[],
  join: number,
  language: FigureLanguage,
  numbers: (at: number) => WordNumber[],
): WordNumber | null {
  const word = tokens[join];
  if (word?.kind !== 'word' || !word.spaced || !language.amountConnectors.has(keyOf(word))) return null;
  const at = join + 1;
  let part: WordNumber | null = null;
  const half = phraseAt(language.joinedHalves, tokens, at);
  if (half) part = { value: 0.5, end: half[1] };
  part ??= articleFraction(tokens, at, language);
  if (!part) {
    for (const n of numbers(at)) {
      const d = denominatorAt(tokens, n.end, language);
      if (d && n.value < d) {
        part = { value: n.value / d, end: n.end + 1 };
        break;
      }
    }
  }
  const next = tokens[part?.end ?? -1];
  if (!part || (next?.text === '-' && !next.spaced)) return null;
  return part;
}

/** The scale a number in words ends on, by its value (`dos mil millones` ends on 10⁹), or 1. */
function trailingScale(tokens: Token[], w: WordNumber, language: FigureLanguage): number {
  const scale = phraseAt(language.scales, tokens, w.end - 1);
  if (!scale || scale[1] !== w.end) return 1;
  return SCALES.find((s) => w.value % s === 0) ?? 1;
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
  const named = articleFraction(tokens, i, language);
  if (named) found.push({ ...named, large: false });
  for (const w of words) {
    const large = w.value >= 1000;
    const d = denominatorAt(tokens, w.end, language);
    if (d) found.push({ value: w.value / d, end: w.end + 1, large });
    const part = partAfterJoin(tokens, w.end, language, numbers);
    if (part) {
      found.push({ value: w.value + part.value * trailingScale(tokens, w, language), end: part.end, large });
      continue;
    }
    const over = w.value < MAX_OVER ? phraseAt(language.overPhrases, tokens, w.end) : null;
    const below = over ? numbers(over[1])[0] : undefined;
    if (below && below.value > 0 && below.value < MAX_OVER) found.push({ value: w.value / below.value, end: below.end, large: false });
  }
  return found.sort((a, b) => b.end - a.end);
}
