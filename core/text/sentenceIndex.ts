// Which sentence a text offset falls in, by binary search over sentence spans in text order.
import { STEP, type Steps } from '../steps';
import type { Span } from '../types';

export function sentenceIndexAt(sentences: readonly Span[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sentences[mid] as Span).start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Spans grouped by the sentence they start in: one pass, for per-sentence lookups. */
export function* bySentenceSteps<T extends Span>(sentences: readonly Span[], spans: readonly T[]): Steps<T[][]> {
  const groups: T[][] = [];
  for (let k = 0; k < sentences.length; k++) {
    groups.push([]);
    if (k % (STEP * 8) === STEP * 8 - 1) yield;
  }
  for (const [k, span] of spans.entries()) {
    const index = sentenceIndexAt(sentences, span.start);
    const sentence = sentences[index];
    if (sentence && span.start >= sentence.start && span.end <= sentence.end) groups[index]?.push(span);
    if (k % STEP === STEP - 1) yield;
  }
  return groups;
}
