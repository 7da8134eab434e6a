// Lede on one page: analyses it, applies the effects the reader has switched on (mark, hide,
// highlight), and undoes them. Every effect hangs off one AbortController per toggle, so turning
// a toggle off is one abort() and the page is exactly as before. No extension APIs here: the
// content script wires this to messages.

import { analyzeDocument, type PageAnalysis } from '../core/analyze';
import type { Analysis } from '../core/types';
import { hideBoilerplate } from './hideBoilerplate';
import { HIGHLIGHT_KINDS, type HighlightItem, type HighlightKind, highlight } from './highlight';
import { markArticle } from './markArticle';
import { rangeFor } from './ranges';
import { reveal } from './reveal';

export interface Toggles {
  highlight: boolean;
  cleanup: boolean;
}

export interface LedeController {
  /** Analyses the page (again) and applies the toggles. */
  run(): Analysis;
  set(toggles: Partial<Toggles>): Analysis;
  /** Which kinds are highlighted (all by default); re-highlights when they change. */
  setKinds(kinds: readonly HighlightKind[]): void;
  reveal(kind: 'company' | 'figure', index: number): boolean;
  /** The analysis as the page is now; `pending` until the first run. */
  snapshot(): Analysis;
  toggles(): Toggles;
  /** The detected article's root element, or null. */
  root(): Element | null;
  /** Undoes everything. */
  stop(): void;
}

const PENDING: Analysis = {
  url: '',
  title: '',
  lang: '',
  article: null,
  hidden: 0,
  companies: [],
  figures: [],
  summary: [],
  timings: { totalMs: 0 },
  pending: true,
};

export function createController(
  doc: Document,
  url: () => string,
  initial: Toggles,
  initialKinds: readonly HighlightKind[] = HIGHLIGHT_KINDS,
): LedeController {
  const win = doc.defaultView as Window & typeof globalThis;
  let state: Toggles = { ...initial };
  let kinds = new Set<HighlightKind>(initialKinds);
  let page: PageAnalysis | null = null;
  let hidden = 0;
  let marker: AbortController | null = null;
  let cleanup: AbortController | null = null;
  let highlights: AbortController | null = null;

  const current = (): Analysis =>
    page ? { ...page.analysis, hidden, toggles: { ...state } } : { ...PENDING, url: url(), title: doc.title, toggles: { ...state } };

  const highlightItems = (p: PageAnalysis): HighlightItem[] => {
    const runs = p.article?.extracted.runs ?? [];
    const items: HighlightItem[] = [];
    if (kinds.has('company')) {
      for (const m of p.mentions) {
        const range = rangeFor(doc, runs, m.start, m.end);
        if (range) items.push({ kind: 'company', range });
      }
    }
    for (const f of p.analysis.figures) {
      if (!kinds.has(f.kind as HighlightKind)) continue;
      const range = rangeFor(doc, runs, f.start, f.end);
      if (range) items.push({ kind: f.kind as HighlightKind, range });
    }
    return items;
  };

  const apply = (): void => {
    const article = page?.article;
    if (!page || !article) return;
    const t0 = win.performance.now();
    if ((state.cleanup || state.highlight) && !marker) {
      marker = new AbortController();
      markArticle(article.root, marker.signal);
    }
    if (state.cleanup && !cleanup) {
      cleanup = new AbortController();
      hidden = hideBoilerplate(page.boilerplate, article.root, cleanup.signal);
    }
    if (state.highlight && !highlights) {
      highlights = new AbortController();
      highlight(highlightItems(page), win, highlights.signal);
    }
    if (!state.cleanup && cleanup) {
      cleanup.abort();
      cleanup = null;
      hidden = 0;
    }
    if (!state.highlight && highlights) {
      highlights.abort();
      highlights = null;
    }
    if (!state.cleanup && !state.highlight && marker) {
      marker.abort();
      marker = null;
    }
    page.analysis.timings.applyMs = win.performance.now() - t0;
  };

  const undoAll = (): void => {
    for (const c of [highlights, cleanup, marker]) c?.abort();
    highlights = cleanup = marker = null;
    hidden = 0;
  };

  return {
    run() {
      undoAll();
      page = analyzeDocument(doc, { url: url(), now: () => win.performance.now() });
      apply();
      // When the page was last analysed, on the page's clock (performance.now()).
      page.analysis.timings.at = win.performance.now();
      return current();
    },
    set(toggles) {
      state = { ...state, ...toggles };
      apply();
      return current();
    },
    setKinds(next) {
      const changed = next.length !== kinds.size || next.some((k) => !kinds.has(k));
      kinds = new Set(next);
      if (changed && highlights) {
        highlights.abort();
        highlights = null;
        apply();
      }
    },
    reveal(kind, index) {
      if (!page?.article) return false;
      const span = kind === 'company' ? page.analysis.companies[index]?.mentions[0] : page.analysis.figures[index];
      const range = span && rangeFor(doc, page.article.extracted.runs, span.start, span.end);
      if (!range) return false;
      reveal(range, win);
      return true;
    },
    snapshot: current,
    toggles: () => ({ ...state }),
    root: () => page?.article?.root ?? null,
    stop: undoAll,
  };
}
