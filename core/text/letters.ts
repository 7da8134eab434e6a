// Character classes by code point, for scanners that run over every character of an article:
// ASCII is settled by comparisons, anything else by the Unicode property (as `\p{L}` would).

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** `\p{L}` */
export const isLetter = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 128 && LETTER.test(String.fromCodePoint(c)));

/** `\p{Lu}` */
export const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 128 && UPPER.test(String.fromCodePoint(c)));

/** `[\p{L}\p{N}]` */
export const isLetterOrNumber = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 128 && LETTER_OR_NUMBER.test(String.fromCodePoint(c)));

/** UTF-16 code units the code point takes. */
export const width = (c: number): number => (c > 0xffff ? 2 : 1);

/** The code point that ends just before `at` (a surrogate pair read whole), or -1 at the start. */
export function codePointBefore(text: string, at: number): number {
  if (at <= 0) return -1;
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(at - 2) as number;
  }
  return low;
}
