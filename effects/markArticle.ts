// Marks the detected story's root with data-lede="article" until the signal aborts.

export function markArticle(root: Element, signal: AbortSignal): void {
  if (signal.aborted) return;
  root.setAttribute('data-lede', 'article');
  signal.addEventListener('abort', () => root.removeAttribute('data-lede'), { once: true });
}
