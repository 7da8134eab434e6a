// What the entity tagger sees of each token: the word itself (form, shape, affixes, which typed
// lists it is in), its neighbours, where it stands in its sentence, the run of capitalised words
// it belongs to with the signals around that run (a legal form, a company word at its end,
// `shares of` before it, a ticker or a description after it), and what the rest of the document
// says about the word. The signals the rule-based recogniser used as vetoes are features here; the
// model learns from annotated text how much each counts. Training (scripts/train-companies.ts)
// reads text through these same functions.

import type { Token } from '../text/tokenize';
import { hashString, mix } from './featureHash';
import type { CompanyLexicon } from './lexicon';
import { afterLegalSuffix, afterPossessive, isCapitalised, knownAt } from './nameTokens';
import type { SentenceStyle } from './sentenceStyle';
import {
  ACTS_AS_COMPANY,
  AFTER,
  BEFORE,
  COMPANY_HEADS,
  DESCRIBED_AS,
  EXCHANGES,
  INSTITUTION_HEADS,
  LEGAL_SUFFIXES,
  NOT_ORG_HEADS,
  PLACE_HEADS,
} from './signals';
import { NAME_KINDS, otherCount, otherKinds, type TaggedNames } from './taggedNames';

/** What a document says about its words, read before any sentence is tagged. */
export interface DocumentWords {
  /** Words written in lower case somewhere: everyday words, not names. */
  lowered: Set<string>;
  /** Words of capitalised runs that a company signal marks somewhere (`Doxim Inc.`, `shares of Doxim`). */
  signalled: Set<string>;
  /** Capitalised words seen inside a sentence, not at its start. */
  midSentence: Set<string>;
  /** Capitalised words written right after a given name (`Jeffrey Epstein`): a person's surname. */
  surnames: Set<string>;
}

export function emptyDocumentWords(): DocumentWords {
  return { lowered: new Set(), signalled: new Set(), midSentence: new Set(), surnames: new Set() };
}

