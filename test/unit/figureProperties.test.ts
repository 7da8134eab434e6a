// Properties of the figure grammar on forms no one wrote by hand: amounts in each language's
// number format with currencies before or after, numbers spelled by CLDR's own spell-out rules
// (read by scripts/rbnf.ts, the same rules the tables come from, but spelled here independently
// of the reader), and every currency name the tables carry.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import data from '../../core/data/figures.json';
import { FIGURE_LANGUAGES, type FigureLang } from '../../core/figures/languages';
import { UNITS } from '../../core/figures/lexicon';
import { recogniseFigures } from '../../core/figures/recogniseFigures';
import { ROOT } from '../../harness/paths';
import { cardinalSets, parseRules, spell } from '../../scripts/rbnf';

const figuresOf = (text: string, lang: FigureLang) => recogniseFigures(text, undefined, lang);

/** Words around a figure, neutral in each language. */
const FRAME: Record<FigureLang, [string, string]> = {
  en: ['The price is', 'this year.'],
  de: ['Der Preis liegt bei', 'in diesem Jahr.'],
  fr: ['Le prix atteint', 'cette année.'],
  es: ['El precio llega a', 'este año.'],
  it: ['Il prezzo arriva a', 'quest’anno.'],
  pt: ['O preço chega a', 'este ano.'],
  nl: ['De prijs komt op', 'dit jaar.'],
};

const languages = data.languages as Record<FigureLang, { decimal: string; group: string; currencies: Record<string, string> }>;
const GROUP_SPACES = [' ', '\u00a0', '\u2009', '\u202f'];

/** `whole` written with the language's grouping sign (or a space) every three digits. */
function grouped(whole: number, group: string): string {
  return String(whole).replace(/\B(?=(\d{3})+$)/g, group);
}

const amountArb = (lang: FigureLang) =>
  fc.record({
    whole: fc.integer({ min: 0, max: 999_999_999 }),
    cents: fc.option(fc.integer({ min: 0, max: 99 }), { nil: undefined }),
    group: fc.constantFrom('', languages[lang].group === ' ' ? '\u202f' : languages[lang].group, ...GROUP_SPACES),
  });

describe('amounts in each language’s format, a currency before or after', () => {
  for (const lang of FIGURE_LANGUAGES) {
    it(lang, () => {
      const { decimal } = languages[lang];
      fc.assert(
        fc.property(
          amountArb(lang),
          fc.constantFrom<[string, string]>(['€', 'EUR'], ['$', 'USD'], ['£', 'GBP'], ['EUR', 'EUR'], ['CHF', 'CHF'], ['USD', 'USD']),
          fc.boolean(),
          fc.boolean(),
          ({ whole, cents, group }, [sign, code], before, spaced) => {
            const number = grouped(whole, group) + (cents === undefined ? '' : `${decimal}${String(cents).padStart(2, '0')}`);
            // A code is a word: always spaced from the number.
            const gap = spaced || /^[A-Z]/.test(sign) ? ' ' : '';
            const figure = before ? `${sign}${gap}${number}` : `${number}${gap}${sign}`;
            const text = `${FRAME[lang][0]} ${figure} ${FRAME[lang][1]}`;
            const found = figuresOf(text, lang);
            expect(found.map((f) => [f.text, f.kind, f.value, f.unit])).toEqual([
              [figure, 'money', Number(`${whole}.${String(cents ?? 0).padStart(2, '0')}`), code],
            ]);
          },
        ),
        { numRuns: 300 },
      );
    });
  }
});

/** The words each language writes a percent with, after the number. */
const PERCENT: Record<FigureLang, string> = {
  en: 'percent',
  de: 'Prozent',
  fr: 'pour cent',
  es: 'por ciento',
  it: 'per cento',
  pt: 'por cento',
  nl: 'procent',
};

describe('numbers spelled by CLDR’s rules, of any composition', () => {
  for (const lang of FIGURE_LANGUAGES) {
    const rules = parseRules(readFileSync(join(ROOT, 'node_modules/cldr-rbnf/rbnf', `${lang}-SpelloutRules.txt`), 'utf8'));
    // The verbose English sets write commas inside a number (`one thousand, two hundred`).
    const sets = cardinalSets(rules).filter((s) => !s.includes('verbose'));
    it(lang, () => {
      fc.assert(
        fc.property(
          fc.oneof(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: 1, max: 999_999_999_999 })),
          fc.constantFrom(...sets),
          (n, set) => {
            const spelled = spell(rules, set, n);
            const figure = `${spelled} ${PERCENT[lang]}`;
            const text = `${FRAME[lang][0]} ${figure} ${FRAME[lang][1]}`;
            expect(figuresOf(text, lang).map((f) => [f.text, f.kind, f.value])).toEqual([[figure, 'percent', n]]);
          },
        ),
        { numRuns: 300 },
      );
    });
  }
});

describe('every currency name the tables carry', () => {
  for (const lang of FIGURE_LANGUAGES) {
    // In English a name that is also a unit of measure (`pounds`) is read as the unit after a number.
    const isUnit = (name: string) => lang === 'en' && (name in UNITS || `${name}s` in UNITS);
    const names = Object.entries(languages[lang].currencies).filter(([name]) => !isUnit(name));
    it(lang, () => {
      fc.assert(
        fc.property(fc.constantFrom(...names), fc.integer({ min: 2, max: 999 }), ([name, code], n) => {
          const figure = `${n} ${name}`;
          const text = `${FRAME[lang][0]} ${figure} ${FRAME[lang][1]}`;
          expect(figuresOf(text, lang).map((f) => [f.text, f.kind, f.value, f.unit])).toEqual([[figure, 'money', n, code || undefined]]);
        }),
        { numRuns: 300 },
      );
    });
  }
});

describe('fractions: a number spelled by CLDR’s rules over every denominator the tables carry', () => {
  for (const lang of FIGURE_LANGUAGES) {
    const rules = parseRules(readFileSync(join(ROOT, 'node_modules/cldr-rbnf/rbnf', `${lang}-SpelloutRules.txt`), 'utf8'));
    const sets = cardinalSets(rules).filter((s) => !s.includes('verbose'));
    const denominators = Object.entries(
      (data.languages as Record<FigureLang, { denominators: Record<string, number> }>)[lang].denominators,
    );
    it(lang, () => {
      fc.assert(
        fc.property(fc.integer({ min: 2, max: 99 }), fc.constantFrom(...sets), fc.constantFrom(...denominators), (n, set, [word, d]) => {
          const figure = `${spell(rules, set, n)} ${word} ${PERCENT[lang]}`;
          const text = `${FRAME[lang][0]} ${figure} ${FRAME[lang][1]}`;
          const found = figuresOf(text, lang);
          expect(found.map((f) => [f.text, f.kind])).toEqual([[figure, 'percent']]);
          expect(found[0]?.value).toBeCloseTo((n / d) as number, 9);
        }),
        { numRuns: 300 },
      );
    });
  }
});
