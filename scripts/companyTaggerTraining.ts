// Training the entity tagger (core/companies/entityTagger.ts): annotated documents become
// sentences of feature lists and gold labels, read through the same tokenizer, sentence splitter
// and features as a page's text; an averaged structured perceptron learns the weights. Every step
// is deterministic (a seeded shuffle, insertion-ordered tables), so the same data gives the same
// weights, byte for byte.

import { LABELS } from '../core/companies/entityLabels';
import { allowed, type EntityTagger, entityTagger, type StoredWeights, viterbi } from '../core/companies/entityTagger';
import { hashString } from '../core/companies/featureHash';
import type { CompanyLexicon } from '../core/companies/lexicon';
import { sentenceStyle } from '../core/companies/sentenceStyle';
import { sentenceTokenRanges } from '../core/companies/sentenceTokens';
import { emptyTaggedNames, taggedElsewhere, tallyTaggedNames } from '../core/companies/taggedNames';
import { tagSentence } from '../core/companies/tagSentence';
import {
  companySignalFeatures,
  contextFeatures,
  emptyDocumentWords,
  type FirstReading,
  readDocumentWords,
  wordFeatures,
} from '../core/companies/tokenFeatures';
import lexiconData from '../core/data/lexicon.json';
import { splitSentences } from '../core/text/sentences';
import { type Token, tokenize } from '../core/text/tokenize';
import { seeded } from '../harness/seeded';
import { type Augmenting, type ReplacementNames, withNamesReplaced } from './nerAugment';
import type { CorpusSplit, NerDocument } from './nerCorpora';

const L = LABELS.length;
const ORG_BEGIN = LABELS.indexOf('B-ORG');
const BIAS = hashString('bias');

/** A sentence ready for training: its tokens' words, features and gold labels. */
export interface TrainingSentence {
  words: string[];
  /** Each token's context features' hashes. */
  features: number[][];
  gold: Uint8Array;
}

/**
 * The document's sentences with the features the tagger would see and the labels it should give.
 * With `firstReading` (a tagger that did not learn from this document), the sentences a second
 * reading tags again, with what the first reading tagged elsewhere in the document as features.
 */
export function documentSentences(doc: NerDocument, lexicon: CompanyLexicon, firstReading?: EntityTagger): TrainingSentence[] {
  const tokens = tokenize(doc.text);
  const ranges = sentenceTokenRanges(tokens, splitSentences(doc.text));
  const words = emptyDocumentWords();
  for (const [from, to] of ranges) readDocumentWords(doc.text, tokens, from, to, lexicon, words);
  // Each token's gold label, from the entity its first character lies in.
  const label = new Uint8Array(tokens.length);
  let e = 0;
  const entities = [...doc.entities].sort((a, b) => a.start - b.start);
  let previousEntity = -1;
  tokens.forEach((t, k) => {
    while (e < entities.length && (entities[e] as { end: number }).end <= t.start) e++;
    const entity = entities[e];
    if (entity && entity.start <= t.start && t.start < entity.end) {
      label[k] = LABELS.indexOf(`${previousEntity === e ? 'I' : 'B'}-${entity.type}` as (typeof LABELS)[number]);
      previousEntity = e;
    } else previousEntity = -1;
  });
  const sentence = ([from, to]: [number, number], first?: FirstReading): TrainingSentence => {
    const slice = tokens.slice(from, to);
    const gold = label.slice(from, to);
    // A sentence that starts inside an entity starts it again.
    if (gold.length && !allowed(-1, gold[0] as number)) gold[0] = (gold[0] as number) - 1;
    const text = doc.text.slice((tokens[from] as Token).start, (tokens[to - 1] as Token).end);
    const features = slice.map((): number[] => []);
    contextFeatures(doc.text, tokens, from, to, lexicon, words, sentenceStyle(text), (k, f) => features[k]?.push(f), undefined, first);
    return { words: slice.map((t) => t.text), features, gold };
  };
  if (!firstReading) return ranges.map((range) => sentence(range));
  const firstLabels = ranges.map(([from, to]) => tagSentence(firstReading, doc.text, tokens, from, to, lexicon, words));
  const all = emptyTaggedNames();
  ranges.forEach(([from], k) => {
    tallyTaggedNames(all, tokens, from, firstLabels[k] as Uint8Array);
  });
  return ranges.flatMap(([from, to], k) => {
    const own = emptyTaggedNames();
    tallyTaggedNames(own, tokens, from, firstLabels[k] as Uint8Array);
    return taggedElsewhere(all, own, tokens, from, to) ? [sentence([from, to], { all, own })] : [];
  });
}

