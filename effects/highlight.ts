// Highlights figures and companies. With the CSS Custom Highlight API (Chrome 105+, Firefox 140+)
// the page's nodes are not touched: ranges are registered under `lede-<kind>` names that Lede's
// stylesheet colours. Where the API is missing, each span is wrapped in <mark data-lede-mark>,
// and unwrapped again on abort.

import { runToEnd, STEP, type Steps } from '../core/steps';
import { highlightNearViewportSteps } from './highlightNearViewport';
import type { HighlightItem, HighlightSpan, RangeOf, RangeSet } from './highlightSpan';

/**
 * Most highlights registered at once. Chromium rebuilds the marks of every registered range in
 * each frame after the page's DOM or style changed (a hover will do), roughly 2 µs a range here,
 * and each live range costs the page a little on every DOM change; past this many, only the
 * ranges near the viewport are registered. The longest corpus article has about 400.
 */
export const MAX_REGISTERED = 1000;

/** Ranges built between two points where the work may pause (a range costs Firefox far more than Chromium). */
const RANGES_PER_STEP = STEP / 4;

export const HIGHLIGHT_PREFIX = 'lede-';

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): boolean;
}

type HighlightConstructor = new (...ranges: Range[]) => RangeSet;

function highlightApi(win: Window): { registry: HighlightRegistry; Highlight: HighlightConstructor } | null {
  const css = (win as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (win as unknown as { Highlight?: HighlightConstructor }).Highlight;
  return css?.highlights && Highlight ? { registry: css.highlights, Highlight } : null;
}

/** Whether this browser highlights without touching the page's nodes. */
export function hasHighlightApi(win: Window): boolean {
  return highlightApi(win) !== null;
}

/** The page's ranges for the spans, built a few dozen at a time. */
function* rangesSteps(spans: HighlightSpan[], rangeOf: RangeOf): Steps<HighlightItem[]> {
  const items: HighlightItem[] = [];
  for (const [i, span] of spans.entries()) {
    const range = rangeOf(span);
    if (range) items.push({ kind: span.kind, range });
    if (i % RANGES_PER_STEP === RANGES_PER_STEP - 1) yield;
  }
  return items;
}

/**
 * Registers one highlight per kind. Up to MAX_REGISTERED, the ranges are built a few dozen at a
 * time into highlights not yet registered, then registered at once: the browser restyles a
 * registered highlight each time it gains a range. Past that, the ranges near the viewport only.
 */
function* registerHighlightsSteps(spans: HighlightSpan[], rangeOf: RangeOf, win: Window, signal: AbortSignal): Steps<void> {
  const api = highlightApi(win) as NonNullable<ReturnType<typeof highlightApi>>;
  const byKind = new Map<string, RangeSet>();
  for (const span of spans) if (!byKind.has(span.kind)) byKind.set(span.kind, new api.Highlight());
  const register = (): void => {
    for (const [kind, group] of byKind) api.registry.set(HIGHLIGHT_PREFIX + kind, group);
    signal.addEventListener(
      'abort',
      () => {
        for (const kind of byKind.keys()) api.registry.delete(HIGHLIGHT_PREFIX + kind);
      },
      { once: true },
    );
  };
  if (spans.length > MAX_REGISTERED) {
    register();
    yield* highlightNearViewportSteps(spans, rangeOf, byKind, win, signal);
    return;
  }
  const items = yield* rangesSteps(spans, rangeOf);
  if (signal.aborted) return;
  for (const { kind, range } of items) byKind.get(kind)?.add(range);
  register();
}

/** The text-node pieces of a range, each within one node. */
function textPieces(range: Range): Array<{ node: Text; start: number; end: number }> {
  const doc = range.startContainer.ownerDocument as Document;
  const pieces: Array<{ node: Text; start: number; end: number }> = [];
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* SHOW_TEXT */);
  let node: Node | null = range.commonAncestorContainer.nodeType === 3 ? range.commonAncestorContainer : walker.nextNode();
  while (node) {
    if (range.intersectsNode(node)) {
      const text = node as Text;
      const start = node === range.startContainer ? range.startOffset : 0;
      const end = node === range.endContainer ? range.endOffset : text.length;
      if (end > start) pieces.push({ node: text, start, end });
    }
    node = node === range.commonAncestorContainer ? null : walker.nextNode();
  }
  return pieces;
}

function wrapMarks(items: HighlightItem[], signal: AbortSignal): void {
  // Wrap each node's pieces from its end backwards, so earlier offsets in it stay valid.
  const byNode = new Map<Text, Array<{ start: number; end: number; kind: string }>>();
  for (const item of items) {
    for (const p of textPieces(item.range)) {
      const list = byNode.get(p.node) ?? [];
      list.push({ ...p, kind: item.kind });
      byNode.set(p.node, list);
    }
  }
  const pieces = [...byNode].flatMap(([node, list]) => list.sort((a, b) => b.start - a.start).map((p) => ({ ...p, node })));
  const marks: HTMLElement[] = [];
  // Where the last wrapped piece of each node began: a piece reaching past it overlaps one
  // already wrapped (a company inside a figure) and cannot be wrapped as well.
  const wrappedFrom = new Map<Text, number>();
  for (const piece of pieces) {
    const limit = wrappedFrom.get(piece.node) ?? piece.node.length;
    if (piece.end > limit || piece.start >= piece.end) continue;
    wrappedFrom.set(piece.node, piece.start);
    const doc = piece.node.ownerDocument;
    const middle = piece.node.splitText(piece.start);
    middle.splitText(piece.end - piece.start);
    const mark = doc.createElement('mark');
    mark.setAttribute('data-lede-mark', piece.kind);
    middle.replaceWith(mark);
    mark.append(middle);
    marks.push(mark);
  }
  signal.addEventListener(
    'abort',
    () => {
      const parents = new Set<Node>();
      for (const mark of marks) {
        const parent = mark.parentNode;
        if (!parent) continue;
        mark.replaceWith(...mark.childNodes);
        parents.add(parent);
      }
      // Join the text nodes the wrapping split, so the page's markup is as it was.
      for (const parent of parents) parent.normalize();
    },
    { once: true },
  );
}

/**
 * Highlights as steps: with the Highlight API the ranges are built a few dozen at a time; the
 * `<mark>` fallback changes the page's nodes, so it runs at once (the caller keeps it quiet).
 */
export function* highlightSteps(spans: HighlightSpan[], rangeOf: RangeOf, win: Window, signal: AbortSignal): Steps<void> {
  if (signal.aborted || spans.length === 0) return;
  if (hasHighlightApi(win)) yield* registerHighlightsSteps(spans, rangeOf, win, signal);
  else wrapMarks(runToEnd(rangesSteps(spans, rangeOf)), signal);
}
