// One page in, one analysis out: the pipeline every caller runs (content script, CLI, tests).
// page → snapshot → article → text → figures and companies → summary. Each stage reads only the
// one before. Only the snapshot reads the live document; everything after it reads plain data,
// so the extension may run it away from the page (a `PageRequest` in, a `PageAnswer` out) and
// the page then finds the elements and text nodes the answer names. Away from the page, the
// snapshot may also be read from the page's markup (a `MarkupRequest`): the page then only
// serializes itself, and finds the answer's nodes by where they are (core/page/locate.ts).

import { analyzeTextSteps, type TextAnalysis } from './analyzeText';
import {
  type BoilerplateBlock,
  type DetectedArticle,
  detectInSnapshotSteps,
  liveDetectionSteps,
  type ReaderChoice,
  type SnapshotDetection,
} from './article/detectArticle';
import { type PageSignals, readPageSignals } from './article/pageSignals';
import { type Locators, locatedDetectionSteps, locateSteps } from './page/locate';
import { type PageSnapshot, snapshotSteps } from './page/snapshot';
import { snapshotFromMarkupSteps } from './page/snapshotFromMarkup';
import { type SnapshotTree, treeSteps } from './page/snapshotTree';
import { escapesAttributeMarkup, withoutCode } from './page/withoutCode';
import { performanceNow, runToEnd, type Steps, timed } from './steps';
import type { Analysis, CompanyMention } from './types';

export interface PageAnalysis {
  analysis: Analysis;
  /** The live article (root element and text map), null on pages that are not articles. */
  article: DetectedArticle | null;
  /** Clutter to hide, empty on pages that are not articles. */
  boilerplate: BoilerplateBlock[];
  /** Company mentions in document order (offsets into article.text). */
  mentions: CompanyMention[];
}

/** What the analysis needs from the page: plain data, which may travel as a message. */
export interface PageRequest {
  snapshot: PageSnapshot;
  signals: PageSignals;
}

/** The same, with the page's markup (`body.outerHTML`) for the snapshot. */
export interface MarkupRequest {
  markup: string;
  signals: PageSignals;
}

/** The page read: the request, the live nodes its indices name, and what the page's part cost. */
export interface ReadPage {
  signals: PageSignals;
  request: PageRequest | null;
  /** The snapshot's root, where located answers are found from. */
  root: Element | null;
  nodes: Node[];
  /** Characters of text and markup in the snapshot: what sending it costs. */
  chars: number;
  /** The page's part of the analysis: reading it, handing the snapshot over, finding the answer's nodes. */
  readMs: number;
}

/** The analysis of a request, its elements by snapshot index. */
export interface PageAnswer {
  detection: SnapshotDetection;
  text: TextAnalysis | null;
  detectMs: number;
  /** For a markup request: where the page finds the nodes (the detection's runs are then left out), and the time reading the markup took. */
  located?: Locators;
  parseMs?: number;
}

export interface AnalyzeOptions extends ReaderChoice {
  url?: string;
  /** Clock for timings; performance.now where it exists. */
  now?: () => number;
}

export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}): PageAnalysis {
  const now = options.now ?? performanceNow;
  const page = runToEnd(readPageSteps(doc, now));
  const choice: ReaderChoice = { force: options.force, root: options.root };
  const answer = page.request ? runToEnd(answerSteps(page.request, now, undefined, choice)) : null;
  return runToEnd(liveAnalysisSteps(page, answer, options.url ?? '', now));
}

/** Reads the page: its signals, and the snapshot of `<body>` the detector works on. */
export function* readPageSteps(
  doc: Document,
  now: () => number = performanceNow,
  read?: { signals: PageSignals; readMs: number },
): Steps<ReadPage> {
  let readMs = read?.readMs ?? 0;
  const t0 = now();
  const signals = read?.signals ?? readPageSignals(doc);
  readMs += now() - t0;
  if (!doc.body) return { signals, request: null, root: null, nodes: [], chars: 0, readMs };
  // Reading the page's signals queries the whole document: a step of its own.
  yield;
  const { snapshot, nodes, chars } = yield* timed(snapshotSteps(doc.body), now, (ms) => {
    readMs += ms;
  });
  return { signals, request: { snapshot, signals }, root: doc.body, nodes, chars, readMs };
}

/**
 * The page as markup, for an analysis away from the page: its signals and `body.outerHTML`, one
 * native call, without the scripts' and styles' text (core/page/withoutCode.ts). Null when there
 * is no body, or more than `maxElements` elements (a page that large is read in steps instead:
 * serializing it would be one long task).
 */
