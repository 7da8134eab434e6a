// The article-extraction metrics of the development corpus (shared/corpus/README.md).

/** Zyte's tokens: Unicode word characters. */
const TOKEN = /[\p{L}\p{N}\p{M}_]+/gu;

/** 4-token shingles with their counts; a text shorter than 4 tokens is one shingle (empty text: the empty one). */
function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  const n = Math.max(1, tokens.length - 3);
  for (let i = 0; i < n; i++) {
    const key = tokens.slice(i, i + 4).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  precision: number;
  recall: number;
}

/** One page's precision and recall by the Zyte benchmark's shingle matching. */
export function zytePageScore(truth: string, predicted: string): PageScore {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of p) {
    const common = Math.min(count, t.get(key) ?? 0);
    tp += common;
    fp += count - common;
  }
  for (const [key, count] of t) fn += count - Math.min(count, p.get(key) ?? 0);
  const sum = tp + fp + fn;
  if (sum > 0) {
    tp /= sum;
    fp /= sum;
    fn /= sum;
  }
  const score = (a: number, b: number): number => (fp === 0 && fn === 0 ? 1 : a === 0 && b === 0 ? 0 : a / (a + b));
  return { precision: score(tp, fp), recall: score(tp, fn) };
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Mean precision and recall over pages, F1 of the two means. */
export function meanScores(pages: PageScore[]): Scores {
  const precision = pages.reduce((s, p) => s + p.precision, 0) / Math.max(1, pages.length);
  const recall = pages.reduce((s, p) => s + p.recall, 0) / Math.max(1, pages.length);
  return { precision, recall, f1: f1(precision, recall) };
}

export interface SnippetCounts {
  tp: number;
  fp: number;
  fn: number;
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** trafilatura's check: each `with` snippet must be in the text, each `without` must not. */
export function snippetCounts(text: string, withSnippets: string[], withoutSnippets: string[]): SnippetCounts {
  const haystack = collapse(text);
  let tp = 0;
  let fn = 0;
  let fp = 0;
  for (const s of withSnippets) haystack.includes(collapse(s)) ? tp++ : fn++;
  for (const s of withoutSnippets) if (haystack.includes(collapse(s))) fp++;
  return { tp, fp, fn };
}

export function snippetScores(pages: SnippetCounts[]): Scores {
  const tp = pages.reduce((s, p) => s + p.tp, 0);
  const fp = pages.reduce((s, p) => s + p.fp, 0);
  const fn = pages.reduce((s, p) => s + p.fn, 0);
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { precision, recall, f1: f1(precision, recall) };
}
