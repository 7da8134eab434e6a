// Where a page is analysed. The page reads itself and the analysis runs elsewhere where it can
// (the extension's background, whose code stays warm from page to page, off the page's main
// thread): from the page's markup first, else from its snapshot read node by node; else on the
// page itself, in slices. Reading the page, handing it over and finding the answer's nodes are
// the page's work: they count in `readMs`.

import {
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
} from './analyze';
import { recordSlice, runInSlices, type SliceScope, type SliceStats, Superseded } from './slices';

/**
 * Runs the analysis of the page's snapshot or markup somewhere other than the page's main thread
 * (the content script passes the extension's background). It may fail; the page then reads
 * itself another way.
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
const MAX_MARKUP_ELEMENTS = 12_000;
const MAX_MARKUP_ELSEWHERE = 1024 * 1024;

/** One sliced analysis of a page: where it runs, how it yields, and whether a newer one took over. */
export interface Route {
  doc: Document;
  url: string;
  now: () => number;
  /** The page's window, whose tasks the slices run between. */
  scope: SliceScope;
  elsewhere: PageAnalyser | null;
  stale: () => boolean;
  stats: SliceStats;
}

/** The analysis from an answer given elsewhere, on the live page, with where its time went. */
async function finish(route: Route, read: ReadPage, answer: PageAnswer, sent: number, sendMs: number): Promise<PageAnalysis> {
  const { now } = route;
  const analysed = await runInSlices(liveAnalysisSteps(read, answer, route.url, now), route.scope, route.stale, route.stats);
  const text = answer.text?.timings;
  const timings = analysed.analysis.timings;
  timings.backgroundMs = answer.detectMs + (answer.parseMs ?? 0) + (text ? text.entitiesMs + text.summaryMs : 0);
  timings.roundTripMs = now() - sent;
  timings.sendMs = sendMs;
  return analysed;
}

/**
 * Hands a request over and finishes the analysis from the answer; null (and a debug line saying
 * `why`) when that fails, and the page reads itself another way. Handing over counts in `readMs`.
 */
async function handOver(
  route: Route,
  analyser: PageAnalyser,
  request: PageRequest | MarkupRequest,
  read: ReadPage,
  why: string,
): Promise<PageAnalysis | null> {
  const sent = route.now();
  try {
    const answering = analyser(request);
    const sendMs = route.now() - sent;
    read.readMs += sendMs;
    const answer = await answering;
    if (route.stale()) throw new Superseded();
    return await finish(route, read, answer, sent, sendMs);
  } catch (error) {
    if (error instanceof Superseded) throw error;
    console.debug(`Lede reads this page another way: ${why}`, error);
    return null;
  }
}

/**
 * The page's analysis in slices: away from the page when it can be (`backgroundMs` says how much
 * of the work ran there, `roundTripMs` how long the page waited, free), from the page's markup
 * first, else from its snapshot; else here. Rejects with Superseded when a newer run starts.
 */
export async function analyseSliced(route: Route): Promise<PageAnalysis> {
  const { doc, url, now, scope, elsewhere, stale, stats } = route;
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
    const analysed = await handOver(route, elsewhere, markup.request, markupRead, 'the background could not read its markup');
    if (analysed) return analysed;
  }
  // Node by node; what reading (and handing over) the markup cost still counts.
  const read = await runInSlices(readPageSteps(doc, now, markupRead ?? undefined), scope, stale, stats);
  const request = read.request;
  if (!request) return liveAnalysis(read, null, url, now);
  if (elsewhere && read.chars + read.nodes.length * 16 <= MAX_SNAPSHOT_ELSEWHERE) {
    const analysed = await handOver(route, elsewhere, request, read, 'its background did not answer');
    if (analysed) return analysed;
  }
  const answer = await runInSlices(answerSteps(request, now), scope, stale, stats);
  return runInSlices(liveAnalysisSteps(read, answer, url, now), scope, stale, stats);
}
