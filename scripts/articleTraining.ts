// Training the block classifier (core/article/blockModel.ts): each text block of a corpus page
// labelled story or not by the page's ground truth, and a logistic regression fitted to them by
// Newton's method with an L2 penalty. No randomness: the same pages give the same weights.

import { parseHtml } from '../cli/parseHtml';
import { FEATURE_COUNT, FEATURE_NAMES } from '../core/article/blockFeatures';
import type { BlockModel } from '../core/article/blockModel';
import { readBlocks } from '../core/article/detectArticle';
import { type PageSignals, readPageSignals } from '../core/article/pageSignals';
import { type PageSnapshot, snapshotSteps } from '../core/page/snapshot';
import type { SnapshotTree } from '../core/page/snapshotTree';
import { runToEnd } from '../core/steps';
import { SKIP_TAGS } from '../core/text/blockTags';
import type { CorpusPage } from '../harness/corpus';

/** A page's labelled blocks: features row by row, the label (1: story) and the weight of each. */
interface LabelledBlocks {
  features: Float32Array;
  labels: Uint8Array;
  weights: Float32Array;
}

const WORD = /[\p{L}\p{N}\p{M}_]+/gu;
const words = (text: string): string[] => text.toLowerCase().match(WORD) ?? [];
const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Each block's own text: the text nodes whose nearest block is it. */
function ownTexts(tree: SnapshotTree, blocks: readonly number[]): Map<number, string> {
  const { tags, parents, texts } = tree.s;
  const wanted = new Set(blocks);
  const owner = new Int32Array(tree.size).fill(-1);
  const out = new Map<number, string>();
  for (let i = 0; i < tree.size; i++) {
    const tag = tags[i] as string;
    const p = parents[i] as number;
    if (tag !== '' && SKIP_TAGS.has(tag)) {
      i = (tree.ends[i] as number) - 1;
      continue;
    }
    const inherited = p >= 0 ? (owner[p] as number) : -1;
    if (tag === '') {
      if (inherited >= 0) out.set(inherited, `${out.get(inherited) ?? ''}${texts[i]}`);
      continue;
    }
    owner[i] = wanted.has(i) ? i : inherited;
  }
  return out;
}

/**
 * The label of a block's own text against the truth: with a full text (Zyte, Readability), story
 * when most of its 4-word shingles are in it; with snippets (trafilatura), story when it holds a
 * must-have snippet or lies inside one, not when it holds or lies inside a must-not one, and
 * unknown otherwise (-1).
 */
function labeller(page: CorpusPage): (text: string) => number {
  if (page.truth !== undefined) {
    const truthWords = words(page.truth);
    const shingles = new Set<string>();
    for (let k = 0; k + 4 <= truthWords.length; k++) shingles.add(truthWords.slice(k, k + 4).join(' '));
    const joined = ` ${truthWords.join(' ')} `;
    return (text) => {
      const w = words(text);
      if (w.length === 0) return -1;
      if (w.length < 4) return joined.includes(` ${w.join(' ')} `) ? 1 : 0;
      let hits = 0;
      for (let k = 0; k + 4 <= w.length; k++) if (shingles.has(w.slice(k, k + 4).join(' '))) hits++;
      return hits * 2 >= w.length - 3 ? 1 : 0;
    };
  }
  const must = (page.with ?? []).map(collapse).filter(Boolean);
  const mustNot = (page.without ?? []).map(collapse).filter(Boolean);
  const relates = (text: string, snippet: string): boolean => text.includes(snippet) || (text.length >= 20 && snippet.includes(text));
  return (raw) => {
    const text = collapse(raw);
    if (!text) return -1;
    if (mustNot.some((s) => relates(text, s))) return 0;
    if (must.some((s) => relates(text, s))) return 1;
    return -1;
  };
}

/** A corpus page read as the detector reads it: its signals and its snapshot (null without a body). */
export interface ReadCorpusPage {
  page: CorpusPage;
  signals: PageSignals;
  snapshot: PageSnapshot | null;
}

export function readCorpusPage(page: CorpusPage): ReadCorpusPage {
  const doc = parseHtml(page.html);
  return { page, signals: readPageSignals(doc), snapshot: doc.body ? runToEnd(snapshotSteps(doc.body)).snapshot : null };
}