/** The longest listed place or brand (up to this many words) is looked up from each capitalised word. */
const MAX_LISTED_WORDS = 3;
/** Lower-case words inside a capitalised run (Bank of America, Procter & Gamble, Banco de Chile). */
const RUN_CONNECTORS = new Set(['of', '&', 'de', 'du', 'der', 'von', 'van', 'y']);
const CALENDAR =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;
/** Quotation marks and brackets that may open a sentence before its first word. */
const OPENING_MARK = /^["'“‘«„‚([]$/u;

/** `Apple` → `Xx`, `AT&T` → `X&X`, `3D` → `dX`, `eBay` → `xXx`: classes of characters, runs collapsed. */
function shape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = ch >= '0' && ch <= '9' ? 'd' : ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Features of a word alone, the same wherever it stands (the tagger caches their scores by word). */
export function wordFeatures(word: string, lexicon: CompanyLexicon): string[] {
  const lower = word.toLowerCase();
  const features = [`w=${word}`, `l=${lower}`, `s=${shape(word)}`];
  for (let n = 1; n <= 4 && n < lower.length; n++) features.push(`x${n}=${lower.slice(-n)}`);
  for (let n = 2; n <= 3 && n < lower.length; n++) features.push(`p${n}=${lower.slice(0, n)}`);
  if (word.length === 1) features.push('len1');
  else if (word.length <= 3) features.push('len3');
  if (lexicon.byFirstWord.get(word)) features.push('L:known-first');
  if (lexicon.givenNames.has(lower)) features.push('L:given');
  if (lexicon.personNames.has(lower) && !lexicon.givenNames.has(lower)) features.push('L:surname');
  if (lexicon.places.has(lower)) features.push('L:place');
  if (lexicon.personTitles.has(word)) features.push('L:title');
  if (lexicon.notCompanies.has(word)) features.push('L:not-company');
  if (LEGAL_SUFFIXES.has(word)) features.push('L:legal');
  if (COMPANY_HEADS.has(word)) features.push('L:head');
  if (INSTITUTION_HEADS.test(word)) features.push('L:institution');
  if (NOT_ORG_HEADS.test(word)) features.push('L:not-org-head');
  if (PLACE_HEADS.test(word)) features.push('L:place-head');
  if (EXCHANGES.has(word)) features.push('L:exchange');
  if (CALENDAR.test(word)) features.push('L:calendar');
  return features;
}

const FLAGS = ['title', 'given', 'legal', 'head', 'cap'] as const;
/** Each flag's feature for the word after it and for the word before it. */
const FLAG_BEFORE = FLAGS.map((flag) => hashString(`n-1=${flag}`));
const FLAG_AFTER = FLAGS.map((flag) => hashString(`n+1=${flag}`));

/** What a word says to the words beside it: a bit for each of FLAGS. */
function neighbourFlags(lexicon: CompanyLexicon, t: Token): number {
  if (t.kind !== 'word') return 0;
  return (
    (lexicon.personTitles.has(t.text) ? 1 : 0) |
    (lexicon.givenNames.has(t.lower) ? 2 : 0) |
    (LEGAL_SUFFIXES.has(t.text) ? 4 : 0) |
    (COMPANY_HEADS.has(t.text) ? 8 : 0) |
    (isCapitalised(t) ? 16 : 0)
  );
}

/** Hashes of words' shapes, kept between sentences (a few dozen shapes make most words). */
const shapeHashes = new Map<string, number>();
function shapeHash(word: string): number {
  let h = shapeHashes.get(word);
  if (h === undefined) {
    if (shapeHashes.size >= MAX_CACHED_SHAPES) shapeHashes.clear();
    h = hashString(shape(word));
    shapeHashes.set(word, h);
  }
  return h;
}
const MAX_CACHED_SHAPES = 20_000;

/** Where a capitalised run (a name's candidate) ends, from its first word at `i`, within `[.., to)`. */
function runEnd(tokens: Token[], i: number, to: number): number {
  let end = i + 1;
  while (end < to) {
    const next = tokens[end] as Token;
    if (
      (isCapitalised(next) || (next.kind === 'num' && !next.spaced)) &&
      (next.spaced || next.kind === 'num' || tokens[end - 1]?.kind === 'num')
    ) {
      end++;
      continue;
    }
    // A capitalised signal before a name is not part of it (`Shares of Apple`, `President of`).
    if (end === i + 1 && next.text === 'of' && BEFORE.test(`${(tokens[i] as Token).text} of`)) break;
    // Joined tight by a hyphen or a full stop (Wal-Mart, T. Rowe), or by a connector word.
    const after = tokens[end + 1];
    const tightJoin = (next.text === '-' || next.text === '.' || next.text === '&') && !next.spaced && after && !after.spaced;
    if (end + 1 < to && isCapitalised(after) && (tightJoin || RUN_CONNECTORS.has(next.text) || next.text === '&')) {
      end += 2;
      continue;
    }
    break;
  }
  return end;
}

/** Legal forms that are everyday words too. */
const WORDS_AS_FORMS = new Set(['Company', 'Group', 'Holdings', 'Holding', 'Co', 'Cos', 'Trust']);

/** The legal form right after `end`, past a comma (`Morningstar, Inc.`). */
function legalFormAfter(tokens: Token[], end: number): Token | undefined {
  return tokens[end]?.text === ',' ? tokens[end + 1] : tokens[end];
}

/**
 * `(NASDAQ: AAPL)` or `(AAPL.O)` or `(AAPL)` right after `end`, unless the letters spell the
 * initials of the words before (Customer Engagement Platform (CEP)).
 */
function tickerAfter(tokens: Token[], end: number): boolean {
  if (tokens[end]?.text !== '(') return false;
  const a = tokens[end + 1];
  if (a && EXCHANGES.has(a.text) && tokens[end + 2]?.text === ':') return true;
  if (!a || !/^\p{Lu}{1,5}$/u.test(a.text) || !(tokens[end + 2]?.text === ')' || tokens[end + 2]?.text === '.')) return false;
  let initials = '';
  for (let k = end - 1; k >= 0 && initials.length < a.text.length && isCapitalised(tokens[k]); k--) {
    initials = (tokens[k] as Token).text[0] + initials;
  }
  return initials !== a.text;
}

/** The features of a capitalised run as a whole: the signals around it and how it ends. */
function runFeatures(text: string, tokens: Token[], i: number, end: number, lexicon: CompanyLexicon, doc: DocumentWords): number[] {
  const first = tokens[i] as Token;
  const last = tokens[end - 1] as Token;
  const words = end - i;
  const features = [`R:len=${Math.min(words, 4)}`];
  const before = text.slice(Math.max(0, first.start - 40), first.start);
  if (BEFORE.test(before)) features.push('R:signal-before');
  const after = text.slice(last.end, last.end + 140);
  if (AFTER.test(after.slice(0, 30))) features.push('R:signal-after');
  if (DESCRIBED_AS.test(after)) features.push('R:described');
  if (ACTS_AS_COMPANY.test(after.slice(0, 40))) features.push('R:acts');
  if (tickerAfter(tokens, end)) features.push('R:ticker');
  // A legal form ends the run or follows it; `Inc` says more than `Company` or `Group`, which a
  // contract writes for its parties and the news for divisions.
  const form = LEGAL_SUFFIXES.has(last.text) ? last : afterLegalSuffix(tokens, end) > end ? legalFormAfter(tokens, end) : undefined;
  if (form) features.push(WORDS_AS_FORMS.has(form.text) ? 'R:legal-word' : 'R:legal');
  if (afterPossessive(tokens, end) > end) features.push('R:possessive');
  if (words > 1 && COMPANY_HEADS.has(last.text)) features.push('R:head');
  if (words > 1 && INSTITUTION_HEADS.test(last.text)) features.push('R:institution');
  if (words > 1 && NOT_ORG_HEADS.test(last.text)) features.push('R:not-org-head');
  if (words > 1 && PLACE_HEADS.test(last.text)) features.push('R:place-head');
  if (lexicon.personTitles.has(tokens[i - 1]?.text ?? '')) features.push('R:title-before');
  if (words >= 2 && lexicon.givenNames.has(first.lower)) features.push('R:given-first');
  if (words >= 2 && lexicon.personNames.has(last.lower)) features.push('R:name-last');
  // A given name and a surname ending a longer run: a person after a title or a place
  // (`Administrator Jim Bridenstine`, `Ukraine Kurt Volker`).
  if (words >= 3 && lexicon.givenNames.has((tokens[end - 2] as Token).lower)) features.push('R:person-last');
  const next = tokens[end];
  if (next?.kind === 'num' && next.spaced) features.push('R:number-after');
  if (next?.text === '.' && !next.spaced && /^(?:com|net|org|io|co)$/.test(tokens[end + 1]?.text ?? '')) features.push('R:web');
  let seen = false;
  for (let k = i; k < end && !seen; k++) seen = doc.signalled.has((tokens[k] as Token).text);
  if (seen) features.push('R:seen-signalled');
  return features.map(feature);
}

/**
 * The run features that say a name is a company's wherever they are seen, and which the training
 * corpora (contracts, encyclopaedia articles, tweets) seldom show: training gives them a prior
 * towards an organisation (scripts/companyTaggerTraining.ts).
 */
const COMPANY_SIGNALS = ['R:signal-before', 'R:signal-after', 'R:described', 'R:ticker', 'R:legal'];

/** Each company signal's hash at each place in its run, with the label it leans to there. */
export function companySignalFeatures(): Array<{ feature: number; label: 'B-ORG' | 'I-ORG' }> {
  return COMPANY_SIGNALS.flatMap((signal) =>
    (['S', 'B', 'I', 'E'] as const).map((position) => ({
      feature: mix(hashString(signal), hashString(position)),
      label: position === 'S' || position === 'B' ? ('B-ORG' as const) : ('I-ORG' as const),
    })),
  );
}

/** Hashes of the features named by a string alone. */
const feature = hashString;
const F = {
  bias: feature('bias'),
  first: feature('first'),
  style: feature('style'),
  tight: feature('tight'),
  tightAfter: feature('tight+1'),
  none: feature('n-1=none'),
  noneAfter: feature('n+1=none'),
  knownBegin: feature('K:known-B'),
  knownInside: feature('K:known-I'),
  knownAmbiguousBegin: feature('K:known-ambiguous-B'),
  knownAmbiguousInside: feature('K:known-ambiguous-I'),
  place: feature('K:place'),
  placeWords: feature('K:place-words'),
  brand: feature('K:brand'),
  brandWords: feature('K:brand-words'),
  lowered: feature('D:lowered'),
  loweredFirst: feature('D:lowered|first'),
  mid: feature('D:mid'),
  midFirst: feature('D:mid|first'),
  surname: feature('D:surname'),
  runPosition: feature('R:pos'),
  runFirst: feature('R:first'),
  single: feature('S'),
  begin: feature('B'),
  inside: feature('I'),
  end: feature('E'),
};

/** What the first reading tagged each word as elsewhere in the text: `P:<kind>` and `P:most=<kind>`. */
const TAGGED_KINDS = ['ORG', 'PER', 'LOC', 'MISC', 'O'].map((kind) => feature(`P:${kind}`));
const TAGGED_MOST = ['ORG', 'PER', 'LOC', 'MISC', 'O'].map((kind) => feature(`P:most=${kind}`));
const TAGGED_ORG_FIRST = feature('P:org-first');
const TAGGED_PERSON_LAST = feature('P:person-last');

/** The first reading's tags, for the second: the whole text's, and the sentence's own. */
export interface FirstReading {
  all: TaggedNames;
  own: TaggedNames;
}

const BEFORE_START = hashString('<s>');
const AFTER_END = hashString('</s>');
const T = {
  lower1: hashString('l-1'),
  lower2: hashString('l-2'),
  next1: hashString('l+1'),
  next2: hashString('l+2'),
  lowerPair: hashString('l-1|l'),
  nextPair: hashString('l|l+1'),
  shapePair: hashString('s-1|s'),
  nextShapePair: hashString('s|s+1'),
  firstShape: hashString('first|s'),
  styleShape: hashString('style|s'),
  knownLength: hashString('K:len'),
};

/** Receives the features of the sentence's `k`-th token, one hash at a time. */
export type FeatureSink = (k: number, feature: number) => void;

/**
 * The features of each token of one sentence, `tokens[from..to)`, besides its word features,
 * handed to `emit` (the tagger adds their weights at once; training keeps them); only for the
 * tokens `wanted` marks, where it is given.
 */
export function contextFeatures(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
  lexicon: CompanyLexicon,
  doc: DocumentWords,
  style: SentenceStyle,
  emit: FeatureSink,
  wanted?: Uint8Array,
  firstReading?: FirstReading,
): void {
  const n = to - from;
  const others = new Int32Array(NAME_KINDS);
  let opening = from;
  while (opening < to && OPENING_MARK.test((tokens[opening] as Token).text)) opening++;
  // Each token's lower-case form, shape and flags for its neighbours, hashed once.
  const lowers = new Array<number>(n);
  const shapes = new Array<number>(n);
  const flags = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    // Only the wanted tokens and the two on either side are read.
    if (wanted && !wanted[k] && !wanted[k - 1] && !wanted[k + 1] && !wanted[k - 2] && !wanted[k + 2]) continue;
    const t = tokens[from + k] as Token;
    lowers[k] = hashString(t.lower);
    shapes[k] = shapeHash(t.text);
    flags[k] = neighbourFlags(lexicon, t);
  }
  const lowerAt = (k: number) => (k < 0 ? BEFORE_START : k >= n ? AFTER_END : (lowers[k] as number));
  const shapeAt = (k: number) => (k < 0 ? BEFORE_START : k >= n ? AFTER_END : (shapes[k] as number));
  const styleHash = hashString(style);
  let knownLeft = 0;
  let knownAmbiguous = false;
  let runCovered = from;
  for (let i = from; i < to; i++) {
    const k = i - from;
    const t = tokens[i] as Token;
    if (wanted && !wanted[k]) {
      if (knownLeft > 0) knownLeft--;
      continue;
    }
    const first = i === opening;
    emit(k, F.bias);
    emit(k, mix(T.lower1, lowerAt(k - 1)));
    emit(k, mix(T.next1, lowerAt(k + 1)));
    emit(k, mix(T.lower2, lowerAt(k - 2)));
    emit(k, mix(T.next2, lowerAt(k + 2)));
    emit(k, mix(mix(T.lowerPair, lowerAt(k - 1)), lowerAt(k)));
    emit(k, mix(mix(T.nextPair, lowerAt(k)), lowerAt(k + 1)));
    emit(k, mix(mix(T.shapePair, shapeAt(k - 1)), shapeAt(k)));
    emit(k, mix(mix(T.nextShapePair, shapeAt(k)), shapeAt(k + 1)));
    if (first) {
      emit(k, F.first);
      emit(k, mix(T.firstShape, shapeAt(k)));
    }
    if (style !== 'prose') {
      emit(k, mix(F.style, styleHash));
      emit(k, mix(mix(T.styleShape, styleHash), shapeAt(k)));
    }
    if (!t.spaced && i > from) emit(k, F.tight);
    if (i + 1 < to && !(tokens[i + 1] as Token).spaced) emit(k, F.tightAfter);
    if (k === 0) emit(k, F.none);
    else for (let b = 0; b < FLAGS.length; b++) if ((flags[k - 1] as number) & (1 << b)) emit(k, FLAG_BEFORE[b] as number);
    if (k + 1 === n) emit(k, F.noneAfter);
    else for (let b = 0; b < FLAGS.length; b++) if ((flags[k + 1] as number) & (1 << b)) emit(k, FLAG_AFTER[b] as number);
    if (knownLeft === 0) {
      const known = knownAt(lexicon, tokens, i);
      if (known && known.end <= to) {
        knownLeft = known.end - i;
        knownAmbiguous = known.ambiguous;
        emit(k, knownAmbiguous ? F.knownAmbiguousBegin : F.knownBegin);
        emit(k, mix(knownAmbiguous ? F.knownAmbiguousBegin : F.knownBegin, first ? F.first : F.bias));
        emit(k, mix(T.knownLength, Math.min(knownLeft, 3)));
      }
    } else emit(k, knownAmbiguous ? F.knownAmbiguousInside : F.knownInside);
    if (knownLeft > 0) knownLeft--;
    if (!isCapitalised(t)) continue;
    if (doc.lowered.has(t.lower)) emit(k, first ? F.loweredFirst : F.lowered);
    if (doc.midSentence.has(t.text)) emit(k, first ? F.midFirst : F.mid);
    if (doc.surnames.has(t.text)) emit(k, F.surname);
    if (firstReading) taggedFeatures(firstReading, t.text, others, (f) => emit(k, f));
    // Places and brands listed from here, marked on every word they take.
    let words = t.lower;
    for (let w = 1; w <= MAX_LISTED_WORDS && i + w <= to; w++) {
      if (w > 1) words += ` ${(tokens[i + w - 1] as Token).lower}`;
      const place = lexicon.places.has(words);
      const brand = lexicon.brands.has(words);
      for (let j = i; j < i + w; j++) {
        if (place) emit(j - from, w === 1 ? F.place : F.placeWords);
        if (brand) emit(j - from, w === 1 ? F.brand : F.brandWords);
      }
    }
    // The first word of a capitalised run gives the run's features to each of its words.
    if (i < runCovered) continue;
    const end = runEnd(tokens, i, to);
    runCovered = end;
    const run = runFeatures(text, tokens, i, end, lexicon, doc);
    for (let j = i; j < end; j++) {
      const position = end - i === 1 ? F.single : j === i ? F.begin : j === end - 1 ? F.end : F.inside;
      emit(j - from, mix(F.runPosition, position));
      for (const h of run) emit(j - from, mix(h, position));
      if (first) emit(j - from, mix(F.runFirst, position));
    }
  }
}

