// An amount: a number in digits or words, or a fraction in words (fractions.ts), with the scale
// words after it (`2,5 Mio.`, `1.2bn`, `5,4 milliards`, `6,65 mil millones`, `un millón y medio`).
// The figures' grammar reads every money, percent, quantity and count from one.

import type { Token } from '../text/tokenize';
import { readDigits, withExponent } from './digits';
import { type FigureLanguage, phraseAt } from './figureLanguage';
import { partAfterJoin, readFractions } from './fractions';
import { readNumberWords } from './numberWords';

export interface Amount {
  value: number;
  /** Token index after the amount. */
  end: number;
  scaled: boolean;
  /** Written with digits (not in words). */
  digits: boolean;
  /** Written with a decimal part, or as a fraction in words. */
  fraction: boolean;
  /** What its scale words multiply it by (`million`: 10⁶); absent where there are none. */
  factor?: number;
  /** Its scale is a letter written onto the digits (`5K`, `7m`, `1B`). */
  attached?: boolean;
}

/** Whether the tokens from `from` to `to` are an abbreviation: three letters or fewer, or a dot. */
function isAbbreviation(tokens: Token[], from: number, to: number): boolean {
  let letters = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.text === '.') return true;
    letters += t.text.length;
  }
  return letters <= 3;
}

/** Scale words after the number, a larger one multiplying the one before (`hundred thousand`). */
function withScales(tokens: Token[], amount: Amount, language: FigureLanguage): Amount {
  let { value, end } = amount;
  let factor = 1;
  let attached = false;
  for (;;) {
    // `$10-million` (as Canadian style writes it): a scale word hyphened onto digits.
    const hyphen = tokens[end];
    const hyphened = factor === 1 && amount.digits && hyphen?.text === '-' && !hyphen.spaced && !tokens[end + 1]?.spaced;
    const scale = phraseAt(language.scales, tokens, hyphened ? end + 1 : end);
    if (!scale) break;
    const [[by, attachedOnly], after] = scale;
    if (hyphened && attachedOnly) break;
    // After words only a scale word, no abbreviation: `ein Bio-Siegel` is organic, not a trillion.
    if (!amount.digits && isAbbreviation(tokens, end, after)) break;
    // `5m`, `10K`: only written onto the number; `3 m` is metres. A spaced `k` ends a phrase (`a 10 k`
    // before a word is a race).
    const lone = tokens[end]?.lower === 'k' && (!tokens[after] || tokens[after]?.kind === 'punct');
    if (attachedOnly && ((tokens[end]?.spaced && !lone) || factor > 1 || !amount.digits)) break;
    if (factor > 1 && by <= factor) break;
    attached ||= attachedOnly && !tokens[end]?.spaced;
    factor *= by;
    end = after;
  }
  if (factor === 1) return amount;
  value *= factor;
  // `2 millones y medio`: a part of the scale more.
  const part = partAfterJoin(tokens, end, language, (at) => readNumberWords(tokens, at, language));
  if (part) [value, end] = [value + part.value * factor, part.end];
  return { ...amount, value, end, scaled: true, factor, attached };
}

/** Tokenised newswire writes 6.2 as `6 . 2`: a decimal where a unit, scale, currency or percent follows. */
function spacedDecimal(tokens: Token[], i: number, followsAsAmount: (at: number) => boolean): Amount | null {
  const [whole, point, part] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (whole?.kind !== 'num' || point?.text !== '.' || part?.kind !== 'num' || !/^\d+$/.test(whole.text) || !/^\d+$/.test(part.text))
    return null;
  if (!point.spaced && !part.spaced) return null;
  if (!followsAsAmount(i + 3)) return null;
  return { value: Number(`${whole.text}.${part.text}`), end: i + 3, scaled: false, digits: true, fraction: true };
}

/**
 * The amounts that start at token `i`, longest first (words may be read shorter: `quarante-cinq
 * cents` is 4,500 or 45 cents). `followsAsAmount` tells a unit, scale, currency or percent sign.
 */
export function readAmounts(
  text: string,
  tokens: Token[],
  i: number,
  language: FigureLanguage,
  followsAsAmount: (at: number) => boolean,
): Amount[] {
  const t = tokens[i];
  if (!t) return [];
  if (t.kind === 'word') {
    const words = readNumberWords(tokens, i, language);
    const fractions = readFractions(tokens, i, language, words, (at) => readNumberWords(tokens, at, language), followsAsAmount);
    const read = (value: number, end: number, fraction: boolean, large: boolean): Amount => {
      const a = withScales(tokens, { value, end, scaled: false, digits: false, fraction }, language);
      // Words that name a thousand or more (`two million`, `zweitausend`, `a hundred thousand
      // trillionths`) count as scaled, as `2 million` does.
      return large || Number.isNaN(a.value) || a.value >= 1000 ? { ...a, scaled: true } : a;
    };
    return [
      ...fractions.map((f) => read(f.value, f.end, true, f.large)),
      ...words.filter((w) => Number.isNaN(w.value) || w.value >= 1).map((w) => read(w.value, w.end, false, false)),
    ];
  }
  const spaced = spacedDecimal(tokens, i, followsAsAmount);
  if (spaced) return [withScales(tokens, spaced, language)];
  const digits = readDigits(text, tokens, i, language);
  if (!digits) return [];
  const powered = withExponent(tokens, digits);
  const { value, end } = powered && followsAsAmount(powered.end) ? powered : digits;
  return [withScales(tokens, { value, end, scaled: false, digits: true, fraction: digits.fraction }, language)];
}
