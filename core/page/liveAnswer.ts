// The page's part of an answer (core/handover.ts): the elements and text nodes it names, found
// on the live page by snapshot index (a snapshot request) or by where they are (a markup
// request, locate.ts), and the analysis completed with what the page's part cost.

import type { BoilerplateBlock, DetectedArticle, SnapshotDetection } from '../article/detection';
import { articlelessAnalysis } from '../articlelessAnalysis';
import type { Marks, PageAnswer } from '../handover';
import { performanceNow, type Steps, timed } from '../steps';
import { liveTextSteps } from '../text/extractText';
import type { Analysis } from '../types';
import { locatedDetectionSteps } from './locate';
import type { ReadPage } from './readPage';

/** An analysed page: the analysis, and the live elements and marks its effects need. */
export interface PageAnalysis {
  analysis: Analysis;
  /** The live article (root element and text map), null on pages that are not articles. */
  article: DetectedArticle | null;
  /** Clutter to hide, empty on pages that are not articles. */
  boilerplate: BoilerplateBlock[];
  marks: Marks;
  /** The analysis came without its lists, which the background kept (core/handover.ts `PageAnswer.kept`). */
  kept?: boolean;
}

type LiveDetection = { article: DetectedArticle | null; boilerplate: BoilerplateBlock[] };

/** The detection's elements and text runs among the snapshot's live nodes. */
export function* liveDetectionSteps(detection: SnapshotDetection, nodes: readonly Node[]): Steps<LiveDetection> {
  const live = ({ index, reason }: { index: number; reason: BoilerplateBlock['reason'] }): BoilerplateBlock => ({
    element: nodes[index] as Element,
    reason,
  });
  const { article } = detection;
  if (!article) return { article: null, boilerplate: [] };
  const extracted = yield* liveTextSteps(article.extracted, nodes);
  return {
    article: { root: nodes[article.root] as Element, extracted, strays: article.strays.map(live) },
    boilerplate: detection.boilerplate.map(live),
  };
}

/**
 * The analysis on the live page, in steps (a very long article's text map is long). Finding the
 * nodes is the page's work: it counts in `readMs`, with reading the page.
 */
export function* liveAnalysisSteps(page: ReadPage, answer: PageAnswer, now: () => number = performanceNow): Steps<PageAnalysis> {
  const finding =
    answer.located && page.root
      ? locatedDetectionSteps(answer.detection, answer.located, page.root)
      : liveDetectionSteps(answer.detection, page.nodes);
  const { article, boilerplate } = yield* timed(finding, now, (ms) => {
    page.readMs += ms;
  });
  const { totalMs, ...background } = answer.analysis.timings;
  const analysis: Analysis = { ...answer.analysis, timings: { totalMs: page.readMs + totalMs, readMs: page.readMs, ...background } };
  const kept = answer.kept ? { kept: true } : {};
  return article
    ? { analysis, article, boilerplate, marks: answer.marks, ...kept }
    : { analysis, article: null, boilerplate: [], marks: answer.marks, ...kept };
}

/** The analysis of a page with nothing to read (no `<body>`): no article. */
export function emptyAnalysis(page: ReadPage, url: string): PageAnalysis {
  const timings = { totalMs: page.readMs, readMs: page.readMs, detectMs: 0 };
  const analysis = articlelessAnalysis(url, page.signals, timings, 'empty');
  return { analysis, article: null, boilerplate: [], marks: { kinds: [], spans: [], companyAt: [], figureAt: [] } };
}