/** What the first reading tagged the word as in the text's other sentences. */
function taggedFeatures(first: FirstReading, word: string, others: Int32Array, emit: (feature: number) => void): void {
  if (otherKinds(first.all, first.own, word, others)) {
    let most = 0;
    for (let x = 0; x < NAME_KINDS; x++) {
      if ((others[x] as number) > 0) emit(TAGGED_KINDS[x] as number);
      if ((others[x] as number) > (others[most] as number)) most = x;
    }
    emit(TAGGED_MOST[most] as number);
  }
  if (otherCount(first.all.organisationFirst, first.own.organisationFirst, word) > 0) emit(TAGGED_ORG_FIRST);
  if (otherCount(first.all.personLast, first.own.personLast, word) > 0) emit(TAGGED_PERSON_LAST);
}

/** Adds what one sentence says about its words to the document's words. */
export function readDocumentWords(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
  lexicon: CompanyLexicon,
  doc: DocumentWords,
): void {
  let opening = from;
  while (opening < to && OPENING_MARK.test((tokens[opening] as Token).text)) opening++;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') continue;
    if (!isCapitalised(t)) {
      if (t.lower === t.text) doc.lowered.add(t.lower);
      continue;
    }
    if (i > opening) doc.midSentence.add(t.text);
    const end = runEnd(tokens, i, to);
    const last = tokens[end - 1] as Token;
    const signalled =
      afterLegalSuffix(tokens, end) > end ||
      tickerAfter(tokens, end) ||
      BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start)) ||
      DESCRIBED_AS.test(text.slice(last.end, last.end + 140)) ||
      (end - i > 1 && COMPANY_HEADS.has(last.text));
    if (signalled)
      for (let k = i; k < end; k++) if (!LEGAL_SUFFIXES.has((tokens[k] as Token).text)) doc.signalled.add((tokens[k] as Token).text);
    for (let k = i + 1; k < end; k++) {
      const word = tokens[k] as Token;
      if (!isCapitalised(word)) continue;
      doc.midSentence.add(word.text);
      if (lexicon.givenNames.has((tokens[k - 1] as Token).lower) && !lexicon.givenNames.has(word.lower)) doc.surnames.add(word.text);
    }
    i = end - 1;
  }
}

