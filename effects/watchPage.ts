// Keeps Lede's view of a living page current: one MutationObserver that asks for a new analysis
// when the story changes — paragraphs added to or removed from the article, the article node
// replaced, a single-page app navigating to another story, or (before any article was found) a
// story rendered by script after load. Lede's own changes do not count: the caller runs its
// effects through `quiet`, which takes the observer off the page while they happen.
//
// A busy page must not keep Lede busy: a change waits for the page to settle, but never longer
// than MAX_WAIT_MS (a ticker that never stops must not hold back late paragraphs); analyses are
// capped per window of time (the rest wait for the window, they are not dropped); and a new
// address whose story reads the same (a clock in the query string) costs nothing.

/** Changes smaller than this many characters of text (a ticker, a clock) are not worth a new analysis. */
const MIN_TEXT_CHANGE = 40;
/**
 * How long after load (or navigation) a page without an article is watched for one to arrive;
 * after that only navigation counts, so a busy web app is not analysed again and again.
 */
const ARRIVAL_WINDOW_MS = 10_000;
/** Waits for the page to settle before analysing: appended paragraphs arrive in bursts. */
export const WATCH_DEBOUNCE_MS = 200;
/** The longest a change waits while the page keeps changing. */
export const MAX_WAIT_MS = 1500;
/** At most so many analyses in any window of so long. */
export const MAX_RUNS = 4;
export const RUN_WINDOW_MS = 10_000;

export interface PageWatcher {
  /** Runs Lede's own page changes without the observer seeing them. */
  quiet<T>(change: () => T): T;
}

/** What the watcher asks of the story it watches. */
export interface WatchedStory {
  /** The article's root element, or null before one was found. */
  root(): Element | null;
  /** The root's text when it was last analysed: a new address that leaves it so needs no analysis. */
  analysedText(): string | null;
}

function textLength(node: Node): number {
  return node.nodeType === 1 || node.nodeType === 3 ? (node.textContent ?? '').trim().length : 0;
}

export function watchPage(doc: Document, story: WatchedStory, onChange: (reason: string) => void, signal: AbortSignal): PageWatcher {
  const win = doc.defaultView as Window;
  let url = win.location.href;
  let since = Date.now();
  let timer = 0;
  let pending = '';
  /** When the change now waiting first arrived. */
  let waitingSince = 0;
  /** When the last analyses started, newest last. */
  const runs: number[] = [];

  const fire = (): void => {
    const why = pending;
    pending = '';
    waitingSince = 0;
    if (signal.aborted) return;
    runs.push(Date.now());
    if (runs.length > MAX_RUNS) runs.shift();
    onChange(why);
  };

  const schedule = (reason: string): void => {
    const now = Date.now();
    pending ||= reason;
    waitingSince ||= now;
    win.clearTimeout(timer);
    // Settle, but not past the longest wait, and not before the window lets another run start.
    const settle = Math.min(WATCH_DEBOUNCE_MS, Math.max(0, waitingSince + MAX_WAIT_MS - now));
    const oldest = runs.length >= MAX_RUNS ? (runs[0] as number) : Number.NEGATIVE_INFINITY;
    timer = win.setTimeout(fire, Math.max(settle, oldest + RUN_WINDOW_MS - now));
  };

  /** A new address counts only where the story on it reads differently (or is gone). */
  const navigated = (): string => {
    const root = story.root();
    const analysed = story.analysedText();
    if (root?.isConnected && analysed !== null && root.textContent === analysed) return '';
    return 'navigation';
  };

  const relevant = (records: MutationRecord[]): string => {
    if (win.location.href !== url) {
      url = win.location.href;
      since = Date.now();
      const reason = navigated();
      if (reason) return reason;
    }
    const root = story.root();
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
    if (win.location.href === url) return;
    url = win.location.href;
    since = Date.now();
    const reason = navigated();
    if (reason) schedule(reason);
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
        // Lede's own changes are not the page's: what they did to the address stays seen.
        if (win.location.href !== url) {
          since = Date.now();
          url = win.location.href;
        }
        if (!signal.aborted) start();
      }
    },
  };
}
