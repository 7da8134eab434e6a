// How the page gets its analysis. The page reads itself and hands that over to be analysed
// elsewhere (the extension's background, whose code stays warm from page to page, off the page's
// main thread): its markup first, one native call; where the markup cannot be read or its answer
// not found on the page, its snapshot read node by node. The page itself never runs the
// analysis: where nothing answers, it stays as it is. Reading the page, handing it over and
// finding the answer's nodes are the page's work: they count in `readMs`.

import { MAX_MARKUP_CHARS, type MarkupRequest, type PageAnswer, type PageRequest } from './handover';
import { emptyAnalysis, liveAnalysisSteps, type PageAnalysis } from './page/liveAnswer';
import { type ReadPage, readMarkup, readPageSteps } from './page/readPage';
import { recordSlice, runInSlices, type SliceScope, type SliceStats, Superseded } from './slices';

/** Analyses what the page hands over, elsewhere; rejects where it cannot. */
export type PageAnalyser = (request: PageRequest | MarkupRequest) => Promise<PageAnswer>;

/**
 * Pages of up to so many elements are serialized, in one native call (a 20,000-paragraph
 * article's 20,000 elements take about 25 ms here), and up to MAX_MARKUP_CHARS of markup sent.
 */
const MAX_MARKUP_ELEMENTS = 40_000;

/**
 * Largest snapshot handed over, in characters (text, class names, and about 16 for each node's
 * other fields): the browser copies a message in one task, and a snapshot is many small strings.
 */
export const MAX_SNAPSHOT_CHARS = 256 * 1024;

/** Why a page got no analysis: nothing answered, or it is too large to hand over. */
export class Unanswered extends Error {
  constructor(readonly reason: 'no-answer' | 'too-large') {
    super(reason === 'no-answer' ? 'the background did not answer' : 'the page is too large to hand over');
  }
}

/** One analysis of a page: where it runs, how it yields, and whether a newer one took over. */
export interface Route {
  doc: Document;
  url: string;
  now: () => number;
  /** The page's window, whose tasks the slices run between. */
  scope: SliceScope;
  elsewhere: PageAnalyser;
  stale: () => boolean;
  stats: SliceStats;
}

/**
 * Hands a request over and finds the answer's nodes; null (and a debug line saying `why`) when
 * either fails. Handing over counts in `readMs`; `backgroundMs` says how much of the work ran
 * there, `roundTripMs` how long the page waited, its thread free.
 */
async function handOver(route: Route, request: PageRequest | MarkupRequest, read: ReadPage, why: string): Promise<PageAnalysis | null> {
  const { now, scope, stale, stats } = route;
  const sent = now();
  try {
    const answering = route.elsewhere(request);
    const sendMs = now() - sent;
    read.readMs += sendMs;
    const answer = await answering;
    if (stale()) throw new Superseded();
    const analysed = await runInSlices(liveAnalysisSteps(read, answer, now), scope, stale, stats);
    const timings = analysed.analysis.timings;
    timings.backgroundMs = answer.analysis.timings.totalMs;
    timings.roundTripMs = now() - sent;
    timings.sendMs = sendMs;
    return analysed;
  } catch (error) {
    if (error instanceof Superseded) throw error;
    console.debug(`Lede: ${why}`, error);
    return null;
  }
}

/**
 * The page's analysis: from its markup, else from its snapshot. Rejects with Superseded when a
 * newer run starts, and with Unanswered when nothing answers or the page is too large to send.
 */
export async function analyseSliced(route: Route): Promise<PageAnalysis> {
  const { doc, url, now, scope, stale, stats } = route;
  // One native call: no steps to pause between.
  const m0 = now();
  const markup = readMarkup(doc, url, MAX_MARKUP_ELEMENTS, now);
  recordSlice(stats, now() - m0);
  const markupRead: ReadPage | null = markup && {
    signals: markup.request.signals,
    request: null,
    root: markup.root,
    nodes: [],
    chars: 0,
    readMs: markup.readMs,
  };
  if (markup && markupRead && markup.request.markup.length <= MAX_MARKUP_CHARS) {
    const analysed = await handOver(
      route,
      markup.request,
      markupRead,
      'the markup was not answered or its answer not found; reading the page node by node',
    );
    if (analysed) return analysed;
  }
  // Node by node; what reading (and handing over) the markup cost still counts.
  const read = await runInSlices(readPageSteps(doc, url, now, markupRead ?? undefined), scope, stale, stats);
  if (!read.request) return emptyAnalysis(read, url);
  if (read.chars + read.nodes.length * 16 > MAX_SNAPSHOT_CHARS) throw new Unanswered(markup ? 'no-answer' : 'too-large');
  const analysed = await handOver(route, read.request, read, 'the snapshot was not answered');
  if (analysed) return analysed;
  throw new Unanswered('no-answer');
}
