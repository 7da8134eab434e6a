// Splits text into the tokens the recognisers read: numbers, words, symbols and punctuation,
// each with its offsets and whether whitespace precedes it (so `1.2bn` reads as one figure and
// `Gemini 3` as a name followed by a number).

import { runToEnd, STEP, type Steps } from '../steps';

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

// Order matters: initialisms (U.S.) before words, numbers with separators before bare digits.
const TOKEN =
  /((?:\p{Lu}\.){2,})|(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)|([\p{L}\p{M}][\p{L}\p{M}\d]*)|([$€£¥₹₩₽₿₡₺₴₦₱₪₫%‰×])|(\S)/gu;

export function tokenize(text: string): Token[] {
  return runToEnd(tokenizeSteps(text));
}

export function* tokenizeSteps(text: string): Steps<Token[]> {
  const tokens: Token[] = [];
  let last = 0;
  // A fresh expression per call: a paused call must not share its position with another.
  const pattern = new RegExp(TOKEN.source, TOKEN.flags);
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const kind: TokenKind = m[1] || m[3] ? 'word' : m[2] ? 'num' : m[4] ? 'sym' : 'punct';
    tokens.push({
      kind,
      text: m[0],
      lower: m[0].toLowerCase(),
      start: m.index,
      end: m.index + m[0].length,
      spaced: m.index > last || tokens.length === 0,
    });
    last = m.index + m[0].length;
    if (tokens.length % (STEP * 2) === 0) yield;
  }
  return tokens;
}

/** The numeric value of a number token (`6,812.40` → 6812.4). */
export function numberValue(token: Token): number {
  return Number(token.text.replace(/,/g, ''));
}
