// The character scanners that replace regular expressions on hot paths, held to the expressions
// they stand for over generated text (letters of several scripts, astral letters, lone surrogates,
// digits of other scripts, marks, apostrophes and hyphens).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runToEnd } from '../../core/steps';
import { wordsIn } from '../../core/summary/keySentences';
import { countWordsSteps } from '../../core/text/countWords';
import { type TokenKind, tokenize } from '../../core/text/tokenize';

const pieces = fc.constantFrom(
  ..."aZé ßŁΣσ İ\u0307'’-.,19\u0663\u00a0\t\n".split(''),
  '𝐀',
  '𝑎',
  '\ud800',
  '\udc00',
  'word',
  'ward',
  'sword',
  'wordy',
);
const texts = fc.array(pieces, { maxLength: 80 }).map((xs) => xs.join(''));

describe('countWordsSteps', () => {
  it('counts runs of letters and digits as /[\\p{L}\\p{N}]+/ does', () => {
    expect(runToEnd(countWordsSteps('Acme’s 2,500 staff — in 3 cities.'))).toBe(8);
    fc.assert(
      fc.property(texts, (text) => {
        expect(runToEnd(countWordsSteps(text))).toBe(text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('wordsIn', () => {
  const bySplitting = (text: string, words: Set<string>): number =>
    [...new Set(text.match(/\p{L}{4,}/gu) ?? [])].filter((w) => words.has(w)).length;

  it('counts headline words the text has whole, each once', () => {
    expect(wordsIn('the word, and a sword and wordy words: word', new Set(['word', 'ward']))).toBe(1);
    expect(wordsIn('swordfish', new Set(['word']))).toBe(0);
    expect(wordsIn('𝐀word', new Set(['word']))).toBe(0);
  });

  it('agrees with splitting the text into its words', () => {
    fc.assert(
      fc.property(texts, texts, (text, title) => {
        const words = new Set(title.match(/\p{L}{4,}/gu) ?? []);
        expect(wordsIn(text, words)).toBe(bySplitting(text, words));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('tokenize', () => {
  // The expression the scanner replaces. Order matters: initialisms before words, numbers with
  // separators before bare digits.
  const TOKEN =
    /((?:\p{Lu}\.){2,})|(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)|([\p{L}\p{M}][\p{L}\p{M}\d]*)|([$€£¥₹₩₽₿₡₺₴₦₱₪₫%‰×])|(\S)/gu;
  const byExpression = (text: string) => {
    let last = 0;
    return [...text.matchAll(TOKEN)].map((m, i) => {
      const kind: TokenKind = m[1] || m[3] ? 'word' : m[2] ? 'num' : m[4] ? 'sym' : 'punct';
      const token = {
        kind,
        text: m[0],
        lower: m[0].toLowerCase(),
        start: m.index,
        end: m.index + m[0].length,
        spaced: m.index > last || i === 0,
      };
      last = token.end;
      return token;
    });
  };
  const figureText = fc
    .array(
      fc.oneof(
        pieces,
        fc.constantFrom(
          ...'0123456789,.,.$€%‰×U.S.A.ÉÖ\u0301\u20dd\u3000\u2028\u2029\ufeff\u200b\u200a\u2000\u202f\u205f\u0085\v\f\r\u1680Ⅻ'.split(''),
          '1,234',
          '12,345.6',
          'U.S.',
          '𝐀.𝐁.',
        ),
      ),
      { maxLength: 60 },
    )
    .map((xs) => xs.join(''));

  it('reads initialisms, grouped numbers, words with marks and digits, and symbols', () => {
    const read = (text: string) => tokenize(text).map((t) => `${t.kind}:${t.text}`);
    expect(read('The U.S. paid $6,812.40 (up 1.2%) for 1234,567 and .5 of Zoë2')).toEqual([
      'word:The',
      'word:U.S.',
      'word:paid',
      'sym:$',
      'num:6,812.40',
      'punct:(',
      'word:up',
      'num:1.2',
      'sym:%',
      'punct:)',
      'word:for',
      'num:1234',
      'punct:,',
      'num:567',
      'word:and',
      'num:.5',
      'word:of',
      'word:Zoë2',
    ]);
  });

  it('agrees with the regular expression it replaces', () => {
    fc.assert(
      fc.property(figureText, (text) => {
        expect(tokenize(text)).toEqual(byExpression(text));
      }),
      { numRuns: 5000 },
    );
  });
});
