// Hides clutter by marking it with data-lede-hidden="<reason>"; Lede's stylesheet does the hiding,
// so aborting (removing the attributes) gives the page back exactly as it was.

import type { BoilerplateBlock } from '../core/article/detection';

/** Marks the blocks and returns how many were hidden. Never hides the article or an ancestor of it. */
export function hideBoilerplate(blocks: BoilerplateBlock[], articleRoot: Element, signal: AbortSignal): number {
  if (signal.aborted) return 0;
  const marked: Element[] = [];
  for (const { element, reason } of blocks) {
    if (element.contains(articleRoot) || element.hasAttribute('data-lede-hidden')) continue;
    element.setAttribute('data-lede-hidden', reason);
    marked.push(element);
  }
  signal.addEventListener(
    'abort',
    () => {
      for (const el of marked) el.removeAttribute('data-lede-hidden');
    },
    { once: true },
  );
  return marked.length;
}
