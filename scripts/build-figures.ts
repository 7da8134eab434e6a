// Generates core/data/figures.json: the words and signs figures are written with, in English,
// German, French, Spanish, Italian, Portuguese and Dutch, with their provenance in the file.
//
//   npm run build:figures
//
// Sources (all Unicode CLDR, Unicode License v3, a permissive licence):
// - cldr-rbnf: the spell-out rules each number word is spelled by (scripts/rbnf.ts reads them):
//   every number from 0 to 99, the hundreds, the scale words (`Millionen`, `milliards`), the
//   words that join them (`and`, `e`) and the decimal words (`point`, `Komma`).
// - cldr-numbers-full: each language's decimal and grouping signs (over all its regional
//   locales: `.` in Swiss German), its scale words and abbreviations (`Mio.`, `Md`, `0K`), every
//   ISO 4217 currency's names in the language (singular and plural, with the country's adjective:
//   `Finnish markkas`, `kambodschanische Riel`), and the currency signs of every locale.
// - cldr-core: which currencies are in use where, and the territories' GDP, which decides what
//   a bare `dollars` or `francs` means (the currency of that name with the most GDP behind it).
// - word-list (MIT): English words, so that a lower-case code that is also a word (`top`, `all`)
//   is not read as a currency.
// - data/figure-words.json: the closed-class words CLDR does not carry (minor units, percent
//   words, prepositions), curated by Lede's contributors.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cardinalSets, decimalWords, parseRules, type RuleSets, spell } from './rbnf';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const modules = join(root, 'node_modules');
const version = (pkg: string): string => JSON.parse(readFileSync(join(modules, pkg, 'package.json'), 'utf8')).version;
// biome-ignore lint/suspicious/noExplicitAny: CLDR's JSON, read field by field.
const json = (path: string): any => JSON.parse(readFileSync(join(modules, path), 'utf8'));

const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl'] as const;
type Lang = (typeof LANGUAGES)[number];

interface Curated {
  nounFirst: boolean;
  fractionWords: string[];
  minorUnits: Record<string, string>;
  percentWords: Record<string, string>;
  percentBefore: string[];
  scalePrepositions: string[];
  amountConnectors: string[];
  fractionNames: Record<string, number>;
  joinedHalves: string[];
  halfBefore: string[];
  fractionOf: string[];
  rangeWords: string[];
  currencyModifiers: string[];
  wordsNotSigns: string[];
  halfWords: Record<string, number>;
  scaleAbbreviations: Record<string, [number, boolean]>;
  /** Abbreviations that are a scale and a currency in one (`mdd`): [factor, ISO code]. */
  scaledCurrencies?: Record<string, [number, string]>;
  articles: string[];
  vagueNumbers: string[];
}
const curated = JSON.parse(readFileSync(join(root, 'data/figure-words.json'), 'utf8')) as {
  languages: Record<Lang, Curated>;
  symbols: Record<string, string>;
};

const SPACES = /[\s\u00a0\u2009\u202f]/;
const lower = (s: string): string => s.toLocaleLowerCase('en');
/** As core/figures/figureLanguage.ts looks words up: lower case without accents, so `krona` and `króna` are one key. */
const fold = (s: string): string => lower(s).normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss');
const locales = readdirSync(join(modules, 'cldr-numbers-full/main'));

// Decimal and grouping signs: the language's own locale first, then those of its regions.
function numberSigns(lang: Lang) {
  const of = (locale: string) => json(`cldr-numbers-full/main/${locale}/numbers.json`).main[locale].numbers['symbols-numberSystem-latn'];
  const own = of(lang);
  const decimals = new Set<string>();
  const groups = new Set<string>();
  for (const locale of locales.filter((l) => l.startsWith(`${lang}-`))) {
    const s = of(locale);
    decimals.add(s.decimal);
    if (!SPACES.test(s.group)) groups.add(s.group);
  }
  decimals.delete(own.decimal);
  groups.delete(own.decimal);
  return {
    decimal: own.decimal as string,
    group: SPACES.test(own.group) ? ' ' : (own.group as string),
    otherDecimals: [...decimals].sort(),
    otherGroups: [...groups].filter((g) => g !== own.group).sort(),
  };
}

// Scale words and abbreviations from the compact decimal formats: `0 Mio'.'` at 1000000 is
// `Mio.` = 1e6, `0000 M` at 1e9 is `M` = 1e6 (written as thousands of millions).
const localesOf = (lang: Lang): string[] => locales.filter((l) => l === lang || l.startsWith(`${lang}-`));