/** The blocks of one corpus page with their features and labels. */
export function labelPage({ page, signals, snapshot }: ReadCorpusPage): LabelledBlocks {
  if (!snapshot) return { features: new Float32Array(0), labels: new Uint8Array(0), weights: new Float32Array(0) };
  const { tree, rows } = readBlocks(snapshot, signals);
  const texts = ownTexts(tree, rows.blocks);
  const label = labeller(page);
  const kept: number[] = [];
  const labels: number[] = [];
  const weights: number[] = [];
  rows.blocks.forEach((block, b) => {
    const text = texts.get(block) ?? '';
    const y = label(text);
    if (y < 0) return;
    kept.push(b);
    labels.push(y);
    // Longer blocks weigh more: they are more of what the reader sees.
    weights.push(Math.log1p(collapse(text).length));
  });
  // Every page weighs the same in all, however many blocks it has.
  const total = weights.reduce((a, w) => a + w, 0) || 1;
  const features = new Float32Array(kept.length * FEATURE_COUNT);
  kept.forEach((b, k) => {
    features.set(rows.features.subarray(b * FEATURE_COUNT, (b + 1) * FEATURE_COUNT), k * FEATURE_COUNT);
  });
  return { features, labels: Uint8Array.from(labels), weights: Float32Array.from(weights, (w) => (w / total) * 100) };
}

/** Solves A x = b for a symmetric positive definite A, by its Cholesky factor. */
function solve(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * n + j] as number;
      for (let k = 0; k < j; k++) sum -= (l[i * n + k] as number) * (l[j * n + k] as number);
      l[i * n + j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / (l[j * n + j] as number);
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = b[i] as number;
    for (let k = 0; k < i; k++) sum -= (l[i * n + k] as number) * (y[k] as number);
    y[i] = sum / (l[i * n + i] as number);
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i] as number;
    for (let k = i + 1; k < n; k++) sum -= (l[k * n + i] as number) * (x[k] as number);
    x[i] = sum / (l[i * n + i] as number);
  }
  return x;
}

/** Rounded to four decimals: the committed file stays small and readable. */
const round = (x: number): number => Math.round(x * 1e4) / 1e4;

/** A logistic regression fitted to the pages' blocks: Newton's method, an L2 penalty on the weights (not the bias). */
export function fitBlockModel(pages: readonly LabelledBlocks[], l2 = 1, iterations = 25): BlockModel {
  const n = FEATURE_COUNT + 1;
  const w = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    const hessian = new Float64Array(n * n);
    const gradient = new Float64Array(n);
    const x = new Float64Array(n);
    for (const page of pages) {
      for (let r = 0; r < page.labels.length; r++) {
        x[0] = 1;
        for (let k = 0; k < FEATURE_COUNT; k++) x[k + 1] = page.features[r * FEATURE_COUNT + k] as number;
        let z = 0;
        for (let k = 0; k < n; k++) z += (w[k] as number) * (x[k] as number);
        const p = 1 / (1 + Math.exp(-z));
        const weight = page.weights[r] as number;
        const g = weight * (p - (page.labels[r] as number));
        const h = weight * Math.max(p * (1 - p), 1e-6);
        for (let i = 0; i < n; i++) {
          const xi = x[i] as number;
          if (xi === 0) continue;
          gradient[i] = (gradient[i] as number) + g * xi;
          for (let j = 0; j <= i; j++) hessian[i * n + j] = (hessian[i * n + j] as number) + h * xi * (x[j] as number);
        }
      }
    }
    for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) hessian[j * n + i] = hessian[i * n + j] as number;
    for (let i = 1; i < n; i++) {
      hessian[i * n + i] = (hessian[i * n + i] as number) + l2;
      gradient[i] = (gradient[i] as number) + l2 * (w[i] as number);
    }
    hessian[0] = (hessian[0] as number) + 1e-6;
    const step = solve(hessian, gradient, n);
    let change = 0;
    for (let i = 0; i < n; i++) {
      w[i] = (w[i] as number) - (step[i] as number);
      change = Math.max(change, Math.abs(step[i] as number));
    }
    if (change < 1e-5) break;
  }
  return { features: [...FEATURE_NAMES], bias: round(w[0] as number), weights: Array.from(w.subarray(1), round) };
}