export function readMarkup(
  doc: Document,
  maxElements: number,
  now: () => number = performanceNow,
): { request: MarkupRequest; root: Element; readMs: number } | null {
  const t0 = now();
  const body = doc.body;
  if (!body || body.querySelectorAll('*').length > maxElements) return null;
  const signals = readPageSignals(doc);
  const markup = escapesAttributeMarkup(doc) ? withoutCode(body.outerHTML) : body.outerHTML;
  return { request: { markup, signals }, root: body, readMs: now() - t0 };
}

/**
 * Finds the article and its clutter in the snapshot (whose tree the caller may have read), then
 * reads its text. The reader's choice, when given, forces an article or names its root by its
 * index in this snapshot.
 */
export function* answerSteps(
  request: PageRequest,
  now: () => number = performanceNow,
  tree?: SnapshotTree,
  choice: ReaderChoice = {},
): Steps<PageAnswer> {
  let detectMs = 0;
  const detection = yield* timed(detectInSnapshotSteps(request.snapshot, request.signals, tree, choice), now, (ms) => {
    detectMs += ms;
  });
  const article = detection.article;
  if (!article) return { detection, text: null, detectMs };
  yield;
  const text = yield* analyzeTextSteps({ text: article.extracted.text, title: request.signals.title }, now);
  return { detection, text, detectMs };
}

/**
 * The same for a markup request: the snapshot read from the markup, and where the page finds
 * what the answer names. A chosen root is an index in the snapshot read from the markup. Markup the reader cannot follow throws (MarkupError), as does an answer
 * it cannot locate (LocateError): the page is then read node by node.
 */
export function* answerMarkupSteps(
  request: MarkupRequest,
  now: () => number = performanceNow,
  choice: ReaderChoice = {},
): Steps<PageAnswer> {
  let parseMs = 0;
  const count = (ms: number): void => {
    parseMs += ms;
  };
  const { snapshot, unread } = yield* timed(snapshotFromMarkupSteps(request.markup), now, count);
  // The tree is the detector's reading, and locating the answer needs it too.
  let treeMs = 0;
  const tree = yield* timed(treeSteps(snapshot), now, (ms) => {
    treeMs += ms;
  });
  const answer = yield* answerSteps({ snapshot, signals: request.signals }, now, tree, choice);
  const located = yield* timed(locateSteps(tree, unread, answer.detection), now, count);
  const article = answer.detection.article;
  // The page finds the runs by `located`; their node indices mean nothing there.
  const detection = article
    ? { ...answer.detection, article: { ...article, extracted: { text: article.extracted.text, runs: [] } } }
    : answer.detection;
  return { ...answer, detectMs: answer.detectMs + treeMs, detection, located, parseMs };
}

/** The analysis on the live page: the answer's indices resolved to the page's nodes. */
export function liveAnalysis(page: ReadPage, answer: PageAnswer | null, url: string, now: () => number = performanceNow): PageAnalysis {
  return runToEnd(liveAnalysisSteps(page, answer, url, now));
}

/**
 * The same, in steps (a very long article's text map is long). Finding the nodes is the page's
 * work: it counts in `readMs`, with reading the page.
 */
export function* liveAnalysisSteps(
  page: ReadPage,
  answer: PageAnswer | null,
  url: string,
  now: () => number = performanceNow,
): Steps<PageAnalysis> {
  const resolving = (answer: PageAnswer) =>
    answer.located && page.root
      ? locatedDetectionSteps(answer.detection, answer.located, page.root)
      : liveDetectionSteps(answer.detection, page.nodes);
  const live = answer
    ? yield* timed(resolving(answer), now, (ms) => {
        page.readMs += ms;
      })
    : { article: null, boilerplate: [] };
  const { article, boilerplate } = live;
  const signals = page.signals;
  // Reading the markup, away from the page, counts with detection: it is the background's reading of the page.
  const detectMs = (answer?.detectMs ?? 0) + (answer?.parseMs ?? 0);
  const analysis: Analysis = {
    url,
    title: signals.title,
    lang: signals.lang,
    article: null,
    hidden: 0,
    companies: [],
    figures: [],
    summary: [],
    timings: {
      totalMs: page.readMs + detectMs,
      readMs: page.readMs,
      detectMs,
      ...(answer?.parseMs === undefined ? {} : { parseMs: answer.parseMs }),
    },
  };
  const text = answer?.text;
  if (!article || !text) {
    const declined = answer?.detection.declined ?? 'empty';
    return { analysis: { ...analysis, declined }, article: null, boilerplate: [], mentions: [] };
  }
  const { entitiesMs, summaryMs } = text.timings;
  return {
    analysis: {
      ...analysis,
      article: { text: article.extracted.text, wordCount: text.wordCount },
      companies: text.companies,
      figures: text.figures,
      summary: text.summary,
      timings: { ...analysis.timings, entitiesMs, summaryMs, totalMs: page.readMs + detectMs + entitiesMs + summaryMs },
    },
    article,
    boilerplate,
    mentions: text.mentions,
  };
}
