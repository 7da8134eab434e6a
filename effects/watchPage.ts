// Keeps Lede's view of a living page current: one MutationObserver, debounced, that asks for a
// new analysis when the story changes — paragraphs added to or removed from the article, the
// article node replaced, a single-page app navigating to another URL, or (before any article was
// found) a story rendered by script after load. Lede's own changes do not count: the caller runs
// its effects through `quiet`, which takes the observer off the page while they happen.

/** Changes smaller than this many characters of text (a ticker, a clock) are not worth a new analysis. */
const MIN_TEXT_CHANGE = 40;
/**
 * How long after load (or navigation) a page without an article is watched for one to arrive;
 * after that only navigation counts, so a busy web app is not analysed again and again.
 */
const ARRIVAL_WINDOW_MS = 10_000;
/** Waits for the page to settle before analysing: appended paragraphs arrive in bursts. */
const WATCH_DEBOUNCE_MS = 200;

export interface PageWatcher {
  /** Runs Lede's own page changes without the observer seeing them. */
  quiet<T>(change: () => T): T;
}

function textLength(node: Node): number {
  return node.nodeType === 1 || node.nodeType === 3 ? (node.textContent ?? '').trim().length : 0;
}

export function watchPage(
  doc: Document,
  articleRoot: () => Element | null,
  onChange: (reason: string) => void,
  signal: AbortSignal,
): PageWatcher {
  const win = doc.defaultView as Window;
  let url = win.location.href;
  let since = Date.now();
  let timer = 0;
  let pending = '';

  const schedule = (reason: string): void => {
    pending ||= reason;
    win.clearTimeout(timer);
    timer = win.setTimeout(() => {
      const why = pending;
      pending = '';
      if (!signal.aborted) onChange(why);
    }, WATCH_DEBOUNCE_MS);
  };

  const relevant = (records: MutationRecord[]): string => {
    if (win.location.href !== url) return 'navigation';
    const root = articleRoot();
    if (root && !root.isConnected) return 'article replaced';
    if (!root && Date.now() - since > ARRIVAL_WINDOW_MS) return '';
    let changed = 0;
    for (const record of records) {
      // Without an article yet, any text may be the story arriving; with one, only its own.
      if (root && !root.contains(record.target)) continue;
      if (record.type === 'characterData') changed += Math.abs((record.target.textContent ?? '').length - (record.oldValue ?? '').length);
      for (const node of record.addedNodes) changed += textLength(node);
      for (const node of record.removedNodes) changed += textLength(node);
      if (changed >= MIN_TEXT_CHANGE) return root ? 'article changed' : 'content arrived';
    }
    return '';
  };

  const observer = new MutationObserver((records) => {
    const reason = relevant(records);
    if (reason) schedule(reason);
  });
  const options: MutationObserverInit = { childList: true, subtree: true, characterData: true, characterDataOldValue: true };
  const start = (): void => observer.observe(doc.body ?? doc.documentElement, options);
  const onNavigation = (): void => {
    if (win.location.href !== url) schedule('navigation');
  };

  start();
  win.addEventListener('popstate', onNavigation);
  win.addEventListener('hashchange', onNavigation);
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      win.clearTimeout(timer);
      win.removeEventListener('popstate', onNavigation);
      win.removeEventListener('hashchange', onNavigation);
    },
    { once: true },
  );

  return {
    quiet(change) {
      observer.disconnect();
      try {
        return change();
      } finally {
        if (win.location.href !== url) since = Date.now();
        url = win.location.href;
        if (!signal.aborted) start();
      }
    },
  };
}
