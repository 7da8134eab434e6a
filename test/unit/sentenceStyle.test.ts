import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type SentenceStyle, sentenceStyle } from '../../core/companies/sentenceStyle';

/** The definition the scanner implements, written plainly: words, then shares of them. */
function byWords(sentence: string): SentenceStyle {
  const words = sentence.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length < 4) return 'prose';
  if (words.filter((w) => /^\p{Lu}+$/u.test(w) && w.length > 1).length > words.length * 0.6) return 'shouted';
  return words.filter((w) => /^\p{Lu}/u.test(w)).length > words.length * 0.6 ? 'headline' : 'prose';
}

describe('sentenceStyle', () => {
  it('tells prose, title-case headlines and shouted lines apart', () => {
    expect(sentenceStyle('Acme Widgets said on Monday that revenue rose.')).toBe('prose');
    expect(sentenceStyle('Acme Widgets Beats Forecasts As Revenue Soars')).toBe('headline');
    expect(sentenceStyle('ACME WIDGETS BEATS FORECASTS AS REVENUE SOARS')).toBe('shouted');
    expect(sentenceStyle('ÉLECTRICITÉ DE FRANCE RÉDUIT SES PRÉVISIONS')).toBe('shouted');
    expect(sentenceStyle('Too Short To Tell')).toBe('headline');
    expect(sentenceStyle('Too Short Here')).toBe('prose');
  });

  it('counts a word with apostrophes and hyphens once, and not as shouted', () => {
    expect(sentenceStyle("WAL-MART'S O'NEIL-SMITH CUT PRICES")).toBe('headline');
    expect(sentenceStyle('rock-’n’-roll is not a name here')).toBe('prose');
  });

  it('agrees with the definition by words on any text', () => {
    const letters = fc.constantFrom(..."aZqQéÉßŁłΣσ𝐀𝑎 '’-.,1\u00a0\ud800".split(''), '𝐀', '𝑎', 'İ', 'ǅ');
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 60 }), (chars) => {
        const sentence = chars.join('');
        expect(sentenceStyle(sentence)).toBe(byWords(sentence));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => sentenceStyle(s) === byWords(s)),
      { numRuns: 2000 },
    );
  });
});
