// One page in, one analysis out, in one call: the pipeline the CLI and the tests run, the same
// steps the extension runs apart (the page reads itself, core/page/readPage.ts; the background
// answers, core/answer.ts; the page finds what the answer names, core/page/liveAnswer.ts).
// page → snapshot → article → text → figures and companies → summary: each stage reads only the
// one before.

import { answerSteps } from './answer';
import { detectInSnapshotSteps } from './article/detectArticle';
import type { Detection, ReaderChoice } from './article/detection';
import { readPageSignals } from './article/pageSignals';
import { emptyAnalysis, liveAnalysisSteps, liveDetectionSteps, type PageAnalysis } from './page/liveAnswer';
import { readPageSteps } from './page/readPage';
import { snapshotSteps } from './page/snapshot';
import { performanceNow, runToEnd } from './steps';

export interface AnalyzeOptions extends ReaderChoice {
  url?: string;
  /** The language the page is in (BCP 47), where the caller knows it; else told from the page. */
  lang?: string;
  /** Clock for timings; performance.now where it exists. */
  now?: () => number;
}

export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}): PageAnalysis {
  const now = options.now ?? performanceNow;
  const url = options.url ?? '';
  const page = runToEnd(readPageSteps(doc, url, now));
  if (!page.request) return emptyAnalysis(page, url);
  const choice: ReaderChoice = { force: options.force, root: options.root };
  const request = { ...page.request, choice, ...(options.lang === undefined ? {} : { givenLang: options.lang }) };
  const analysed = runToEnd(liveAnalysisSteps(page, runToEnd(answerSteps(request, now)), now));
  if (options.lang !== undefined) analysed.analysis.lang = options.lang;
  return analysed;
}

/** The story on a live page, all at once (the tests' way in). */
export function detectArticle(doc: Document, choice: ReaderChoice = {}): Detection {
  const signals = readPageSignals(doc);
  if (!doc.body) return { signals, article: null, boilerplate: [], declined: 'empty' };
  const { snapshot, nodes } = runToEnd(snapshotSteps(doc.body));
  const detection = runToEnd(detectInSnapshotSteps(snapshot, signals, undefined, choice));
  return { signals, ...(detection.declined ? { declined: detection.declined } : {}), ...runToEnd(liveDetectionSteps(detection, nodes)) };
}
