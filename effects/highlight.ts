// Highlights figures and companies. With the CSS Custom Highlight API (Chrome 105+, Firefox 140+)
// the page's nodes are not touched: ranges are registered under `lede-<kind>` names that Lede's
// stylesheet colours. Where the API is missing, each span is wrapped in <mark data-lede-mark>,
// and unwrapped again on abort.

import { runToEnd, STEP, type Steps } from '../core/steps';

export const HIGHLIGHT_KINDS = ['company', 'money', 'percent', 'count', 'multiplier', 'date', 'quantity'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

export interface HighlightItem {
  kind: HighlightKind;
  range: Range;
}

export const HIGHLIGHT_PREFIX = 'lede-';

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): boolean;
}

type HighlightConstructor = new (...ranges: Range[]) => unknown;

function highlightApi(win: Window): { registry: HighlightRegistry; Highlight: HighlightConstructor } | null {
  const css = (win as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (win as unknown as { Highlight?: HighlightConstructor }).Highlight;
  return css?.highlights && Highlight ? { registry: css.highlights, Highlight } : null;
}

/** Whether this browser highlights without touching the page's nodes. */
export function hasHighlightApi(win: Window): boolean {
  return highlightApi(win) !== null;
}

function registerHighlights(items: HighlightItem[], win: Window, signal: AbortSignal): void {
  runToEnd(registerHighlightsSteps(items, win, signal));
}

/**
 * Registers one (empty) highlight per kind, then adds the ranges a few hundred at a time: a
 * browser restyles registered highlights as ranges arrive, and registering tens of thousands at
 * once is one long task (a quarter of a second in Firefox).
 */
function* registerHighlightsSteps(items: HighlightItem[], win: Window, signal: AbortSignal): Steps<void> {
  const api = highlightApi(win) as NonNullable<ReturnType<typeof highlightApi>>;
  const byKind = new Map<HighlightKind, { add(range: Range): void }>();
  for (const item of items) {
    if (!byKind.has(item.kind)) byKind.set(item.kind, new api.Highlight() as { add(range: Range): void });
  }
  for (const [kind, group] of byKind) api.registry.set(HIGHLIGHT_PREFIX + kind, group);
  signal.addEventListener(
    'abort',
    () => {
      for (const kind of byKind.keys()) api.registry.delete(HIGHLIGHT_PREFIX + kind);
    },
    { once: true },
  );
  for (const [i, item] of items.entries()) {
    if (signal.aborted) return;
    // One by one: a page can have tens of thousands, more than a call's arguments may hold.
    byKind.get(item.kind)?.add(item.range);
    if (i % STEP === STEP - 1) yield;
  }
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
  const byNode = new Map<Text, Array<{ start: number; end: number; kind: HighlightKind }>>();
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
 * Highlights as steps: with the Highlight API the ranges are added a few hundred at a time; the
 * `<mark>` fallback changes the page's nodes, so it runs at once (the caller keeps it quiet).
 */
export function* highlightSteps(items: HighlightItem[], win: Window, signal: AbortSignal): Steps<void> {
  if (signal.aborted || items.length === 0) return;
  if (hasHighlightApi(win)) yield* registerHighlightsSteps(items, win, signal);
  else wrapMarks(items, signal);
}

export function highlight(items: HighlightItem[], win: Window, signal: AbortSignal): void {
  if (signal.aborted || items.length === 0) return;
  if (hasHighlightApi(win)) registerHighlights(items, win, signal);
  else wrapMarks(items, signal);
}
