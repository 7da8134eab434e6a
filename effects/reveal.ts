// Scrolls an item into view and flashes it for a moment.

import { HIGHLIGHT_PREFIX, hasHighlightApi } from './highlight';

const FLASH_MS = 1600;
const FLASH = `${HIGHLIGHT_PREFIX}flash`;

export function reveal(range: Range, win: Window): void {
  const start = range.startContainer;
  const element = (start.nodeType === 1 ? start : start.parentElement) as Element | null;
  element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  if (hasHighlightApi(win)) {
    const api = win as unknown as { CSS: { highlights: Map<string, unknown> }; Highlight: new (r: Range) => unknown };
    api.CSS.highlights.set(FLASH, new api.Highlight(range));
    win.setTimeout(() => api.CSS.highlights.delete(FLASH), FLASH_MS);
    return;
  }
  const mark = element?.closest('mark[data-lede-mark]');
  if (!mark) return;
  mark.setAttribute('data-lede-flash', '');
  win.setTimeout(() => mark.removeAttribute('data-lede-flash'), FLASH_MS);
}
