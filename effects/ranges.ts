// Live DOM ranges for spans of the article's text, through the text map the core built.

import { domSpan, type TextRun } from '../core/text/extractText';

export function rangeFor(doc: Document, runs: readonly TextRun[], start: number, end: number): Range | null {
  const span = domSpan(runs, start, end);
  if (!span?.startNode.isConnected || !span.endNode.isConnected) return null;
  const range = doc.createRange();
  try {
    range.setStart(span.startNode, span.startOffset);
    range.setEnd(span.endNode, span.endOffset);
  } catch {
    // The page changed the node since analysis: no range rather than a wrong one.
    return null;
  }
  return range;
}
