// Lede on one page: analyses it, applies the effects the reader has switched on (mark, hide,
// highlight), and undoes them. Every effect hangs off one AbortController per toggle, so turning
// a toggle off is one abort() and the page is exactly as before. No extension APIs here: the
// content script wires this to messages.

import {
  analyzeDocument,
  answerSteps,
  liveAnalysis,
  liveAnalysisSteps,
  type MarkupRequest,
  type PageAnalysis,
  type PageAnswer,
  type PageRequest,
  type ReadPage,
  readMarkup,
  readPageSteps,
} from '../core/analyze';
import { runToEnd, STEP, type Steps } from '../core/steps';
import type { Analysis } from '../core/types';
import { hideBoilerplate } from './hideBoilerplate';
import {
  HIGHLIGHT_KINDS,
  type HighlightKind,
  type HighlightSpan,
  hasHighlightApi,
  highlight,
  highlightSteps,
  type RangeOf,
} from './highlight';
import { markArticle } from './markArticle';
import { rangeFor } from './ranges';
import { reveal } from './reveal';
import { recordSlice, runInSlices, type SliceStats, Superseded } from './slices';

export interface Toggles {
  highlight: boolean;
  cleanup: boolean;
}

export interface LedeController {
  /** Analyses the page (again) and applies the toggles, in one task. */
  run(): Analysis;
  /**
   * The same in slices between the page's own tasks; page changes happen in one last slice,
   * run through `quiet`. Rejects with Superseded when a newer run starts first.
   */
  runSliced(quiet?: <T>(change: () => T) => T): Promise<Analysis>;
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

/**
 * Runs the analysis of the page's snapshot somewhere other than the page's main thread (the
 * content script passes the extension's background, where the code is warm). It may fail; the
 * page then does the work itself.
 */
export type PageAnalyser = (request: PageRequest | MarkupRequest) => Promise<PageAnswer>;

/**
 * Largest snapshot handed elsewhere, in characters (text, class names, and about 16 for each
 * node's other fields). The browser passes a message, and the answer back, in one task each way;
 * for a page much longer than any news story that task alone could freeze the page, so such
 * pages are read here, in slices.
 */
export const MAX_SNAPSHOT_ELSEWHERE = 256 * 1024;

/**
 * The same for the page's markup, which is handed over first (see core/page/locate.ts): pages of
 * up to so many elements are serialized, in one native call, and up to so many characters of
 * markup sent; script and svg make markup longer than a snapshot.
 */
export const MAX_MARKUP_ELEMENTS = 12_000;
export const MAX_MARKUP_ELSEWHERE = 1024 * 1024;

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
  elsewhere: PageAnalyser | null = null,
): LedeController {
  const win = doc.defaultView as Window & typeof globalThis;
  const now = (): number => win.performance.now();
  let state: Toggles = { ...initial };
  let kinds = new Set<HighlightKind>(initialKinds);
  let page: PageAnalysis | null = null;
  let hidden = 0;
  let marker: AbortController | null = null;
  let cleanup: AbortController | null = null;
  let highlights: AbortController | null = null;

  const current = (): Analysis =>
    page ? { ...page.analysis, hidden, toggles: { ...state } } : { ...PENDING, url: url(), title: doc.title, toggles: { ...state } };

  /** The spans to highlight, of the kinds the reader chose (a long article has tens of thousands). */
  function* highlightSpansSteps(p: PageAnalysis): Steps<HighlightSpan[]> {
    const spans: HighlightSpan[] = [];
    let work = 0;
    if (kinds.has('company')) {
      for (const m of p.mentions) {
        spans.push({ kind: 'company', start: m.start, end: m.end });
        if (++work % STEP === 0) yield;
      }
    }
    for (const f of p.analysis.figures) {
      if (!kinds.has(f.kind as HighlightKind)) continue;
      spans.push({ kind: f.kind as HighlightKind, start: f.start, end: f.end });
      if (++work % STEP === 0) yield;
    }
    return spans;
  }

  /**
   * Applies the toggles to the page. `prepared`: the spans to highlight, gathered ahead in slices;
   * with `later`, highlights are returned as steps for the caller to run in slices instead.
   */
  const apply = (prepared: HighlightSpan[] | null = null, later = false): Steps<void> | null => {
    const article = page?.article;
    if (!page || !article) return null;
    let deferred: Steps<void> | null = null;
    const t0 = now();
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
      const spans = prepared ?? runToEnd(highlightSpansSteps(page));
      const runs = article.extracted.runs;
      const rangeOf: RangeOf = (span) => rangeFor(doc, runs, span.start, span.end);
      if (later) deferred = highlightSteps(spans, rangeOf, win, highlights.signal);
      else highlight(spans, rangeOf, win, highlights.signal);
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
    page.analysis.timings.applyMs = now() - t0;
    return deferred;
  };

  const undoAll = (): void => {
    for (const c of [highlights, cleanup, marker]) c?.abort();
    highlights = cleanup = marker = null;
    hidden = 0;
  };

  // Each run supersedes the one before; a sliced run still in progress then stops.
  let generation = 0;

  /** The analysis from an answer given elsewhere, on the live page, with where its time went. */
  const finish = async (
    read: ReadPage,
    answer: PageAnswer,
    sent: number,
    sendMs: number,
    stats: SliceStats,
    stale: () => boolean,
  ): Promise<PageAnalysis> => {
    const analysed = await runInSlices(liveAnalysisSteps(read, answer, url(), now), win, stale, stats);
    const text = answer.text?.timings;
    analysed.analysis.timings.backgroundMs = answer.detectMs + (answer.parseMs ?? 0) + (text ? text.entitiesMs + text.summaryMs : 0);
    analysed.analysis.timings.roundTripMs = now() - sent;
    analysed.analysis.timings.sendMs = sendMs;
    return analysed;
  };

  /**
   * Hands a request over and finishes the analysis from the answer; null (and a debug line saying
   * `why`) when that fails, and the page reads itself another way. Handing over counts in `readMs`.
   */
  const handOver = async (
    analyser: PageAnalyser,
    request: PageRequest | MarkupRequest,
    read: ReadPage,
    stats: SliceStats,
    stale: () => boolean,
    why: string,
  ): Promise<PageAnalysis | null> => {
    const sent = now();
    try {
      const answering = analyser(request);
      const sendMs = now() - sent;
      read.readMs += sendMs;
      const answer = await answering;
      if (stale()) throw new Superseded();
      return await finish(read, answer, sent, sendMs, stats, stale);
    } catch (error) {
      if (error instanceof Superseded) throw error;
      console.debug(`Lede reads this page another way: ${why}`, error);
      return null;
    }
  };

  /**
   * The analysis of a sliced run: away from the page when it can be (`backgroundMs` says how much
   * of the work ran there, `roundTripMs` how long the page waited, free), from the page's markup
   * first, else from its snapshot; else here in slices. Reading the page, handing it over and
   * finding the answer's nodes are the page's work: they count in `readMs`.
   */
  const analyse = async (stale: () => boolean, stats: SliceStats): Promise<PageAnalysis> => {
    let markup: ReturnType<typeof readMarkup> = null;
    if (elsewhere) {
      // One native call: no steps to pause between.
      const m0 = now();
      markup = readMarkup(doc, MAX_MARKUP_ELEMENTS, now);
      recordSlice(stats, now() - m0);
    }
    const markupRead: ReadPage | null = markup && {
      signals: markup.request.signals,
      request: null,
      root: markup.root,
      nodes: [],
      chars: 0,
      readMs: markup.readMs,
    };
    if (elsewhere && markup && markupRead && markup.request.markup.length <= MAX_MARKUP_ELSEWHERE) {
      const analysed = await handOver(elsewhere, markup.request, markupRead, stats, stale, 'the background could not read its markup');
      if (analysed) return analysed;
    }
    // Node by node; what reading (and handing over) the markup cost still counts.
    const read = await runInSlices(readPageSteps(doc, now, markupRead ?? undefined), win, stale, stats);
    const request = read.request;
    if (!request) return liveAnalysis(read, null, url(), now);
    if (elsewhere && read.chars + read.nodes.length * 16 <= MAX_SNAPSHOT_ELSEWHERE) {
      const analysed = await handOver(elsewhere, request, read, stats, stale, 'its background did not answer');
      if (analysed) return analysed;
    }
    const answer = await runInSlices(answerSteps(request, now), win, stale, stats);
    return runInSlices(liveAnalysisSteps(read, answer, url(), now), win, stale, stats);
  };

  return {
    async runSliced(quiet = (change) => change()) {
      const mine = ++generation;
      const stale = (): boolean => mine !== generation;
      const stats: SliceStats = { slices: 0, longestSliceMs: 0, busyMs: 0 };
      const started = now();
      const next = await analyse(stale, stats);
      const busyBeforeRanges = stats.busyMs;
      const spans = state.highlight && next.article ? await runInSlices(highlightSpansSteps(next), win, stale, stats) : null;
      if (stale()) throw new Superseded();
      const t0 = now();
      const highlighting = quiet(() => {
        undoAll();
        page = next;
        return apply(spans, true);
      });
      const applied = now() - t0;
      // Highlight ranges go in a few dozen at a time; the <mark> fallback changes the page's
      // nodes, so it runs at once, quietly.
      if (highlighting && hasHighlightApi(win)) await runInSlices(highlighting, win, stale, stats);
      else if (highlighting) {
        const m0 = now();
        quiet(() => runToEnd(highlighting));
        recordSlice(stats, now() - m0);
      }
      const timings = next.analysis.timings;
      // Applying: the one slice that changes the page, plus building and adding the highlights.
      timings.applyMs = (timings.applyMs ?? 0) + (stats.busyMs - busyBeforeRanges);
      timings.slices = stats.slices + 1;
      timings.longestSliceMs = Math.max(stats.longestSliceMs, applied);
      timings.wallMs = now() - started;
      timings.at = now();
      return current();
    },
    run() {
      generation++;
      undoAll();
      page = analyzeDocument(doc, { url: url(), now });
      apply();
      // When the page was last analysed, on the page's clock (performance.now()).
      page.analysis.timings.at = now();
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
    stop() {
      generation++;
      undoAll();
    },
  };
}
