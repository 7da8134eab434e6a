// Reads the public named-entity corpora in ../shared/ner (all CC BY, see its README) into plain
// documents: the text rebuilt from the corpus's tokens, one sentence a line, with the entities'
// character spans in it. The company tagger is trained and measured on these through the same
// tokenizer and features as a page's text, so nothing in training depends on a corpus's own
// tokenisation.
//
// Labels are brought to four kinds: ORG (companies and other organisations), PER, LOC and MISC
// (products, works, events, nationalities and everything else with a name).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seeded } from '../harness/seeded';

export type EntityType = 'ORG' | 'PER' | 'LOC' | 'MISC';

export interface Entity {
  type: EntityType;
  start: number;
  end: number;
}

export interface NerDocument {
  corpus: string;
  /** The corpus's part (file) and the document's place in it. */
  id: string;
  text: string;
  entities: Entity[];
}

/** A token of a corpus with its type (null outside an entity) and whether it opens an entity. */
interface Tagged {
  token: string;
  type: EntityType | null;
  begins: boolean;
}

const TYPES: Record<string, EntityType> = {
  ORG: 'ORG',
  PER: 'PER',
  LOC: 'LOC',
  MISC: 'MISC',
  // WNUT17
  corporation: 'ORG',
  group: 'ORG',
  person: 'PER',
  location: 'LOC',
  product: 'MISC',
  'creative-work': 'MISC',
};

