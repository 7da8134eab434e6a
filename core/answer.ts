// The analysis of a page handed over (core/handover.ts): the article and its clutter, its text's
// figures, companies and summary, and the marks the page highlights by. This is the part that
// runs away from the page in the extension (its background), and in one call in the CLI and the
// tests (core/analyze.ts). It reads only what the page sent, never the page.

import { analyzeTextSteps, type TextAnalysis } from './analyzeText';
import { detectInSnapshotSteps } from './article/detectArticle';
import type { SnapshotDetection } from './article/detection';
import type { PageSignals } from './article/pageSignals';
import { articlelessAnalysis } from './articlelessAnalysis';
import type { MarkupRequest, PageAnswer, PageRequest } from './handover';
import { marksSteps } from './marks';
import { locateSteps } from './page/locate';
import { snapshotFromMarkupSteps } from './page/snapshotFromMarkup';
import { type SnapshotTree, treeSteps } from './page/snapshotTree';
import { performanceNow, type Steps, timed } from './steps';
import type { Analysis, Timings } from './types';

/** The analysis object (contract §1) from what the background found; the page adds its own part. */
function analysisOf(
  url: string,
  signals: PageSignals,
  detection: SnapshotDetection,
  text: TextAnalysis | null,
  timings: Timings,
): Analysis {
  const article = detection.article;
  if (!article || !text) return articlelessAnalysis(url, signals, timings, detection.declined ?? 'empty');
  return {
    ...articlelessAnalysis(url, signals, timings),
    lang: text.lang,
    article: { text: article.extracted.text, wordCount: text.wordCount },
    companies: text.companies,
    figures: text.figures,
    summary: text.summary,
    ...(text.spans ? { spans: text.spans } : {}),
  };
}

/** The element the page marked as the reader's pick while reading itself, by snapshot index; undefined where none. */
function markedRoot(request: PageRequest): number | undefined {
  for (const [index, rare] of Object.entries(request.snapshot.attributes)) if (rare.chosen !== undefined) return Number(index);
  return request.choice?.root;
}

/**
 * Finds the article and its clutter in the snapshot (whose tree the caller may have read), then
 * reads its text. The reader's choice steers it: an article forced, or its root where the page
 * marked the element picked.
 */
export function* answerSteps(request: PageRequest, now: () => number = performanceNow, tree?: SnapshotTree, readMs = 0): Steps<PageAnswer> {
  let detectMs = readMs;
  const detection = yield* timed(
    detectInSnapshotSteps(request.snapshot, request.signals, tree, { force: request.choice?.force, root: markedRoot(request) }),
    now,
    (ms) => {
      detectMs += ms;
    },
  );
  const article = detection.article;
  let text: TextAnalysis | null = null;
  if (article) {
    yield;
    text = yield* analyzeTextSteps(
      { text: article.extracted.text, title: request.signals.title, lang: request.signals.lang, givenLang: request.givenLang },
      now,
    );
  }
  const timings: Timings = text
    ? { totalMs: detectMs + text.timings.entitiesMs + text.timings.summaryMs, detectMs, ...text.timings }
    : { totalMs: detectMs, detectMs };
  const analysis = analysisOf(request.url, request.signals, detection, text, timings);
  const marks = yield* marksSteps(text && { mentions: text.mentions, figures: text.figures, companies: text.companies, spans: text.spans });
  return { detection, analysis, marks };
}

/**
 * The same for a markup request: the snapshot read from the markup, and where the page finds
 * what the answer names. Markup the reader cannot follow throws (MarkupError), as does an answer
 * it cannot locate (LocateError): the page then sends its snapshot read node by node.
 */
export function* answerMarkupSteps(request: MarkupRequest, now: () => number = performanceNow): Steps<PageAnswer> {
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
  const answer = yield* answerSteps({ snapshot, signals: request.signals, url: request.url, choice: request.choice }, now, tree, treeMs);
  const located = yield* timed(locateSteps(tree, unread, answer.detection), now, count);
  const article = answer.detection.article;
  // The page finds the runs by `located`; their node indices mean nothing there.
  const detection = article
    ? { ...answer.detection, article: { ...article, extracted: { text: article.extracted.text, runs: [] } } }
    : answer.detection;
  // Reading the markup counts with detection: it is the background's reading of the page.
  const { totalMs, detectMs = 0, ...rest } = answer.analysis.timings;
  const timings: Timings = { totalMs: totalMs + parseMs, detectMs: detectMs + parseMs, parseMs, ...rest };
  return { ...answer, detection, located, analysis: { ...answer.analysis, timings } };
}