function compactScales(lang: Lang): Record<string, [number, boolean]> {
  const scales: Record<string, [number, boolean]> = {};
  // The language's own locale first, then its regions' (`mil milhões` in Portugal).
  for (const locale of localesOf(lang)) {
    const formats = json(`cldr-numbers-full/main/${locale}/numbers.json`).main[locale].numbers['decimalFormats-numberSystem-latn'];
    addCompact(scales, formats);
  }
  return scales;
}

// biome-ignore lint/suspicious/noExplicitAny: CLDR's JSON, read field by field.
function addCompact(scales: Record<string, [number, boolean]>, formats: any) {
  for (const [style, table] of [
    ['short', formats.short.decimalFormat],
    ['long', formats.long.decimalFormat],
  ] as const) {
    for (const [key, pattern] of Object.entries(table as Record<string, string>)) {
      const m = /^(\d+)-count/.exec(key);
      const p = /^(0+)([\s\u00a0]*)(.*\p{L}.*)$/u.exec(pattern.replace(/'/g, ''));
      if (!m || !p) continue;
      const factor = Number(m[1]) / 10 ** ((p[1] as string).length - 1);
      const word = p[3] as string;
      // A short form written onto the number (`5K`) is read only so: spaced, `K` is a word.
      scales[word] ??= [factor, style === 'short' && !p[2]];
    }
  }
}

// Number words from the spell-out rules. Atom kinds: s = 0..99, h = a hundreds (100..900),
// m = the word that multiplies by a hundred, x = a scale word; c = a joining word (`and`),
// d = a decimal word.
type AtomKind = 's' | 'h' | 'm' | 'x' | 'c' | 'd';

const spellouts = new Map<Lang, { source: string; sets: RuleSets }>();
/** A language's CLDR spell-out rules, read and parsed once for its number words and its denominators. */
function spellout(lang: Lang): { source: string; sets: RuleSets } {
  let read = spellouts.get(lang);
  if (!read) {
    const source = readFileSync(join(modules, `cldr-rbnf/rbnf/${lang}-SpelloutRules.txt`), 'utf8');
    read = { source, sets: parseRules(source) };
    spellouts.set(lang, read);
  }
  return read;
}

function numberWords(lang: Lang): Record<string, [number, AtomKind]> {
  const { source, sets } = spellout(lang);
  const names = cardinalSets(sets);
  const spelled = (n: number): string[] => [...new Set(names.map((s) => lower(spell(sets, s, n))))];
  const atoms: Record<string, [number, AtomKind]> = {};
  const add = (text: string, value: number, kind: AtomKind) => {
    const key = text.trim();
    if (key && !atoms[key]) atoms[key] = [value, kind];
  };
  const small = Array.from({ length: 100 }, (_, n) => spelled(n));
  small.forEach((forms, n) => {
    for (const f of forms) add(f, n, 's');
  });
  const stripLeading = (text: string, forms: string[]): string | null => {
    const f = [...forms].sort((a, b) => b.length - a.length).find((p) => text.startsWith(p));
    return f === undefined ? null : text.slice(f.length).trim();
  };
  const stripTrailing = (text: string, forms: string[]): string | null => {
    const f = [...forms].sort((a, b) => b.length - a.length).find((p) => text.endsWith(p));
    return f === undefined ? null : text.slice(0, text.length - f.length).trim();
  };
  const hundredWords = new Set<string>();
  const lastWords = new Map<string, Set<number>>();
  for (let h = 1; h <= 9; h++) {
    for (const f of spelled(h * 100)) {
      add(f, h * 100, 'h');
      for (const w of f.split(/[\s-]+/)) hundredWords.add(w);
      // `two hundred` → `hundred`, `zweihundert` → `hundert`: the multiplier alone.
      const rest = stripLeading(f, small[h] as string[]);
      if (rest && h > 1) add(rest, 100, 'm');
      if (rest && h === 1) add(rest, 100, 'm');
    }
    // The hundreds as written before a smaller number: `ciento` (101), `cent` in `centotto`.
    for (let k = 1; k < 100; k++) {
      for (const f of spelled(h * 100 + k)) {
        const prefix = stripTrailing(f, small[k] as string[]);
        if (!prefix) continue;
        const words = prefix.split(' ');
        const last = words[words.length - 1] as string;
        if (words.length > 1) {
          const seen = lastWords.get(last) ?? new Set<number>();
          seen.add(h);
          lastWords.set(last, seen);
        }
      }
    }
  }
  // A word that ends the hundreds before a smaller number for most hundreds, and is no number
  // word itself, joins them (`one hundred and one`, `cento e um`).
  const connectors = new Set([...lastWords].filter(([w, hs]) => hs.size >= 5 && !hundredWords.has(w) && !atoms[w]).map(([w]) => w));
  for (let h = 1; h <= 9; h++) {
    for (let k = 1; k < 100; k++) {
      for (const f of spelled(h * 100 + k)) {
        let prefix = stripTrailing(f, small[k] as string[]);
        if (!prefix) continue;
        const words = prefix.split(' ');
        if (words.length > 1 && connectors.has(words[words.length - 1] as string)) prefix = words.slice(0, -1).join(' ');
        add(prefix, h * 100, 'h');
      }
    }
  }
  // Tens as written before a scale (`quatre-vingt mille`, where 80 alone is `quatre-vingts`).
  for (let n = 1; n < 100; n++) {
    for (const f of spelled(n * 1000)) {
      const before = stripTrailing(
        f,
        spelled(1000).map((t) => stripLeading(t, small[1] as string[]) ?? t),
      );
      if (before) add(before, n, 's');
    }
  }
  for (let e = 3; e <= 15; e += 3) {
    for (const m of [1, 2]) {
      for (const f of spelled(m * 10 ** e)) {
        const word = stripLeading(f, small[m] as string[]) ?? f;
        if (!word.includes(' ')) add(word, 10 ** e, 'x');
      }
    }
    // The word joining a scale to what follows (`mil e um`).
    for (const f of spelled(10 ** e + 1)) {
      const inner = stripTrailing(f, small[1] as string[]);
      const words = inner?.split(' ') ?? [];
      const last = words[words.length - 1];
      if (words.length > 1 && last && !atoms[last]) connectors.add(last);
    }
  }
  for (const c of connectors) add(c, 0, 'c');
  for (const d of decimalWords(source)) add(lower(d), 0, 'd');
  return atoms;
}

/** How a language writes the denominator of a fraction, from its ordinals (`fifth`, `cinquième`, `fünfte`). */
const DENOMINATOR_FORMS: Record<Lang, { sets: string[]; forms: (ordinal: string) => string[]; cardinalAvos?: boolean }> = {
  en: { sets: ['%spellout-ordinal'], forms: (o) => [o, `${o}s`] },
  // `drei Fünftel`: the ordinal's stem and -el.
  de: { sets: ['%spellout-ordinal'], forms: (o) => [`${o}l`] },
  fr: { sets: ['%spellout-ordinal-masculine', '%spellout-ordinal-masculine-plural'], forms: (o) => [o] },
  // `veintidós treintavos`: a cardinal and -avo.
  es: {
    sets: [
      '%spellout-ordinal-masculine',
      '%spellout-ordinal-masculine-plural',
      '%spellout-ordinal-feminine',
      '%spellout-ordinal-feminine-plural',
    ],
    forms: (o) => [o],
    cardinalAvos: true,
  },
  it: { sets: ['%spellout-ordinal-masculine', '%spellout-ordinal-masculine-plural'], forms: (o) => [o] },
  pt: { sets: ['%spellout-ordinal-masculine', '%spellout-ordinal-feminine'], forms: (o) => [o, `${o}s`], cardinalAvos: true },
  nl: { sets: ['%spellout-ordinal'], forms: (o) => [o] },
};
const DENOMINATORS = [...Array.from({ length: 98 }, (_, k) => k + 3), 1000, 1e6, 1e9, 1e12];

/**
 * The words a fraction's denominator is written with, each to its value: the ordinals from 3 on
 * (2 is `half`, and `second` a unit of time) in one word, less a leading `one` (`un millionième`),
 * in the forms the language writes them as denominators, and the curated names (`half`, `tiers`).
 */
function denominators(lang: Lang): Record<string, number> {
  const { sets } = spellout(lang);
  const ones = cardinalSets(sets).map((s) => lower(spell(sets, s, 1)));
  const out: Record<string, number> = {};
  const add = (word: string, n: number) => {
    const key = fold(word);
    if (!/[\s-]/.test(key)) out[key] ??= n;
  };
  const { sets: names, forms, cardinalAvos } = DENOMINATOR_FORMS[lang];
  for (const n of DENOMINATORS) {
    for (const name of names) {
      let ordinal = lower(spell(sets, name, n));
      for (const one of ones) if (ordinal.startsWith(`${one} `)) ordinal = ordinal.slice(one.length + 1);
      for (const f of forms(ordinal)) add(f, n);
    }
    // Past ten by the book; `cincoavos` is written too.
    if (cardinalAvos && n < 1000) {
      for (const s of cardinalSets(sets)) {
        const cardinal = lower(spell(sets, s, n));
        for (const stem of [cardinal, cardinal.replace(/a$/, '')]) for (const end of ['avo', 'avos', 'ava', 'avas']) add(stem + end, n);
      }
    }
  }
  for (const [word, n] of Object.entries(curated.languages[lang].fractionNames)) out[fold(word)] = n;
  return out;
}

// Currencies in use, by the GDP of the territories that use them.
const currencyData = json('cldr-core/supplemental/currencyData.json').supplemental.currencyData;
const territories = json('cldr-core/supplemental/territoryInfo.json').supplemental.territoryInfo;
const weight = new Map<string, number>();
/** The GDP of the territories that once used a currency (`pesetas` were Spain's, not Andorra's). */
const pastWeight = new Map<string, number>();
/** Codes that are tender somewhere, now or once: the rest are funds, metals and units of account (`unité de compte`, `or`). */
const tender = new Set<string>();
for (const [region, entries] of Object.entries(currencyData.region as Record<string, Array<Record<string, Record<string, string>>>>)) {
  const gdp = Number(territories[region]?._gdp ?? 0);
  for (const entry of entries) {
    for (const [code, info] of Object.entries(entry)) {
      if (info._tender === 'false') continue;
      tender.add(code);
      pastWeight.set(code, (pastWeight.get(code) ?? 0) + gdp);
      if (info._to) continue;
      weight.set(code, (weight.get(code) ?? 0) + gdp);
    }
  }
}
const inUse = (code: string): boolean => (weight.get(code) ?? 0) > 0;

/** Of the currencies a word may name, the one in use with the most GDP behind it, else the past one with the most. */
function likeliest(codes: Set<string>): string {
  const used = [...codes].filter(inUse).sort((a, b) => (weight.get(b) ?? 0) - (weight.get(a) ?? 0));
  if (used.length) return used[0] as string;
  return [...codes].sort((a, b) => (pastWeight.get(b) ?? 0) - (pastWeight.get(a) ?? 0))[0] ?? '';
}

function currencyNames(lang: Lang): Record<string, string> {
  const names = new Map<string, Set<string>>();
  const heads = new Map<string, Set<string>>();
  const note = (map: Map<string, Set<string>>, key: string, code: string) => {
    const set = map.get(key) ?? new Set<string>();
    set.add(code);
    map.set(key, set);
  };
  const found: Array<[string, string]> = [];
  // Every regional locale's names too (`dólares de Bermudas` in Latin America).
  for (const locale of localesOf(lang)) {
    const table = json(`cldr-numbers-full/main/${locale}/currencies.json`).main[locale].numbers.currencies as Record<
      string,
      Record<string, string>
    >;
    for (const [code, entry] of Object.entries(table)) {
      if (!tender.has(code)) continue;
      for (const [field, written] of Object.entries(entry)) {
        // A qualifier in brackets is not written in running text: a currency in use is named
        // without it (`francs CFA (BCEAO)` → `francs CFA`); past ones keep theirs (`(1927–2002)`).
        const value = inUse(code) ? written.replace(/\s*\([^)\d]*\)/g, '').trim() : written;
        if (!field.startsWith('displayName') || !value || /[\d()]/.test(value)) continue;
        found.push([fold(value), code]);
      }
    }
  }
  const nounFirst = curated.languages[lang].nounFirst;
  const modifiers = new Set(curated.languages[lang].currencyModifiers.map(fold));
  for (const [name, code] of found) {
    note(names, name, code);
    const words = name.split(/[\s-]+/);
    // `nuovi dollari taiwanesi`: an adjective before the noun names no currency alone.
    const head = nounFirst ? (modifiers.has(words[0] as string) && words.length > 1 ? words[1] : words[0]) : words[words.length - 1];
    note(heads, head as string, code);
  }
  const out: Record<string, string> = {};
  for (const [head, codes] of heads) out[head] = likeliest(codes);
  for (const [name, codes] of names) out[name] = likeliest(codes);
  return out;
}

// Currency signs: each language's own first (`¥` is the yen in English), then the sign's most
// frequent currency over every CLDR locale. A sign of Latin letters only must have two or more
// (`kr`, `zł`): a lone `R` or `K` is too often something else (`元` is a sign of its own).
const signVotes = new Map<string, Map<string, number>>();
for (const locale of locales) {
  const table = json(`cldr-numbers-full/main/${locale}/currencies.json`).main[locale].numbers.currencies as Record<
    string,
    Record<string, string>
  >;
  for (const [code, entry] of Object.entries(table)) {
    for (const field of ['symbol', 'symbol-alt-narrow', 'symbol-alt-variant']) {
      const sign = entry[field];
      if (!sign || sign === code || /^\p{Script=Latin}\.?$/u.test(sign) || SPACES.test(sign)) continue;
      const votes = signVotes.get(sign) ?? new Map<string, number>();
      votes.set(code, (votes.get(code) ?? 0) + 1);
      signVotes.set(sign, votes);
    }
  }
}
const symbols: Record<string, string> = {};
for (const [sign, votes] of signVotes) symbols[sign] = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] as string;
for (const lang of LANGUAGES) {
  const table = json(`cldr-numbers-full/main/${lang}/currencies.json`).main[lang].numbers.currencies as Record<
    string,
    Record<string, string>
  >;
  for (const [code, entry] of Object.entries(table))
    if (entry.symbol && entry.symbol !== code && signVotes.has(entry.symbol)) symbols[entry.symbol] = code;
}
for (const [sign, code] of Object.entries(curated.symbols)) if (sign !== 'about') symbols[sign] = code;