/** Lower-case words and marks that may stand inside a name between two of its words. */
const INSIDE_NAMES = new Set(['of', 'and', '&', 'de', 'du', 'der', 'von', 'van', 'y', 'for', '.', ',', "'", '’']);

/**
 * The tokens of a sentence that may be part of a name: capitalised words, legal forms (`plc`),
 * numbers beside them (`361 Capital`, `Nikkei 225`), what is written tight after them
 * (`Amazon.com`, `Wal-Mart`) and the connectors between two of them (`Bank of America`; a
 * spaced dash is none: `TradingKey - Google's model`). The others are read as outside every name
 * without being scored: most of a text is lower-case words.
 */
export function nameCandidates(tokens: Token[], from: number, to: number): Uint8Array {
  const wanted = new Uint8Array(to - from);
  const named = (t: Token | undefined) => !!t && (isCapitalised(t) || LEGAL_SUFFIXES.has(t.text));
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    const previous = i > from ? tokens[i - 1] : undefined;
    const next = i + 1 < to ? tokens[i + 1] : undefined;
    if (
      named(t) ||
      (t.kind === 'num' && (named(previous) || named(next))) ||
      (!t.spaced && i > from && wanted[i - 1 - from]) ||
      (INSIDE_NAMES.has(t.text) && named(previous) && named(next))
    )
      wanted[i - from] = 1;
  }
  return wanted;
}
