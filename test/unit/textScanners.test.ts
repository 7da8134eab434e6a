// The character scanners that replace regular expressions on hot paths, held to the expressions
// they stand for over generated text (letters of several scripts, astral letters, lone surrogates,
// digits of other scripts, marks, apostrophes and hyphens).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runToEnd } from '../../core/steps';
import { wordsIn } from '../../core/summary/keySentences';
import { countWordsSteps } from '../../core/text/countWords';

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
