// Fractions written in words, in each language: `tres quintos`, `a quarter`, `two and a half`,
// `ciento treinta con dos cincoavos`, `um sobre tres`, and a part after a scale word
// (`un millón y medio`, `deux millions et demi`, `3 million and a half`). The denominators are
// the generated ordinals and names of core/data/figures.json (`quintos`, `Fünftel`, `tiers`):
//
//   fraction := (number ['-'] DENOMINATOR | number OVER number | ARTICLE NAMED-DENOMINATOR | HALF) [OF]
//   mixed    := number JOIN part
//   part     := number DENOMINATOR | ARTICLE NAMED-DENOMINATOR | JOINED-HALF
//
// where a bare HALF (`half a billion`, `medio millón`) and OF (`of a`, `de`, a hyphen) are read
// only before the scale, percent word or currency the fraction is a part of.
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
  isUnit: (at: number) => boolean,
): WordFraction[] {
  const found: WordFraction[] = [];
  const named = articleFraction(tokens, i, language);
  if (named) found.push({ ...named, large: false });
  // `half a billion`, `medio millón`, `demi-point`: a half with no number, only before what it halves.
  const half = tokens[i];
  if (half?.kind === 'word' && language.halfBefore.has(keyOf(half))) {
    const end = partOf(tokens, i + 1, language, isUnit);
    if (end > i + 1 || isUnit(i + 1)) found.push({ value: 0.5, end, large: false });
  }
  for (const w of words) {
    const large = w.value >= 1000;
    const d = denominatorAt(tokens, w.end, language) ?? hyphenedDenominator(tokens, w.end, language);
    if (d) found.push({ value: w.value / d, end: w.end + (tokens[w.end]?.text === '-' ? 2 : 1), large });
    const part = partAfterJoin(tokens, w.end, language, numbers);
    if (part) {
      found.push({ value: w.value + part.value * trailingScale(tokens, w, language), end: part.end, large });
      continue;
    }
    const over = w.value < MAX_OVER ? phraseAt(language.overPhrases, tokens, w.end) : null;
    const below = over ? numbers(over[1])[0] : undefined;
    if (below && below.value > 0 && below.value < MAX_OVER) found.push({ value: w.value / below.value, end: below.end, large: false });
  }
  // `a quarter of a million`, `two-thirds of a percentage point`: on through the words that make it a part of its unit.
  return found.map((f) => ({ ...f, end: partOf(tokens, f.end, language, isUnit) })).sort((a, b) => b.end - a.end);
}

/** `two-thirds`: a denominator written onto its numerator with a hyphen. */
function hyphenedDenominator(tokens: Token[], at: number, language: FigureLanguage): number | undefined {
  const [hyphen, word] = [tokens[at], tokens[at + 1]];
  if (hyphen?.text !== '-' || hyphen.spaced || word?.kind !== 'word' || word.spaced) return undefined;
  return language.denominators.get(keyOf(word));
}

/**
 * After a fraction ending at `end`, the index past the words that make it a part of a scale,
 * percent word or currency (`of a` million, `de` millón, a hyphen: `demi-point`); `end` itself
 * where none such follows.
 */
function partOf(tokens: Token[], end: number, language: FigureLanguage, isUnit: (at: number) => boolean): number {
  const next = tokens[end];
  if (next?.text === '-' && !next.spaced && !tokens[end + 1]?.spaced && isUnit(end + 1)) return end + 1;
  const of = phraseAt(language.fractionOf, tokens, end);
  return of && isUnit(of[1]) ? of[1] : end;
}
