// Numbers written in digits, as each language writes them: `1,234.56` in English, `1.234,56` in
// German, `12 500` with a space (or a thin or no-break space) between thousands in any of them.
// A number is read whole or not at all: its digits and the signs between them form one run,
// and a run the language cannot read (`12.03.2024`, `1.2.3`) is no figure, so no figure can show
// part of a number (`70 €` out of `4,70 €`).

import type { Token } from '../text/tokenize';
import type { FigureLanguage } from './figureLanguage';

interface DigitNumber {
  value: number;
  /** Token index after the number. */
  end: number;
  /** Written with a decimal part. */
  fraction: boolean;
}

/** Signs that may stand between a number's digits. */
const INNER_SIGNS = new Set(['.', ',', "'", '’']);
/** Whitespace that may separate groups of thousands. */
const GROUP_SPACES = new Set([' ', '\u00a0', '\u2009', '\u202f']);

const isNum = (t: Token | undefined): t is Token => t?.kind === 'num';

/** The index after the run of digits and inner signs that starts at `i`. */
export function runEnd(tokens: Token[], i: number): number {
  let j = i + 1;
  for (;;) {
    const sign = tokens[j];
    const next = tokens[j + 1];
    if (sign && !sign.spaced && INNER_SIGNS.has(sign.text) && isNum(next) && !next.spaced) j += 2;
    else if (isNum(sign) && !sign.spaced) j++;
    else return j;
  }
}

/**
 * Reads `text` (digits with signs between) in the language: each grouping sign followed by
 * exactly three digits, at most one decimal sign, last. The language's own decimal sign first,
 * then those of its regions, where the grouping reading fails (`3.50` in Swiss German).
 */
function readDigitText(text: string, language: FigureLanguage): { value: number; fraction: boolean } | null {
  const parts = text.split(/([.,'’ ])/);
  if (parts.length === 1) return { value: Number(text), fraction: false };
  const digits: string[] = [];
  const signs: string[] = [];
  for (let k = 0; k < parts.length; k++) (k % 2 === 0 ? digits : signs).push(parts[k] as string);
  for (const decimal of [language.decimal, ...language.otherDecimals]) {
    const read = readWith(digits, signs, decimal, language);
    if (read) return read;
  }
  return null;
}

function readWith(
  digits: string[],
  signs: string[],
  decimal: string,
  language: FigureLanguage,
): { value: number; fraction: boolean } | null {
  const last = signs.length - 1;
  const fraction = signs[last] === decimal;
  const grouping = fraction ? signs.slice(0, last) : signs;
  const group = grouping[0];
  if (group !== undefined) {
    if (group === decimal || (group !== ' ' && !language.groups.has(group))) return null;
    for (const g of grouping) if (g !== group) return null;
    if (!/^\d{1,3}$/.test(digits[0] as string)) return null;
    for (let k = 1; k <= grouping.length; k++) if (!/^\d{3}$/.test(digits[k] as string)) return null;
  }
  const whole = digits.slice(0, grouping.length + 1).join('');
  if (!fraction) return whole === '' ? null : { value: Number(whole), fraction: false };
  const part = digits[last + 1] as string;
  if (part === '') return null;
  return { value: Number(`${whole || '0'}.${part}`), fraction: true };
}

/** Digits written with a leading zero (`02382`, a dialling code; `01067`, a postcode): a code, no amount (`0,5` is one). */
export const isCode = (t: Token): boolean => t.kind === 'num' && /^0\d/.test(t.text);

/**
 * The number in digits at token `i` (a run, then groups of three digits after single spaces),
 * read in the language; null where it does not start a run, cannot be read or is a code.
 */
export function readDigits(text: string, tokens: Token[], i: number, language: FigureLanguage): DigitNumber | null {
  let first = tokens[i];
  if (first && isCode(first)) return null;
  // `,5` in a language with a decimal comma: the run opens with its sign.
  const opensWithSign = first?.text === language.decimal && isNum(tokens[i + 1]) && !tokens[i + 1]?.spaced;
  if (!isNum(first) && !opensWithSign) return null;
  let end = runEnd(tokens, opensWithSign ? i + 1 : i);
  first = first as Token;
  let written = text.slice(first.start, (tokens[end - 1] as Token).end);
  // 12 500 / 1 234 567,89: a run of one to three digits, then runs that open with three.
  if (/^\d{1,3}$/.test(written)) {
    for (;;) {
      const next = tokens[end];
      const before = tokens[end - 1] as Token;
      if (!isNum(next) || next.start - before.end !== 1 || !GROUP_SPACES.has(text[before.end] as string)) break;
      const nextEnd = runEnd(tokens, end);
      const more = text.slice(next.start, (tokens[nextEnd - 1] as Token).end);
      if (!/^\d{3}(?:$|[.,])/.test(more) || /^\d{3}[.,]\d{3}(?:$|[.,])/.test(more)) break;
      written += ` ${more}`;
      end = nextEnd;
      if (/[.,]/.test(more)) break;
    }
  }
  const read = readDigitText(written, language);
  return read ? { ...read, end } : null;
}

/** Signs that chain numbers into times, phone numbers, scores and ranges (10:30, 555-123-4567, 24/7, 2019-20). */
const CHAIN_SIGNS = new Set([':', '/', '-', '–']);

/**
 * Whether the number from token `start` to `end` is part of such a chain, joined to another
 * number with no space on either side of the sign: never a figure on its own.
 */
export function inNumberChain(tokens: Token[], start: number, end: number): boolean {
  return chainsAt(tokens, end) || chainsAt(tokens, start - 1);
}

/** Whether the sign at `at` joins the numbers either side of it, with no space. */
function chainsAt(tokens: Token[], at: number): boolean {
  const sign = tokens[at];
  const after = tokens[at + 1];
  return !!sign && !sign.spaced && isNum(tokens[at - 1]) && isNum(after) && !after.spaced && CHAIN_SIGNS.has(sign.text);
}

const tight = (t: Token | undefined): t is Token => !!t && !t.spaced;

/**
 * An exponent written onto the number that ends at `n.end` (`1e10`, `2.5e-3`, `1,1^23`): the
 * value it raises the number to and the index after it, else null (and where the value is past
 * what a number can hold). The caller reads it only where what follows makes an amount of it (a
 * percent, a scale, a currency), so that no code or serial number becomes a figure.
 */
export function withExponent(tokens: Token[], n: { value: number; end: number }): { value: number; end: number } | null {
  const [a, b, c] = [tokens[n.end], tokens[n.end + 1], tokens[n.end + 2]];
  if (!tight(a)) return null;
  let read: { value: number; end: number } | null = null;
  // `1e10`: the tokenizer reads `e10` as a word.
  const joined = a.kind === 'word' ? /^e(\d{1,3})$/i.exec(a.text) : null;
  if (joined) read = { value: n.value * 10 ** Number(joined[1]), end: n.end + 1 };
  else if (/^e$/i.test(a.text) && tight(b) && /^[-+]$/.test(b.text) && tight(c) && isNum(c) && /^\d{1,3}$/.test(c.text))
    read = { value: n.value * 10 ** (b.text === '-' ? -Number(c.text) : Number(c.text)), end: n.end + 3 };
  else if (a.text === '^' && tight(b) && isNum(b) && /^\d{1,3}$/.test(b.text)) read = { value: n.value ** Number(b.text), end: n.end + 2 };
  return read && Number.isFinite(read.value) ? read : null;
}
