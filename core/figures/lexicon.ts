// The English words of figures that are not numbers, currencies or percent words (those are
// generated per language: figureLanguage.ts): units, months, multipliers, labels, periods.
// Tables only; the grammar that reads them is in recogniseFigures.ts.

import { wordTable } from '../text/wordTable';

/** Units of measured quantities, lower-case, to the unit recorded. */
export const UNITS = wordTable<string>({
  barrels: 'barrels',
  barrel: 'barrels',
  bpd: 'barrels/day',
  tonnes: 't',
  tonne: 't',
  tons: 't',
  ton: 't',
  kilograms: 'kg',
  kg: 'kg',
  pounds: 'lb',
  lbs: 'lb',
  ounces: 'oz',
  oz: 'oz',
  kilometres: 'km',
  kilometers: 'km',
  km: 'km',
  miles: 'mi',
  mi: 'mi',
  metres: 'm',
  meters: 'm',
  feet: 'ft',
  gallons: 'gal',
  litres: 'l',
  liters: 'l',
  megawatts: 'MW',
  mw: 'MW',
  gigawatts: 'GW',
  gw: 'GW',
  kwh: 'kWh',
  mwh: 'MWh',
  gwh: 'GWh',
  twh: 'TWh',
  acres: 'acres',
  hectares: 'ha',
  bushels: 'bushels',
  cubic: 'cubic',
  square: 'square',
  teu: 'TEU',
});

/** Rate words that extend a quantity: `barrels a day`, `tonnes per year`. */
export const PER_WORDS = new Set(['day', 'year', 'month', 'week', 'hour', 'annum']);

/** Nouns after a plain number that make it a count of things rather than a year or a label. */
export const MONTHS = wordTable<number>({
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
});

/** `sevenfold`, `tenfold`: the multiplier words, to their factor. */
export const FOLD_PREFIXES = wordTable<number>({
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  thousand: 1000,
});

/** Verbs that state a multiplication. */
export const MULTIPLY_VERBS = wordTable<number>({
  doubled: 2,
  doubling: 2,
  tripled: 3,
  trebled: 3,
  tripling: 3,
  quadrupled: 4,
  quadrupling: 4,
  quintupled: 5,
  halved: 0.5,
  halving: 0.5,
});

/** Words after which a small number is a label, not a figure (`page 5`, `chapter 3`). */
export const LABEL_WORDS = new Set([
  'page',
  'pages',
  'p',
  'pp',
  'chapter',
  'section',
  'figure',
  'fig',
  'table',
  'no',
  'number',
  'vol',
  'volume',
  'issue',
  'article',
  'step',
  'part',
  'episode',
  'season',
  'version',
  'v',
  'level',
  'tier',
  'phase',
  'gen',
  'generation',
  'route',
  'room',
  'gate',
  'row',
]);

/** Fiscal periods: `Q3 2025`, `H1`, `FY2025`. */
export const PERIOD = /^(?:Q[1-4]|H[12]|FY(?:\d{2}|\d{4})?)$/;
