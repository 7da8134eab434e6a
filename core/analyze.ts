// One page in, one analysis out: the pipeline every caller runs (content script, CLI, tests).
// page → article → text → figures and companies → summary. Each stage reads only the one before.

import { type BoilerplateBlock, classifyBoilerplate } from './article/classifyBoilerplate';
import { type DetectedArticle, detectArticle } from './article/detectArticle';
import { recogniseCompanies } from './companies/recogniseCompanies';
import { recogniseFigures } from './figures/recogniseFigures';
import { attachFiguresToCompanies } from './summary/attachFigureToCompany';
import { keySentences } from './summary/keySentences';
import { labelFigure } from './summary/labelFigure';
import { rankCompanies } from './summary/rankCompanies';
import { sentenceIndexAt } from './text/sentenceIndex';
import { splitSentences } from './text/sentences';
import { tokenize } from './text/tokenize';
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
export function recogniseEntities(text: string, sentences: Span[] = splitSentences(text)): TextEntities {
  const tokens = tokenize(text);
  return { companies: recogniseCompanies(text, tokens, sentences), figures: recogniseFigures(text, tokens) };
}

function sentenceAt(sentences: Span[], at: number): string {
  const sentence = sentences[sentenceIndexAt(sentences, at)];
  return sentence && sentence.start <= at && at < sentence.end ? sentence.text : '';
}

export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}): PageAnalysis {
  const now = options.now ?? (() => performance.now());
  const t0 = now();
  const detection = detectArticle(doc);
  const t1 = now();
  const base: Analysis = {
    url: options.url ?? '',
    title: detection.signals.title,
    lang: detection.signals.lang,
    article: null,
    hidden: 0,
    companies: [],
    figures: [],
    summary: [],
    timings: { totalMs: 0, detectMs: t1 - t0 },
  };
  const article = detection.article;
  if (!article) {
    base.timings.totalMs = now() - t0;
    return { analysis: base, article: null, boilerplate: [], mentions: [] };
  }
  const boilerplate = classifyBoilerplate(article, detection.measures);
  const text = article.extracted.text;
  const t2 = now();
  const sentences = splitSentences(text);
  const { companies: mentions, figures } = recogniseEntities(text, sentences);
  const t3 = now();
  const owners = attachFiguresToCompanies(text, sentences, figures, mentions);
  const analysedFigures: AnalysedFigure[] = figures.map((figure, i) => {
    const analysed: AnalysedFigure = { ...figure, sentence: sentenceAt(sentences, figure.start) };
    const label = labelFigure(text, figure);
    if (label) analysed.label = label;
    const company = owners[i];
    if (company) analysed.company = company;
    return analysed;
  });
  const analysis: Analysis = {
    ...base,
    article: { text, wordCount: text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0 },
    companies: rankCompanies(mentions, base.title, text),
    figures: analysedFigures,
    summary: keySentences(sentences, base.title, mentions, figures),
  };
  const t4 = now();
  analysis.timings = { totalMs: t4 - t0, detectMs: t2 - t0, entitiesMs: t3 - t2, summaryMs: t4 - t3 };
  return { analysis, article, boilerplate, mentions };
}
