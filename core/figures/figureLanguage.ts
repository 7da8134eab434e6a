// The words and signs one language writes figures with, built from the generated tables in
// core/data/figures.json (scripts/build-figures.ts) the first time the language is read.

import data from '../data/figures.json';
import type { Token } from '../text/tokenize';
import type { FigureLang } from './languages';

/** The languages whose figures Lede reads. */

/** Number-word kinds: s = 0..99, h = a hundreds, m = `hundred` alone, x = a scale, c = a joining word, d = a decimal word, a = an article (`a million`), v = a vague count (`several million`), f = a half written onto a number (`zweieinhalb`, `anderthalb`). */
type AtomKind = 's' | 'h' | 'm' | 'x' | 'c' | 'd' | 'a' | 'v' | 'f';
export type Atom = readonly [value: number, kind: AtomKind];

/** Phrases of one or more words, found by their first word's key. */
interface Phrase<T> {
  keys: string[];
  /** Compare the text as written (short abbreviations such as `M` or `K`), not its folded key. */
  exact: string[] | null;
  value: T;
}
type PhraseTable<T> = Map<string, Array<Phrase<T>>>;

interface TrieNode {
  next: Map<string, TrieNode>;
  atom?: Atom;
}

export interface FigureLanguage {
  lang: FigureLang;
  decimal: string;
  /** Grouping signs besides whitespace. */
  groups: Set<string>;
  /** Decimal signs of the language's regional variants (`.` in Swiss German), read where the grouping reading fails. */
  otherDecimals: Set<string>;
  numberWords: TrieNode;
  /** The words number words are written with (`y` of `treinta y uno`), which a number runs on over. */
  numberPieces: Set<string>;
  /** Number words that cannot open a number: joining words (`and`, `y`) and decimal words (`point`). */
  inNumberOnly: Set<string>;
  /** Articles that open a number only before a hundred or a scale (`a million`). */
  articles: Set<string>;
  /** Cache: whether a word is made of number words. */
  numberWordCache: Map<string, boolean>;
  /** Scale words and abbreviations after digits: [factor, only written onto the number]. */
  scales: PhraseTable<readonly [number, boolean]>;
  currencies: PhraseTable<string>;
  /** A scale and a currency in one word (`mdd`, millions of dollars): [factor, code]. */
  scaledCurrencies: PhraseTable<readonly [number, string]>;
  minorUnits: PhraseTable<string>;
  percentWords: PhraseTable<string>;
  percentBefore: PhraseTable<true>;
  scalePrepositions: PhraseTable<true>;
  /** The last word of each of `overPhrases` (`over`, `of` of `out of`): a number after it is part of a fraction, no figure of its own. */
  fractionWords: Set<string>;
  /** The same words as phrases (`out of`), read between a fraction's numbers. */
  overPhrases: PhraseTable<true>;
  amountConnectors: Set<string>;
  /** A fraction's denominators by their key (`quintos` → 5, `half` → 2). */
  denominators: Map<string, number>;
  /** The denominators that are names, not ordinals (`half`, `quarter`): an article may stand for their one (`a half`). */
  namedDenominators: Set<string>;
  /** The half that follows a joining word (`and a half`, `y medio`). */
  joinedHalves: PhraseTable<true>;
  /** The half that stands before what it halves (`half a billion`, `medio millón`), by key. */
  halfBefore: Set<string>;
  /** The words between a fraction and what it is a part of (`of a` of `a quarter of a million`). */
  fractionOf: PhraseTable<true>;
  /** The words between a range's two ends (`to`, `bis`), by key. */
  rangeWords: Set<string>;
  /** Words of the language that are also a currency's sign elsewhere (`den`, `ley`), as written: no sign here. */
  wordsNotSigns: Set<string>;
  /** Keys of the words a figure may open with besides numbers: currencies, signs, shares (`percent of`), a half (`half a billion`). */
  openers: Set<string>;
}

