// One page in, one analysis out: the pipeline every caller runs (content script, CLI, tests).
// page → article → text → figures and companies → summary. Each stage reads only the one before.

import { type BoilerplateBlock, classifyBoilerplate } from './article/classifyBoilerplate';
import { type DetectedArticle, detectArticleSteps } from './article/detectArticle';
import { recogniseCompaniesSteps } from './companies/recogniseCompanies';
import { recogniseFiguresSteps } from './figures/recogniseFigures';
import { runToEnd, STEP, type Steps } from './steps';
import { attachFiguresSteps } from './summary/attachFigureToCompany';
import { keySentencesSteps } from './summary/keySentences';
import { labelFigure } from './summary/labelFigure';
import { rankCompanies } from './summary/rankCompanies';
import { sentenceIndexAt } from './text/sentenceIndex';
import { splitSentencesSteps } from './text/sentences';
import { tokenizeSteps } from './text/tokenize';
import type { AnalysedFigure, Analysis, CompanyMention, Figure, Span } from './types';

export interface PageAnalysis {
  analysis: Analysis;
  /** The live article (root element and text map), null on pages that are not articles. */
  article: DetectedArticle | null;
  /** Clutter to hide, empty on pages that are not articles. */
  boilerplate: BoilerplateBlock[];
  /** Company mentions in document order (offsets into article.text). */
  mentions: CompanyMention[];
}

export interface AnalyzeOptions {
  url?: string;
  /** Clock for timings; performance.now where it exists. */
  now?: () => number;
}

export interface TextEntities {
  companies: CompanyMention[];
  figures: Figure[];
}

/** The recognisers alone, over plain text (its sentences passed in where the caller has them). */
export function recogniseEntities(text: string, sentences?: Span[]): TextEntities {
  return runToEnd(recogniseEntitiesSteps(text, sentences));
}

export function* recogniseEntitiesSteps(text: string, given?: Span[]): Steps<TextEntities> {
  const sentences = given ?? (yield* splitSentencesSteps(text));
  const tokens = yield* tokenizeSteps(text);
  const companies = yield* recogniseCompaniesSteps(text, tokens, sentences);
  const figures = yield* recogniseFiguresSteps(text, tokens);
  return { companies, figures };
}

function sentenceAt(sentences: Span[], at: number): string {
  const sentence = sentences[sentenceIndexAt(sentences, at)];
  return sentence && sentence.start <= at && at < sentence.end ? sentence.text : '';
}

/** Words in the text, counted without building a list of them (an article can be megabytes). */
function* countWords(text: string): Steps<number> {
  const word = /[\p{L}\p{N}]+/gu;
  let count = 0;
  while (word.exec(text) !== null) if (++count % (STEP * 4) === 0) yield;
  return count;
}

/** Runs steps, adding the time spent in them (not the pauses between) through `add`. */
function* timed<T>(steps: Steps<T>, now: () => number, add: (ms: number) => void): Steps<T> {
  for (;;) {
    const t = now();
    const step = steps.next();
    add(now() - t);
    if (step.done) return step.value;
    yield;
  }
}

export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}): PageAnalysis {
  return runToEnd(analyzeSteps(doc, options));
}

/** The whole analysis as steps that may pause; `timings` count the time spent, not the pauses. */
export function* analyzeSteps(doc: Document, options: AnalyzeOptions = {}): Steps<PageAnalysis> {
  const now = options.now ?? (() => performance.now());
  const timings = { totalMs: 0, detectMs: 0, entitiesMs: 0, summaryMs: 0 };
  const detection = yield* timed(detectArticleSteps(doc), now, (ms) => {
    timings.detectMs += ms;
  });
  const base: Analysis = {
    url: options.url ?? '',
    title: detection.signals.title,
    lang: detection.signals.lang,
    article: null,
    hidden: 0,
    companies: [],
    figures: [],
    summary: [],
    timings: { totalMs: timings.detectMs, detectMs: timings.detectMs },
  };
  const article = detection.article;
  if (!article) return { analysis: base, article: null, boilerplate: [], mentions: [] };
  const t0 = now();
  const boilerplate = classifyBoilerplate(article, detection.measures);
  timings.detectMs += now() - t0;
  const text = article.extracted.text;
  yield;

  const { sentences, mentions, figures } = yield* timed(
    (function* () {
      const sentences = yield* splitSentencesSteps(text);
      const { companies: mentions, figures } = yield* recogniseEntitiesSteps(text, sentences);
      return { sentences, mentions, figures };
    })(),
    now,
    (ms) => {
      timings.entitiesMs += ms;
    },
  );

  const analysis = yield* timed(
    (function* (): Steps<Analysis> {
      const owners = yield* attachFiguresSteps(text, sentences, figures, mentions);
      const analysedFigures: AnalysedFigure[] = [];
      for (const [i, figure] of figures.entries()) {
        const analysed: AnalysedFigure = { ...figure, sentence: sentenceAt(sentences, figure.start) };
        const label = labelFigure(text, figure);
        if (label) analysed.label = label;
        const company = owners[i];
        if (company) analysed.company = company;
        analysedFigures.push(analysed);
        if (i % STEP === STEP - 1) yield;
      }
      return {
        ...base,
        article: { text, wordCount: yield* countWords(text) },
        companies: rankCompanies(mentions, base.title, text),
        figures: analysedFigures,
        summary: yield* keySentencesSteps(sentences, base.title, mentions, figures),
      };
    })(),
    now,
    (ms) => {
      timings.summaryMs += ms;
    },
  );
  analysis.timings = { ...timings, totalMs: timings.detectMs + timings.entitiesMs + timings.summaryMs };
  return { analysis, article, boilerplate, mentions };
}