export interface TrainingOptions {
  epochs: number;
  seed: number;
  /** Features seen fewer times than this in the training sentences are left out. */
  minCount: number;
  /** Weights are stored as integers: the learned weight times this, rounded. */
  scale: number;
  /**
   * Added to every token's score for beginning an organisation: the corpora name fewer
   * organisations than the news, so the learned weights find too few (tuned on FiNER-ORD's
   * train-part documents, never on the part reported as held out).
   */
  orgOffset: number;
  /** Only this many features are stored: those whose weights weigh most. */
  maxFeatures: number;
  /**
   * Added to the organisation label of each company signal (tokenFeatures.ts: a legal form, a
   * ticker, `shares of`, a description in apposition), which the corpora seldom show (tuned on
   * FiNER-ORD's train-part documents).
   */
  signalPrior: number;
}

/** Trains the tagger's weights on the sentences (averaged structured perceptron). */
export function trainTagger(sentences: TrainingSentence[], lexicon: CompanyLexicon, options: TrainingOptions): StoredWeights {
  // Each token's features as ids: its word's features, then its context's.
  const counts = new Map<number, number>();
  const tokenFeatures = (s: TrainingSentence, t: number): number[] => [
    ...wordFeatures(s.words[t] as string, lexicon).map(hashString),
    ...(s.features[t] as number[]),
  ];
  for (const s of sentences)
    for (let t = 0; t < s.words.length; t++) for (const f of tokenFeatures(s, t)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const ids = new Map<number, number>();
  for (const [f, n] of counts) if (n >= options.minCount) ids.set(f, ids.size);
  const encoded = sentences.map((s) =>
    Array.from({ length: s.words.length }, (_, t) =>
      Int32Array.from(tokenFeatures(s, t).flatMap((f) => (ids.has(f) ? [ids.get(f) as number] : []))),
    ),
  );

  const w = new Float64Array(ids.size * L);
  const wa = new Float64Array(ids.size * L);
  const tr = new Float64Array((1 + L) * L);
  const tra = new Float64Array((1 + L) * L);
  let c = 1;
  const bump = (weights: Float64Array, sums: Float64Array, at: number, d: number) => {
    weights[at] = (weights[at] as number) + d;
    sums[at] = (sums[at] as number) + c * d;
  };
  const random = seeded(options.seed);
  const order = sentences.map((_, k) => k);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    // Fisher–Yates with the seeded generator.
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j] as number, order[k] as number];
    }
    for (const index of order) {
      const s = sentences[index] as TrainingSentence;
      const features = encoded[index] as Int32Array[];
      const n = s.words.length;
      const emissions = new Float64Array(n * L);
      for (let t = 0; t < n; t++)
        for (const f of features[t] as Int32Array)
          for (let y = 0; y < L; y++) emissions[t * L + y] = (emissions[t * L + y] as number) + (w[f * L + y] as number);
      const predicted = viterbi(emissions, n, tr);
      for (let t = 0; t < n; t++) {
        const g = s.gold[t] as number;
        const p = predicted[t] as number;
        if (g !== p)
          for (const f of features[t] as Int32Array) {
            bump(w, wa, f * L + g, 1);
            bump(w, wa, f * L + p, -1);
          }
        const gPrev = t === 0 ? 0 : 1 + (s.gold[t - 1] as number);
        const pPrev = t === 0 ? 0 : 1 + (predicted[t - 1] as number);
        if (gPrev !== pPrev || g !== p) {
          bump(tr, tra, gPrev * L + g, 1);
          bump(tr, tra, pPrev * L + p, -1);
        }
      }
      c++;
    }
  }

  const averaged = (weights: Float64Array, sums: Float64Array, at: number) => (weights[at] as number) - (sums[at] as number) / c;
  // Each weight's prior: the organisation offset on the bias, the signal prior on the signals.
  const priors = new Map<number, number[]>([[BIAS, [ORG_BEGIN, options.orgOffset]]]);
  for (const { feature, label } of companySignalFeatures()) priors.set(feature, [LABELS.indexOf(label), options.signalPrior]);
  const prior = (f: number, y: number) => {
    const p = priors.get(f);
    return p && p[0] === y ? (p[1] as number) : 0;
  };
  // The features that weigh most (by the sum of their weights' sizes), scaled to integers.
  const rows: Array<{ feature: number; sparse: number[]; size: number }> = [];
  for (const f of new Set([...ids.keys(), ...priors.keys()])) {
    const id = ids.get(f);
    const sparse: number[] = [];
    let size = 0;
    for (let y = 0; y < L; y++) {
      const v = Math.round(((id === undefined ? 0 : averaged(w, wa, id * L + y)) + prior(f, y)) * options.scale);
      size += Math.abs(v);
      if (v !== 0) sparse.push(y, v);
    }
    if (size > 0) rows.push({ feature: f, sparse, size });
  }
  rows.sort((a, b) => b.size - a.size || a.feature - b.feature);
  const stored: Record<string, number[]> = {};
  for (const row of rows.slice(0, options.maxFeatures)) stored[row.feature] = row.sparse;
  return {
    scale: options.scale,
    transitions: Array.from(tr, (_, k) => Math.round(averaged(tr, tra, k) * options.scale)),
    features: stored,
  };
}