interface LanguageData {
  decimal: string;
  group: string;
  otherDecimals: string[];
  otherGroups: string[];
  numberWords: Record<string, [number, string]>;
  scales: Record<string, [number, boolean]>;
  currencies: Record<string, string>;
  scaledCurrencies: Record<string, [number, string]>;
  minorUnits: Record<string, string>;
  percentWords: Record<string, string>;
  percentBefore: string[];
  scalePrepositions: string[];
  fractionWords: string[];
  amountConnectors: string[];
  denominators: Record<string, number>;
  namedDenominators: string[];
  joinedHalves: string[];
  halfBefore: string[];
  fractionOf: string[];
  rangeWords: string[];
  wordsNotSigns: string[];
  articles: string[];
  vagueNumbers: string[];
  halfWords: Record<string, number>;
}

const folded = new Map<string, string>();

const isPlainAscii = (word: string): boolean => {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) > 126) return false;
  return true;
};

/** Lower case without accents (`dólares` → `dolares`, `ß` → `ss`): how words are looked up. */
export function fold(word: string): string {
  // Plain ASCII words, most of them, need only lower case.
  if (isPlainAscii(word)) return word.toLowerCase();
  let f = folded.get(word);
  if (f === undefined) {
    f = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss');
    // A long text's words stay few enough; a cache grown past bounds starts afresh.
    if (folded.size > 50_000) folded.clear();
    folded.set(word, f);
  }
  return f;
}

/** A token's key in the tables: its folded text. */
export const keyOf = (t: Token): string => (isPlainAscii(t.lower) ? t.lower : fold(t.lower));

const HYPHEN = '-';

/** A phrase's tokens as the tokenizer splits a text: words (letters, then digits too), numbers, single signs. */
const PHRASE_TOKEN = /\p{L}[\p{L}\p{M}\d]*|\d+|\S/gu;

