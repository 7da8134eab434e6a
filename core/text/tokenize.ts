// Splits text into the tokens the recognisers read: numbers, words, symbols and punctuation,
// each with its offsets and whether whitespace precedes it (so `1.2bn` reads as one figure and
// `Gemini 3` as a name followed by a number).

import { runToEnd, STEP, type Steps } from '../steps';
import { isLetter, isUpper, width } from './letters';

export type TokenKind = 'num' | 'word' | 'sym' | 'punct';

export interface Token {
  kind: TokenKind;
  text: string;
  /** The text lower-cased, once, for the recognisers' table look-ups. */
  lower: string;
  start: number;
  end: number;
  /** Whitespace separates this token from the previous one. */
  spaced: boolean;
}

export function tokenize(text: string): Token[] {
  return runToEnd(tokenizeSteps(text));
}

/**
 * The tokens of `text` from `from` to `to` (a part of it that ends at whitespace or at the end),
 * with offsets into the whole text. Scans the characters once (an article's tokens are tens of
 * thousands). At each character, in this order: an initialism (`U.S.`), a number (`6,812.40`,
 * `1.2`, `.5`), a word (letters and marks, then digits too), a currency or other figure symbol,
 * else the one character.
 */
export function* tokenizeSteps(text: string, from = 0, to = text.length): Steps<Token[]> {
  const tokens: Token[] = [];
  let last = from;
  for (let i = from; i < to; ) {
    const c = text.codePointAt(i) as number;
    if (isSpace(c)) {
      i++;
      continue;
    }
    // An initialism is a word.
    let kind: TokenKind = 'word';
    let end = isUpper(c) ? initialismEnd(text, i) : -1;
    if (end < 0) {
      if (isDigit(c) || (c === DOT && isDigit(text.charCodeAt(i + 1)))) {
        kind = 'num';
        end = numberEnd(text, i);
      } else if (isLetter(c) || isMark(c)) end = wordEnd(text, i + width(c));
      else {
        kind = FIGURE_SYMBOLS.has(c) ? 'sym' : 'punct';
        end = i + width(c);
      }
    }
    const token = text.slice(i, end);
    // A number's digits, commas and dots have no case.
    tokens.push({
      kind,
      text: token,
      lower: kind === 'num' ? token : token.toLowerCase(),
      start: i,
      end,
      spaced: i > last || tokens.length === 0,
    });
    last = i = end;
    if (tokens.length % (STEP * 2) === 0) yield;
  }
  return tokens;
}

const DOT = 46;
const COMMA = 44;
const FIGURE_SYMBOLS = new Set([...'$€£¥₹₩₽₿₡₺₴₦₱₪₫%‰×'].map((s) => s.codePointAt(0)));
const MARK = /\p{M}/u;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** `\p{M}`: combining marks start at U+0300. */
const isMark = (c: number): boolean => c >= 0x300 && MARK.test(String.fromCodePoint(c));
/** `\s`: every one of them is a single UTF-16 unit. */
const isSpace = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  (c >= 0xa0 &&
    (c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff));

/** The end of two or more capitals each followed by a dot (`U.S.`, `E.U.`), else -1. */
function initialismEnd(text: string, from: number): number {
  let at = from;
  let pairs = 0;
  for (;;) {
    const c = text.codePointAt(at);
    if (c === undefined || !isUpper(c) || text.charCodeAt(at + width(c)) !== DOT) break;
    at += width(c) + 1;
    pairs++;
  }
  return pairs >= 2 ? at : -1;
}

const digitsEnd = (text: string, from: number): number => {
  let at = from;
  while (isDigit(text.charCodeAt(at))) at++;
  return at;
};

/** The end of a number at `from`: `.5`; or 1–3 digits with groups of `,ddd`, or bare digits; then `.d+` if it follows. */
function numberEnd(text: string, from: number): number {
  if (text.charCodeAt(from) === DOT) return digitsEnd(text, from + 1);
  let end = digitsEnd(text, from);
  if (end - from <= 3)
    while (
      text.charCodeAt(end) === COMMA &&
      isDigit(text.charCodeAt(end + 1)) &&
      isDigit(text.charCodeAt(end + 2)) &&
      isDigit(text.charCodeAt(end + 3))
    )
      end += 4;
  return text.charCodeAt(end) === DOT && isDigit(text.charCodeAt(end + 1)) ? digitsEnd(text, end + 1) : end;
}

/** The end of a word's letters, marks and digits from `from`. */
function wordEnd(text: string, from: number): number {
  let at = from;
  while (at < text.length) {
    const c = text.codePointAt(at) as number;
    if (!(isLetter(c) || isDigit(c) || isMark(c))) break;
    at += width(c);
  }
  return at;
}

/**
 * Whether a line ends between token `k` and the one before it: the recognisers let no name or
 * figure run on past a line.
 */
export function lineBreakBefore(text: string, tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  const at = tokens[k];
  if (!before || !at?.spaced) return false;
  for (let c = before.end; c < at.start; c++) {
    const code = text.charCodeAt(c);
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) return true;
  }
  return false;
}
