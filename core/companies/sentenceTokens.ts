// Which tokens each sentence holds, as [first, end) token indices in text order: the tagger reads
// a sentence at a time.

import type { Token } from '../text/tokenize';
import type { Span } from '../types';

export function sentenceTokenRanges(tokens: Token[], sentences: readonly Span[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const first = tokens[0];
  if (!first) return ranges;
  // Binary search for the first sentence that reaches the tokens (a part of a long text).
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid] as Span).end <= first.start) lo = mid + 1;
    else hi = mid;
  }
  let i = 0;
  for (let k = lo; k < sentences.length && i < tokens.length; k++) {
    const s = sentences[k] as Span;
    while (i < tokens.length && (tokens[i] as Token).start < s.start) i++;
    const from = i;
    while (i < tokens.length && (tokens[i] as Token).start < s.end) i++;
    if (i > from) ranges.push([from, i]);
  }
  return ranges;
}