function phraseTable<T>(entries: Iterable<readonly [string, T]>, exactUpTo = 0): PhraseTable<T> {
  const table: PhraseTable<T> = new Map();
  for (const [text, value] of entries) {
    const tokens = (text.match(PHRASE_TOKEN) ?? []).filter((t) => t !== HYPHEN);
    if (tokens.length === 0) continue;
    const letters = text.replace(/[^\p{L}]/gu, '');
    const exact = letters.length > 0 && letters.length <= exactUpTo ? tokens : null;
    const keys = tokens.map((t) => fold(t));
    const first = keys[0] as string;
    const list = table.get(first) ?? [];
    list.push({ keys, exact, value });
    table.set(first, list);
  }
  // Longest first: `hong kong dollars` before `dollars`.
  for (const list of table.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return table;
}

/**
 * The longest phrase of `table` spelled by the tokens from `i` (a hyphen between its words may be
 * written or not): its value and the index after it, else null.
 */
export function phraseAt<T>(table: PhraseTable<T>, tokens: Token[], i: number): [T, number] | null {
  const first = tokens[i];
  if (!first) return null;
  const list = table.get(keyOf(first));
  if (!list) return null;
  for (const phrase of list) {
    let j = i;
    let ok = true;
    for (let k = 0; k < phrase.keys.length; k++) {
      if (k > 0 && tokens[j]?.text === HYPHEN && !tokens[j]?.spaced) j++;
      const t = tokens[j];
      if (!t || keyOf(t) !== phrase.keys[k] || (phrase.exact && t.text !== phrase.exact[k])) {
        ok = false;
        break;
      }
      j++;
    }
    if (ok) return [phrase.value, j];
  }
  return null;
}

/** Number words as a trie over their folded letters, spaces and hyphens left out: `vingt-et-un` is `vingtetun`. */
function numberTrie(
  words: Record<string, [number, string]>,
  articles: string[],
  vague: string[],
  halves: Record<string, number>,
): TrieNode {
  const root: TrieNode = { next: new Map() };
  const add = (text: string, atom: Atom) => {
    let node = root;
    for (const ch of fold(text).replace(/[\s-]/g, '')) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.atom ??= atom;
  };
  for (const [text, [value, kind]] of Object.entries(words)) add(text, [value, kind as AtomKind]);
  for (const a of articles) add(a, [1, 'a']);
  for (const v of vague) add(v, [Number.NaN, 'v']);
  for (const [h, value] of Object.entries(halves)) add(h, [value, 'f']);
  return root;
}

const languages = (data as unknown as { languages: Record<FigureLang, LanguageData> }).languages;
const SYMBOLS = (data as unknown as { symbols: Record<string, string> }).symbols;
const CODES: string[] = (data as unknown as { codes: string[] }).codes;
const LOWER_CASE_CODES = new Set((data as unknown as { lowerCaseCodes: string[] }).lowerCaseCodes.map((c) => c.toLowerCase()));

/** Currency signs and codes, the same in every language: [sign, code]. Codes in capitals, or in lower case where no word. */
export const CURRENCY_SIGNS: PhraseTable<string> = phraseTable(
  [
    ...Object.entries(SYMBOLS),
    ...CODES.map((c) => [c, c] as const),
    ...CODES.filter((c) => LOWER_CASE_CODES.has(c.toLowerCase())).map((c) => [c.toLowerCase(), c] as const),
  ],
  // Signs are read as written (`SÓMS` is no `soms`).
  Number.POSITIVE_INFINITY,
);

/** ISO codes by their lower-case letters, for the code written onto a dollar sign in any case (`nzd$`). */
export const CODES_BY_LETTERS = new Map(CODES.map((c) => [c.toLowerCase(), c]));

const built = new Map<FigureLang, FigureLanguage>();

export function figureLanguage(lang: FigureLang): FigureLanguage {
  let language = built.get(lang);
  if (language) return language;
  const d = languages[lang];
  const currencies = phraseTable(Object.entries(d.currencies));
  const numberPieces = new Set(Object.keys(d.numberWords).flatMap((w) => fold(w).split(/[\s-]+/)));
  const opening = new Set(
    Object.entries(d.numberWords)
      .filter(([, [, kind]]) => kind !== 'c' && kind !== 'd')
      .map(([w]) => fold(w).split(/[\s-]+/)[0] as string),
  );
  const percentBefore = phraseTable(d.percentBefore.map((p) => [p, true] as const));
  language = {
    lang,
    decimal: d.decimal,
    groups: new Set([d.group, ...d.otherGroups].filter((g) => g !== ' ')),
    otherDecimals: new Set(d.otherDecimals),
    numberWords: numberTrie(d.numberWords, d.articles, d.vagueNumbers, d.halfWords),
    numberPieces,
    inNumberOnly: new Set([...numberPieces].filter((w) => !opening.has(w))),
    articles: new Set(d.articles),
    numberWordCache: new Map(),
    // Abbreviations of one or two letters (`M`, `Md`, `K`) are read only as written.
    scales: phraseTable(Object.entries(d.scales), 2),
    currencies,
    scaledCurrencies: phraseTable(Object.entries(d.scaledCurrencies)),
    minorUnits: phraseTable(Object.entries(d.minorUnits), 1),
    percentWords: phraseTable(Object.entries(d.percentWords)),
    percentBefore,
    scalePrepositions: phraseTable(d.scalePrepositions.map((p) => [p, true] as const)),
    fractionWords: new Set(d.fractionWords.map((w) => w.split(' ').pop() as string)),
    overPhrases: phraseTable(d.fractionWords.map((w) => [w, true] as const)),
    amountConnectors: new Set(d.amountConnectors),
    denominators: new Map(Object.entries(d.denominators)),
    namedDenominators: new Set(d.namedDenominators),
    joinedHalves: phraseTable(d.joinedHalves.map((h) => [h, true] as const)),
    halfBefore: new Set(d.halfBefore),
    fractionOf: phraseTable(d.fractionOf.map((w) => [w, true] as const)),
    rangeWords: new Set(d.rangeWords),
    wordsNotSigns: new Set(d.wordsNotSigns),
    openers: new Set([...CURRENCY_SIGNS.keys(), ...currencies.keys(), ...percentBefore.keys(), ...d.halfBefore]),
  };
  built.set(lang, language);
  return language;
}
