// One page in, one analysis out: the pipeline every caller runs (content script, CLI, tests).
// page → article → text → figures and companies → summary. Each stage reads only the one before.
// The page half (finding the article) needs the live document; the text half (analyzeText.ts)
// needs only the article's text, so the extension may run it away from the page.

import { analyzeTextSteps, type TextAnalysis, type TextRequest } from './analyzeText';
import { type BoilerplateBlock, classifyBoilerplate } from './article/classifyBoilerplate';
import { type DetectedArticle, detectArticleSteps } from './article/detectArticle';
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

/** The page half: the analysis so far (no article text read yet), the article and its clutter. */
export interface PageDetection {
  analysis: Analysis;
  article: DetectedArticle | null;
  boilerplate: BoilerplateBlock[];
}

export interface AnalyzeOptions {
  url?: string;
  /** Clock for timings; performance.now where it exists. */
  now?: () => number;
}

export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}): PageAnalysis {
  return runToEnd(analyzeSteps(doc, options));
}

/** The whole analysis as steps that may pause; `timings` count the time spent, not the pauses. */
export function* analyzeSteps(doc: Document, options: AnalyzeOptions = {}): Steps<PageAnalysis> {
  const page = yield* detectPageSteps(doc, options);
  const request = textRequest(page);
  if (!request) return withText(page, null);
  yield;
  return withText(page, yield* analyzeTextSteps(request, options.now ?? performanceNow));
}

/** Finds the article and its clutter: the part of the analysis that reads the live page. */
export function* detectPageSteps(doc: Document, options: AnalyzeOptions = {}): Steps<PageDetection> {
  const now = options.now ?? performanceNow;
  let detectMs = 0;
  const detection = yield* timed(detectArticleSteps(doc), now, (ms) => {
    detectMs += ms;
  });
  const article = detection.article;
  let boilerplate: BoilerplateBlock[] = [];
  if (article) {
    const t0 = now();
    boilerplate = classifyBoilerplate(article, detection.measures);
    detectMs += now() - t0;
  }
  const analysis: Analysis = {
    url: options.url ?? '',
    title: detection.signals.title,
    lang: detection.signals.lang,
    article: null,
    hidden: 0,
    companies: [],
    figures: [],
    summary: [],
    timings: { totalMs: detectMs, detectMs },
  };
  return { analysis, article, boilerplate };
}

/** What the text half needs from the page, or null when the page is not an article. */
export function textRequest(page: PageDetection): TextRequest | null {
  return page.article ? { text: page.article.extracted.text, title: page.analysis.title } : null;
}

/** The page half and the text half as one analysis (the text half is null on non-articles). */
export function withText(page: PageDetection, text: TextAnalysis | null): PageAnalysis {
  const { analysis, article, boilerplate } = page;
  if (!article || !text) return { analysis, article: null, boilerplate: [], mentions: [] };
  const { detectMs = 0 } = analysis.timings;
  const { entitiesMs, summaryMs } = text.timings;
  return {
    analysis: {
      ...analysis,
      article: { text: article.extracted.text, wordCount: text.wordCount },
      companies: text.companies,
      figures: text.figures,
      summary: text.summary,
      timings: { ...analysis.timings, entitiesMs, summaryMs, totalMs: detectMs + entitiesMs + summaryMs },
    },
    article,
    boilerplate,
    mentions: text.mentions,
  };
}
