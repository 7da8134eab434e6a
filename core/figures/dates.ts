// Dates as English writes them: `December 2`, `Dec. 2, 2025`, `2 December 2025`, `December 2025`,
// `Q3 2025`, `FY2025`, `2025-12-02`.

import type { Token } from '../text/tokenize';
import { inNumberChain } from './digits';
import { MONTHS, PERIOD } from './lexicon';

interface DateMatch {
  /** Token index after the date. */
  end: number;
  /** Epoch milliseconds (UTC) where the year is known. */
  value?: number;
}

export function isYear(t: Token): boolean {
  return t.kind === 'num' && /^\d{4}$/.test(t.text) && Number(t.text) >= 1800 && Number(t.text) <= 2100;
}

function isDay(t: Token | undefined): boolean {
  return !!t && t.kind === 'num' && /^\d{1,2}$/.test(t.text) && Number(t.text) >= 1 && Number(t.text) <= 31;
}

function monthOf(t: Token | undefined): number | undefined {
  const month = t?.kind === 'word' ? MONTHS[t.lower] : undefined;
  // Months are capitalised; a lower-case `may` or `march` is a verb.
  return month !== undefined && /^\p{Lu}/u.test((t as Token).text) ? month : undefined;
}

function dateValue(year: number | undefined, month: number, day = 1): number | undefined {
  return year === undefined ? undefined : Date.UTC(year, month - 1, day);
}

export function readDate(tokens: Token[], i: number): DateMatch | null {
  const t = tokens[i] as Token;
  const month = monthOf(t);
  if (month !== undefined) {
    let j = i + 1;
    if (tokens[j]?.text === '.' && !tokens[j]?.spaced) j++;
    const dayTok = tokens[j];
    if (isDay(dayTok) && !inNumberChain(tokens, j, j + 1)) {
      let end = j + 1;
      let year: number | undefined;
      const comma = tokens[end]?.text === ',' ? 1 : 0;
      const y = tokens[end + comma];
      if (y && isYear(y)) {
        year = Number(y.text);
        end = end + comma + 1;
      }
      return { end, value: dateValue(year, month, Number(dayTok?.text)) };
    }
    if (dayTok && isYear(dayTok) && t.lower !== 'may') return { end: j + 1, value: dateValue(Number(dayTok.text), month) };
    return null;
  }
  if (isDay(t) && !inNumberChain(tokens, i, i + 1)) {
    const m = monthOf(tokens[i + 1]);
    if (m !== undefined) {
      const y = tokens[i + 2];
      const year = y && isYear(y) ? Number(y.text) : undefined;
      return { end: year === undefined ? i + 2 : i + 3, value: dateValue(year, m, Number(t.text)) };
    }
  }
  if (t.kind === 'word' && PERIOD.test(t.text)) {
    const y = tokens[i + 1];
    if (y && isYear(y)) return { end: i + 2 };
    if (/^FY\d+$/.test(t.text) || /^Q[1-4]$/.test(t.text)) return { end: i + 1 };
    return null;
  }
  // ISO dates: 2025-12-02
  if (
    t.kind === 'num' &&
    /^\d{4}$/.test(t.text) &&
    tokens[i + 1]?.text === '-' &&
    /^\d{2}$/.test(tokens[i + 2]?.text ?? '') &&
    tokens[i + 3]?.text === '-' &&
    /^\d{2}$/.test(tokens[i + 4]?.text ?? '') &&
    !tokens[i + 1]?.spaced &&
    !tokens[i + 3]?.spaced
  ) {
    const [y, m, d] = [Number(t.text), Number(tokens[i + 2]?.text), Number(tokens[i + 4]?.text)];
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return { end: i + 5, value: Date.UTC(y, m - 1, d) };
  }
  return null;
}
