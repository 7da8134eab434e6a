// A linear-chain sequence labeller: each token of a sentence gets one of the BIO labels below,
// chosen by Viterbi decoding over the sum of its features' weights and the weights of moving
// from one label to the next. The weights are learned by scripts/train-companies.ts (an averaged
// structured perceptron) and stored in core/data/companyTagger.json.

import { LABELS } from './entityLabels';
import { hashString } from './featureHash';
import type { CompanyLexicon } from './lexicon';
import { type FeatureSink, wordFeatures } from './tokenFeatures';

const L = LABELS.length;
const OUTSIDE = LABELS.indexOf('O');
const ORG_BEGIN = LABELS.indexOf('B-ORG');
const ORG_INSIDE = LABELS.indexOf('I-ORG');
/** Words whose scores are kept between sentences and texts. */
const MAX_CACHED_WORDS = 50_000;

/** Whether `next` may follow `previous` (-1: the sentence's start): `I-X` only continues an X. */
export function allowed(previous: number, next: number): boolean {
  const label = LABELS[next] as string;
  if (!label.startsWith('I-')) return true;
  if (previous < 0) return false;
  return (LABELS[previous] as string).slice(2) === label.slice(2);
}

/**
 * The weights as stored: by each feature's hash (featureHash.ts), its non-zero weights as
 * [label, weight, label, weight, ...].
 */
export interface StoredWeights {
  /** The weights are integers; divided by this they are the learned ones. */
  scale: number;
  /** (1 + labels) × labels: row 0 from the sentence's start, row 1 + p from label p. */
  transitions: number[];
  features: Record<string, number[]>;
}

/** For each label, the labels that may come before it. */
const PREDECESSORS = LABELS.map((_, y) => LABELS.map((__, p) => p).filter((p) => allowed(p, y)));

/**
 * The best label sequence for a sentence, or a stretch of one after the label `after` (-1: from
 * the sentence's start): `emissions` holds each token's score for each label (tokens × labels),
 * `transitions` the weights as stored (a move not allowed is never taken).
 */
export function viterbi(emissions: Float64Array, tokens: number, transitions: ArrayLike<number>, after = -1): Uint8Array {
  const labels = new Uint8Array(tokens);
  if (tokens === 0) return labels;
  const score = new Float64Array(tokens * L);
  const back = new Int8Array(tokens * L);
  for (let y = 0; y < L; y++)
    score[y] = allowed(after, y) ? (emissions[y] as number) + (transitions[(1 + after) * L + y] as number) : -Infinity;
  for (let t = 1; t < tokens; t++) {
    const previous = (t - 1) * L;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let from = 0;
      for (const p of PREDECESSORS[y] as number[]) {
        const s = (score[previous + p] as number) + (transitions[(1 + p) * L + y] as number);
        if (s > best) {
          best = s;
          from = p;
        }
      }
      score[t * L + y] = best + (emissions[t * L + y] as number);
      back[t * L + y] = from;
    }
  }
  let y = 0;
  for (let k = 1; k < L; k++) if ((score[(tokens - 1) * L + k] as number) > (score[(tokens - 1) * L + y] as number)) y = k;
  for (let t = tokens - 1; t >= 0; t--) {
    labels[t] = y;
    y = back[t * L + y] as number;
  }
  return labels;
}

/** A trained tagger: scores tokens by their features and decodes a sentence's labels. */
export interface EntityTagger {
  /**
   * Labels for a sentence's tokens, from each token's word and the other features that
   * `describe` hands to its sink; tokens marked in `notOrganisation` are never an organisation's.
   * Where `wanted` is given, the tokens it leaves out are outside every name, unscored, and the
   * stretches between them are decoded on their own.
   */
  tag(words: string[], describe: (emit: FeatureSink) => void, notOrganisation?: Uint8Array, wanted?: Uint8Array): Uint8Array;
}

export function entityTagger(stored: StoredWeights, lexicon: CompanyLexicon): EntityTagger {
  const table = weightTable(stored);
  const transitions = stored.transitions.map((w) => w / stored.scale);
  const add = (into: Float64Array, at: number, feature: number): void => {
    const row = table.row(feature);
    if (row < 0) return;
    for (let y = 0; y < L; y++) into[at + y] = (into[at + y] as number) + (table.weights[row + y] as number);
  };
  // A word's own features are the same wherever it stands: their scores are summed once a word,
  // and the table is emptied when it grows large (the background reads page after page).
  const byWord = new Map<string, Float64Array>();
  const wordScores = (word: string): Float64Array => {
    let scores = byWord.get(word);
    if (!scores) {
      if (byWord.size >= MAX_CACHED_WORDS) byWord.clear();
      scores = new Float64Array(L);
      for (const feature of wordFeatures(word, lexicon)) add(scores, 0, hashString(feature));
      byWord.set(word, scores);
    }
    return scores;
  };
  return {
    tag(words, describe, notOrganisation, wanted) {
      const n = words.length;
      const emissions = new Float64Array(n * L);
      for (let t = 0; t < n; t++) if (!wanted || wanted[t]) emissions.set(wordScores(words[t] as string), t * L);
      describe((k, feature) => add(emissions, k * L, feature));
      if (notOrganisation)
        for (let t = 0; t < n; t++)
          if (notOrganisation[t]) {
            emissions[t * L + ORG_BEGIN] = -Infinity;
            emissions[t * L + ORG_INSIDE] = -Infinity;
          }
      if (!wanted) return viterbi(emissions, n, transitions);
      const labels = new Uint8Array(n);
      for (let t = 0; t < n; ) {
        if (!wanted[t]) {
          t++;
          continue;
        }
        let end = t + 1;
        while (end < n && wanted[end]) end++;
        labels.set(viterbi(emissions.subarray(t * L, end * L), end - t, transitions, t === 0 ? -1 : OUTSIDE), t);
        t = end;
      }
      return labels;
    },
  };
}

/**
 * The weights by feature hash in an open-addressing table of typed arrays: looked up for every
 * feature of every token, where a Map keyed by 32-bit numbers is several times slower.
 */
function weightTable(stored: StoredWeights): { weights: Float64Array; row(feature: number): number } {
  const entries = Object.entries(stored.features);
  let size = 1;
  while (size < entries.length * 2) size *= 2;
  const mask = size - 1;
  const keys = new Int32Array(size);
  const rows = new Int32Array(size).fill(-1);
  const weights = new Float64Array(entries.length * L);
  entries.forEach(([feature, sparse], e) => {
    const key = Number(feature) | 0;
    let slot = key & mask;
    while ((rows[slot] as number) >= 0) slot = (slot + 1) & mask;
    keys[slot] = key;
    rows[slot] = e * L;
    for (let k = 0; k < sparse.length; k += 2) weights[e * L + (sparse[k] as number)] = (sparse[k + 1] as number) / stored.scale;
  });
  return {
    weights,
    row(feature) {
      const key = feature | 0;
      for (let slot = key & mask; ; slot = (slot + 1) & mask) {
        const row = rows[slot] as number;
        if (row < 0 || keys[slot] === key) return row;
      }
    },
  };
}
