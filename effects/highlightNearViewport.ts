// Highlights on a very long page: only the spans near the viewport have ranges in the registered
// highlights, and they follow the reader as they scroll. Chromium rebuilds the marks of every
// registered range in each frame after a DOM or style change, so with tens of thousands of ranges
// every such frame took a few hundred milliseconds; and a live range costs the page a little on
// every DOM change. Near the viewport there are a few hundred.

import { STEP, type Steps } from '../core/steps';
import type { HighlightItem, HighlightSpan, RangeOf, RangeSet } from './highlightSpan';

/** Spans are grouped by this much of the article's text: about a screen of it. */
const GROUP_CHARS = 4000;

/** How far beyond the viewport, above and below, highlights are ready: one viewport's height. */
const NEAR = '100% 0px';

interface Group {
  spans: HighlightSpan[];
  /** The element where the group's first span starts: the observer reports it near or not. */
  anchor: Element | null;
  near: boolean;
  /** The group's ranges while they are registered. */
  ranges: HighlightItem[] | null;
}

/**
 * Groups the spans by where they fall in the text, watches the element where each group starts,
 * and keeps registered the ranges of the groups near the viewport. A group reaches from its start
 * to the next group's start, so it is near when its own start or the next one is.
 */
export function* highlightNearViewportSteps(
  spans: readonly HighlightSpan[],
  rangeOf: RangeOf,
  byKind: ReadonlyMap<string, RangeSet>,
  win: Window,
  signal: AbortSignal,
): Steps<void> {
  const byStart = new Map<number, HighlightSpan[]>();
  for (const [i, span] of spans.entries()) {
    const key = Math.floor(span.start / GROUP_CHARS);
    const group = byStart.get(key);
    if (group) group.push(span);
    else byStart.set(key, [span]);
    if (i % STEP === STEP - 1) yield;
  }
  const groups: Group[] = [...byStart.keys()]
    .sort((a, b) => a - b)
    .map((key) => ({ spans: byStart.get(key) as HighlightSpan[], anchor: null, near: false, ranges: null }));
  const byAnchor = new Map<Element, Group[]>();
  for (const [i, group] of groups.entries()) {
    const first = group.spans.reduce((a, b) => (b.start < a.start ? b : a));
    const node = rangeOf(first)?.startContainer;
    group.anchor = node ? (node.nodeType === 1 ? (node as Element) : node.parentElement) : null;
    const sharing = group.anchor && byAnchor.get(group.anchor);
    if (sharing) sharing.push(group);
    else if (group.anchor) byAnchor.set(group.anchor, [group]);
    if (i % STEP === STEP - 1) yield;
  }
  if (signal.aborted) return;

  const show = (group: Group): void => {
    group.ranges = [];
    for (const span of group.spans) {
      const range = rangeOf(span);
      if (!range) continue;
      byKind.get(span.kind)?.add(range);
      group.ranges.push({ kind: span.kind, range });
    }
  };
  const hide = (group: Group): void => {
    for (const { kind, range } of group.ranges ?? []) byKind.get(kind)?.delete(range);
    group.ranges = null;
  };
  const observer = new (win as Window & typeof globalThis).IntersectionObserver(
    (entries) => {
      for (const entry of entries) for (const group of byAnchor.get(entry.target) ?? []) group.near = entry.isIntersecting;
      for (const [i, group] of groups.entries()) {
        const wanted = group.near || (groups[i + 1]?.near ?? false);
        if (wanted && !group.ranges) show(group);
        else if (!wanted && group.ranges) hide(group);
      }
    },
    { rootMargin: NEAR },
  );
  for (const anchor of byAnchor.keys()) observer.observe(anchor);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