/** Tokens written against the word before them (`,`, `'s`, `n't`, a closing bracket). */
const CLOSES = /^(?:[,.;:!?%)\]}]+|'[sdm]|'(?:re|ve|ll)|n't|'|’s?|\.{2,})$/i;
/** Tokens written against the word after them. */
const OPENS = /^[([{$#@]$/;

/** Rebuilds a sentence's text from its tokens, with each token's character span. */
function detokenize(tokens: string[]): { text: string; spans: Array<[number, number]> } {
  let text = '';
  const spans: Array<[number, number]> = [];
  let quoteOpen = false;
  let glueNext = false;
  for (const token of tokens) {
    const quote = token === '"';
    const glue = glueNext || text === '' || CLOSES.test(token) || (quote && quoteOpen);
    if (!glue) text += ' ';
    spans.push([text.length, text.length + token.length]);
    text += token;
    glueNext = OPENS.test(token) || (quote && !quoteOpen);
    if (quote) quoteOpen = !quoteOpen;
  }
  return { text, spans };
}

/** Documents from sentences of tagged tokens: one sentence a line. */
function toDocument(corpus: string, id: string, sentences: Tagged[][]): NerDocument {
  const lines: string[] = [];
  const entities: Entity[] = [];
  let offset = 0;
  for (const sentence of sentences) {
    const { text, spans } = detokenize(sentence.map((t) => t.token));
    let open: Entity | null = null;
    sentence.forEach((t, k) => {
      const [start, end] = spans[k] as [number, number];
      if (open && (t.type !== open.type || t.begins)) {
        entities.push(open);
        open = null;
      }
      if (t.type) {
        if (open) open.end = offset + end;
        else open = { type: t.type, start: offset + start, end: offset + end };
      }
    });
    if (open) entities.push(open);
    lines.push(text);
    offset += text.length + 1;
  }
  const text = lines.join('\n');
  // A name written all in lower case (tweets' `facebook`, a loan agreement's `bank`) is not how
  // the news names a company: such spans are left unmarked.
  return { corpus, id, text, entities: entities.filter((e) => /[\p{Lu}\d]/u.test(text.slice(e.start, e.end))) };
}

/**
 * A CoNLL file: a token and its tag per line (the tag last), blank lines between sentences,
 * `-DOCSTART-` between documents. Tags are BIO or IO (`I-ORG` after `O` opens an entity).
 */
function readConll(path: string): Tagged[][][] {
  const documents: Tagged[][][] = [[]];
  let sentence: Tagged[] = [];
  const endSentence = () => {
    if (sentence.length) (documents[documents.length - 1] as Tagged[][]).push(sentence);
    sentence = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (fields[0] === '-DOCSTART-') {
      endSentence();
      if ((documents[documents.length - 1] as Tagged[][]).length) documents.push([]);
      continue;
    }
    if (!line.trim()) {
      endSentence();
      continue;
    }
    const token = fields[0] as string;
    const tag = fields[fields.length - 1] as string;
    const type = tag === 'O' ? null : (TYPES[tag.slice(2)] ?? null);
    sentence.push({ token, type, begins: tag.startsWith('B-') });
  }
  endSentence();
  return documents.filter((d) => d.length);
}

/** Each sentence a document of its own: tweets and posts. */
const eachSentence = (documents: Tagged[][][]): Tagged[][][] => documents.flat().map((s) => [s]);

const GUM_TYPES: Record<string, EntityType> = {
  person: 'PER',
  place: 'LOC',
  organization: 'ORG',
  object: 'MISC',
  event: 'MISC',
  abstract: 'MISC',
  substance: 'MISC',
};
/** Lower-case words that may stand inside a name (Bank of England, Procter & Gamble). */
const NAME_CONNECTORS = new Set(['of', 'and', '&', 'de', 'for', 'the', 'du', 'von', 'van', 'der']);
const capitalised = (token: string): boolean => /^(?:\p{Lu}|\d+\p{L})/u.test(token);

/**
 * GUM marks every mention (`the Indonesian Navy`, `over 900 asylum seekers`) with its entity's
 * type, without B/I. The named part of a mention is its run of capitalised words, with
 * connectors inside it; a sentence's first word is part of one only when a capitalised word
 * follows in the same mention (the first word of a sentence is capitalised anyway).
 */
function readGum(path: string, everyday: Set<string>): Tagged[][][] {
  const documents: Tagged[][][] = [[]];
  let sentence: Array<{ token: string; type: string }> = [];
  let blank = 0;
  const endSentence = () => {
    if (sentence.length) (documents[documents.length - 1] as Tagged[][]).push(namedParts(sentence, everyday));
    sentence = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) {
      blank++;
      endSentence();
      continue;
    }
    // Two blank lines end a document.
    if (blank >= 2 && (documents[documents.length - 1] as Tagged[][]).length) documents.push([]);
    blank = 0;
    const [token, type] = line.split('\t') as [string, string];
    sentence.push({ token, type: type.trim() });
  }
  endSentence();
  return documents.filter((d) => d.length);
}

function namedParts(sentence: Array<{ token: string; type: string }>, everyday: Set<string>): Tagged[] {
  const out: Tagged[] = sentence.map(({ token }) => ({ token, type: null, begins: false }));
  let k = 0;
  while (k < sentence.length) {
    const kind = GUM_TYPES[(sentence[k] as { type: string }).type];
    let end = k + 1;
    while (end < sentence.length && (sentence[end] as { type: string }).type === (sentence[k] as { type: string }).type) end++;
    if (kind) {
      let j = k;
      while (j < end) {
        if (!capitalised((sentence[j] as { token: string }).token)) {
          j++;
          continue;
        }
        let stop = j + 1;
        for (;;) {
          if (stop < end && capitalised((sentence[stop] as { token: string }).token)) stop++;
          else if (
            stop + 1 < end &&
            NAME_CONNECTORS.has((sentence[stop] as { token: string }).token) &&
            capitalised((sentence[stop + 1] as { token: string }).token)
          )
            stop += 2;
          else break;
        }
        const first = (sentence[j] as { token: string }).token;
        const from = j === 0 && stop === 1 && everyday.has(first.toLowerCase()) ? 1 : j;
        // Only the mention's head is its name: in `spokesman for the Indonesian military` the
        // person is not `Indonesian`, which is left unmarked.
        let tail = stop;
        while (tail < end && /^\p{P}+$/u.test((sentence[tail] as { token: string }).token)) tail++;
        if (tail === end)
          for (let m = from; m < stop; m++) out[m] = { token: (sentence[m] as { token: string }).token, type: kind, begins: m === from };
        j = stop;
      }
    }
    k = end;
  }
  return out;
}

export interface CorpusSplit {
  train: NerDocument[];
  test: NerDocument[];
}

/** Share of a corpus's documents held out for testing where it has no test part of its own. */
const HELD_OUT = 0.2;
const SPLIT_SEED = 21;

function holdOut(documents: NerDocument[], seed: number): CorpusSplit {
  const random = seeded(seed);
  const train: NerDocument[] = [];
  const test: NerDocument[] = [];
  for (const d of documents) (random() < HELD_OUT ? test : train).push(d);
  return { train, test };
}

/**
 * Every corpus's training and test documents: SEC filings (FIN5 / FIN3), WNUT17 (train and dev /
 * test), and for wikigold, GUM's news and the Broad Twitter Corpus, which have no test part, a
 * fifth of the documents held out with a fixed seed.
 */
export function readNerCorpora(dir: string, everyday: Set<string>): Record<string, CorpusSplit> {
  const conll = (corpus: string, file: string, perSentence = false): NerDocument[] => {
    const documents = readConll(join(dir, file));
    return (perSentence ? eachSentence(documents) : documents).map((d, k) => toDocument(corpus, `${file}#${k}`, d));
  };
  const btc = ['a', 'b', 'e', 'f', 'g', 'h'].flatMap((part) => conll('BTC', `BTC/${part}.conll`, true));
  return {
    SEC: { train: conll('SEC', 'SEC-filings/FIN5.txt'), test: conll('SEC', 'SEC-filings/FIN3.txt') },
    wikigold: holdOut(conll('wikigold', 'wikigold/wikigold.conll.txt'), SPLIT_SEED),
    GUM: holdOut(
      readGum(join(dir, 'GUM/gum-news.tsv'), everyday).map((d, k) => toDocument('GUM', `gum-news#${k}`, d)),
      SPLIT_SEED,
    ),
    BTC: holdOut(btc, SPLIT_SEED),
    WNUT17: {
      train: [...conll('WNUT17', 'WNUT17/wnut17train.conll', true), ...conll('WNUT17', 'WNUT17/emerging.dev.conll', true)],
      test: conll('WNUT17', 'WNUT17/emerging.test.annotated', true),
    },
  };
}
