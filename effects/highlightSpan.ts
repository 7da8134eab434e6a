// What the page's highlights are made of: spans of the article's text and the ranges the page
// finds for them, shared by the two ways of registering them (highlight.ts, highlightNearViewport.ts).

/** A span of the article's text to highlight, by its offsets in the text and its kind's id (core/kinds). */
export interface HighlightSpan {
  kind: string;
  start: number;
  end: number;
}

/** The page's range for a span as the page is now, or null where the page has changed it away. */
export type RangeOf = (span: HighlightSpan) => Range | null;

/** A span's kind and its range on the page. */
export interface HighlightItem {
  kind: string;
  range: Range;
}

/** The part of the browser's Highlight (a set of ranges) Lede uses. */
export interface RangeSet {
  add(range: Range): unknown;
  delete(range: Range): boolean;
}
