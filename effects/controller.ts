// Lede on one page: has it analysed (core/analysisRoute.ts), puts on the page the effects the
// reader's toggles want (effects/pageEffects.ts), and takes them off again. No extension APIs
// here: the content script wires this to messages and to the background that analyses.

import { analyseSliced, type PageAnalyser } from '../core/analysisRoute';
import type { Marks } from '../core/handover';
import { KINDS } from '../core/kinds/registry';
import type { PageAnalysis } from '../core/page/liveAnswer';
import { recordSlice, runInSlices, type SliceStats, Superseded } from '../core/slices';
import { runToEnd, STEP, type Steps } from '../core/steps';
import type { Analysis } from '../core/types';
import { hasHighlightApi } from './highlight';
import type { HighlightSpan } from './highlightSpan';
import { type Applied, type EffectTarget, PAGE_EFFECTS, type PageEffect, type Toggles } from './pageEffects';
import { rangeFor } from './ranges';
import { reveal } from './reveal';

export type { Toggles };

export interface LedeController {
  /**
   * Has the page analysed (again) and applies the toggles, in slices between the page's own
   * tasks; page changes happen in one last slice, run through `quiet`. Rejects with Superseded
   * when a newer run starts first, and with Unanswered when the page gets no analysis.
   */
  runSliced(quiet?: <T>(change: () => T) => T): Promise<Analysis>;
  set(toggles: Partial<Toggles>): Analysis;
  /** Which kinds are highlighted (all by default); re-highlights when they change. */
  setKinds(kinds: readonly string[]): void;
  /** Scrolls to and flashes the `index`-th company, figure, or span of a kind with its own recogniser. */
  reveal(kind: string, index: number): boolean;
  /** The analysis as the page is now; `pending` until the first run. */
  snapshot(): Analysis;
  toggles(): Toggles;
  /** The detected article's root element, or null. */
  root(): Element | null;
  /** Whether the analysis' lists were kept in the background (a very long article): `snapshot()` then has none. */
  kept(): boolean;
  /** The article root's text when it was last analysed, or null: the watcher compares it after a new address. */
  analysedText(): string | null;
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

/** Where `reveal` goes: a company's first mention, a figure, or the n-th span of a kind of its own. */
function spanToReveal(marks: Marks, kind: string, index: number): { start: number; end: number } | null {
  const pair = (at: number[]): { start: number; end: number } | null =>
    (at[2 * index] ?? -1) >= 0 && at[2 * index + 1] !== undefined
      ? { start: at[2 * index] as number, end: at[2 * index + 1] as number }
      : null;
  if (kind === 'company') return pair(marks.companyAt);
  if (kind === 'figure') return pair(marks.figureAt);
  const k = marks.kinds.indexOf(kind);
  for (let i = 0, n = 0; k >= 0 && i < marks.spans.length; i += 3) {
    if (marks.spans[i] === k && n++ === index) return { start: marks.spans[i + 1] as number, end: marks.spans[i + 2] as number };
  }
  return null;
}

/** The spans to highlight, of the kinds the reader chose: tens of thousands on a long article. */
function* highlightSpansSteps(marks: Marks, enabled: ReadonlySet<string>): Steps<HighlightSpan[]> {
  const chosen = marks.kinds.map((kind) => enabled.has(kind));
  const spans: HighlightSpan[] = [];
  for (let i = 0; i < marks.spans.length; i += 3) {
    const k = marks.spans[i] as number;
    if (chosen[k]) spans.push({ kind: marks.kinds[k] as string, start: marks.spans[i + 1] as number, end: marks.spans[i + 2] as number });
    if (i % (3 * STEP) === 3 * STEP - 3) yield;
  }
  return spans;
}

export function createController(
  doc: Document,
  url: () => string,
  initial: Toggles,
  elsewhere: PageAnalyser,
  initialKinds: readonly string[] = KINDS.map((k) => k.id),
): LedeController {
  const win = doc.defaultView as Window & typeof globalThis;
  const now = (): number => win.performance.now();
  let state: Toggles = { ...initial };
  let kinds = new Set(initialKinds);
  let page: PageAnalysis | null = null;
  let analysedText: string | null = null;
  let analyses = 0;
  // The effects on the page now: each undone by aborting its controller.
  const on = new Map<PageEffect['id'], { controller: AbortController; applied: Applied }>();

  const hidden = (): number => on.get('cleanup')?.applied.hidden ?? 0;
  // The address is the page's now: a new one whose story reads the same is not analysed again.
  const current = (): Analysis =>
    page
      ? { ...page.analysis, url: url(), hidden: hidden(), toggles: { ...state }, analyses }
      : { ...PENDING, url: url(), title: doc.title, toggles: { ...state }, analyses };
  const spansSteps = (p: PageAnalysis): Steps<HighlightSpan[]> => highlightSpansSteps(p.marks, kinds);

  /**
   * Puts on the effects the toggles want and takes off those they do not. `prepared`: the spans
   * to highlight, gathered ahead in slices. Returns the work the effects left for later: the
   * caller runs it in slices, or at once.
   */
  const apply = (prepared: HighlightSpan[] | null = null): Array<Steps<void>> => {
    const article = page?.article;
    if (!page || !article) return [];
    const later: Array<Steps<void>> = [];
    const t0 = now();
    const target: EffectTarget = {
      doc,
      win,
      page: { ...page, article },
      spans: () => prepared ?? runToEnd(spansSteps(page as PageAnalysis)),
    };
    for (const effect of PAGE_EFFECTS) {
      const active = on.get(effect.id);
      if (effect.wanted(state) && !active) {
        const controller = new AbortController();
        const applied = effect.apply(target, controller.signal);
        on.set(effect.id, { controller, applied });
        if (applied.steps) later.push(applied.steps);
      } else if (!effect.wanted(state) && active) {
        active.controller.abort();
        on.delete(effect.id);
      }
    }
    page.analysis.timings.applyMs = now() - t0;
    return later;
  };

  const undoAll = (): void => {
    for (const { controller } of on.values()) controller.abort();
    on.clear();
  };

  // Each run supersedes the one before; a sliced run still in progress then stops.
  let generation = 0;

  return {
    async runSliced(quiet = (change) => change()) {
      const mine = ++generation;
      analyses++;
      const stale = (): boolean => mine !== generation;
      const stats: SliceStats = { slices: 0, longestSliceMs: 0, busyMs: 0 };
      const started = now();
      const next = await analyseSliced({ doc, url: url(), now, scope: win, elsewhere, stale, stats });
      const busyBeforeRanges = stats.busyMs;
      const spans = state.highlight && next.article ? await runInSlices(spansSteps(next), win, stale, stats) : null;
      if (stale()) throw new Superseded();
      const t0 = now();
      const later = quiet(() => {
        undoAll();
        page = next;
        analysedText = next.article?.root.textContent ?? null;
        return apply(spans);
      });
      const applied = now() - t0;
      // Highlight ranges go in a few dozen at a time; the <mark> fallback changes the page's
      // nodes, so it runs at once, quietly.
      for (const steps of later) {
        if (hasHighlightApi(win)) await runInSlices(steps, win, stale, stats);
        else {
          const m0 = now();
          quiet(() => runToEnd(steps));
          recordSlice(stats, now() - m0);
        }
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
    set(toggles) {
      state = { ...state, ...toggles };
      for (const steps of apply()) runToEnd(steps);
      return current();
    },
    setKinds(next) {
      const changed = next.length !== kinds.size || next.some((k) => !kinds.has(k));
      kinds = new Set(next);
      const highlights = on.get('highlight');
      if (changed && highlights) {
        highlights.controller.abort();
        on.delete('highlight');
        for (const steps of apply()) runToEnd(steps);
      }
    },
    reveal(kind, index) {
      if (!page?.article) return false;
      const span = spanToReveal(page.marks, kind, index);
      const range = span && rangeFor(doc, page.article.extracted.runs, span.start, span.end);
      if (!range) return false;
      reveal(range, win);
      return true;
    },
    snapshot: current,
    toggles: () => ({ ...state }),
    root: () => page?.article?.root ?? null,
    kept: () => page?.kept === true,
    analysedText: () => analysedText,
    stop() {
      generation++;
      undoAll();
    },
  };
}