/** Which training documents to learn from, and how. */
export interface TrainingPlan {
  /** Corpora trained on, each read this many times (news-like text counts more). */
  corpora: Record<string, number>;
  augmenting: Augmenting;
  seed: number;
  /**
   * The documents are split into this many folds; each fold is tagged by a tagger trained on the
   * others, for the second reading's training sentences (0: no second reading is learned).
   */
  folds: number;
}

/** Names the augmented copies take, from the lexicon: listed companies, given names, surnames, places. */
function replacementNames(): ReplacementNames {
  const entries = Object.values(lexiconData.byFirstWord as unknown as Record<string, Array<[string, string, number]>>).flat();
  return {
    companies: [...new Set(entries.map(([, canonical]) => canonical))].sort(),
    givenNames: lexiconData.firstNames,
    surnames: lexiconData.surnames,
    places: lexiconData.places,
  };
}

/** A training document with its copy (names replaced), their sentences, and how often it is read. */
interface PlannedDocument {
  doc: NerDocument;
  times: number;
  sentences: TrainingSentence[];
}

const repeated = <T>(items: T[], times: number): T[] => Array.from({ length: times }, () => items).flat();

/**
 * The training sentences of the plan's corpora: each document and a copy with names replaced,
 * then, for the second reading, the sentences of each document that a tagger trained on the
 * other folds tags again (stacking).
 */
export function trainingSentences(
  corpora: Record<string, CorpusSplit>,
  plan: TrainingPlan,
  lexicon: CompanyLexicon,
  options: TrainingOptions,
): TrainingSentence[] {
  const names = replacementNames();
  const random = seeded(plan.seed);
  const planned: PlannedDocument[] = Object.entries(plan.corpora).flatMap(([name, times]) => {
    const documents = (corpora[name] as CorpusSplit).train;
    const copies = documents.map((d) => withNamesReplaced(d, names, plan.augmenting, random));
    return documents.map((doc, k) => ({
      doc,
      times,
      sentences: [...documentSentences(doc, lexicon), ...documentSentences(copies[k] as NerDocument, lexicon)],
    }));
  });
  const first = planned.flatMap((p) => repeated(p.sentences, p.times));
  if (plan.folds < 2) return first;
  const foldOf = planned.map(() => Math.floor(random() * plan.folds));
  const second: TrainingSentence[] = [];
  for (let fold = 0; fold < plan.folds; fold++) {
    const others = planned.flatMap((p, k) => (foldOf[k] === fold ? [] : repeated(p.sentences, p.times)));
    const tagger = entityTagger(trainTagger(others, lexicon, options), lexicon);
    planned.forEach((p, k) => {
      if (foldOf[k] === fold) second.push(...repeated(documentSentences(p.doc, lexicon, tagger), p.times));
    });
  }
  return [...first, ...second];
}