const codes = Object.keys(json('cldr-numbers-full/main/en/currencies.json').main.en.numbers.currencies).filter((c) => /^[A-Z]{3}$/.test(c));
const englishWords = new Set(readFileSync(join(modules, 'word-list/words.txt'), 'utf8').split('\n'));

const languages: Record<string, unknown> = {};
const allAtoms = new Set<string>();
for (const lang of LANGUAGES) {
  const c = curated.languages[lang];
  const atoms = numberWords(lang);
  for (const a of Object.keys(atoms)) allAtoms.add(a);
  languages[lang] = {
    ...numberSigns(lang),
    numberWords: atoms,
    scales: { ...compactScales(lang), ...c.scaleAbbreviations },
    currencies: currencyNames(lang),
    scaledCurrencies: c.scaledCurrencies ?? {},
    minorUnits: c.minorUnits,
    percentWords: c.percentWords,
    percentBefore: c.percentBefore,
    scalePrepositions: c.scalePrepositions,
    fractionWords: c.fractionWords,
    amountConnectors: c.amountConnectors,
    denominators: denominators(lang),
    namedDenominators: Object.keys(c.fractionNames).map(fold),
    joinedHalves: c.joinedHalves,
    halfBefore: c.halfBefore.map(fold),
    fractionOf: c.fractionOf,
    rangeWords: c.rangeWords.map(fold),
    wordsNotSigns: c.wordsNotSigns,
    articles: c.articles,
    vagueNumbers: c.vagueNumbers,
    halfWords: c.halfWords,
  };
}
// A code in lower case is a currency only where it is in use and is no word (`top`, `all`, `cup`).
const lowerCaseCodes = codes.filter((code) => inUse(code) && !englishWords.has(lower(code)) && !allAtoms.has(lower(code)));

const out = {
  about:
    'Generated by `npm run build:figures` (scripts/build-figures.ts); do not edit. The words and signs figures are written with, per language.',
  provenance: [
    `cldr-rbnf ${version('cldr-rbnf')} (Unicode License v3): number words from the spell-out rules`,
    `cldr-numbers-full ${version('cldr-numbers-full')} (Unicode License v3): decimal and grouping signs, scale words and abbreviations, currency names and signs`,
    `cldr-core ${version('cldr-core')} (Unicode License v3): currencies in use by territory, territories' GDP`,
    `word-list ${version('word-list')} (MIT): English words, kept from lower-case currency codes`,
    'data/figure-words.json: curated by Lede contributors',
  ],
  codes,
  lowerCaseCodes,
  symbols,
  languages,
};
const target = join(root, 'core/data/figures.json');
writeFileSync(target, `${JSON.stringify(out)}\n`);
console.log(
  `wrote ${target}: ${codes.length} currency codes, ${Object.keys(symbols).length} signs, ${LANGUAGES.map((l) => `${l} ${Object.keys((languages[l] as { numberWords: object }).numberWords).length} number words / ${Object.keys((languages[l] as { currencies: object }).currencies).length} currency names`).join(', ')}`,
);
