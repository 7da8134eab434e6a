// The text half of the pipeline: article text → figures and companies → summary. It reads only
// the text and the page's title, never the page, so it can run wherever the caller likes: in the
// page, in the CLI, or in the extension's background, away from the page's main thread.

import { companyReading } from './companies/recogniseCompanies';
import { isFigureLang } from './figures/languages';
import { recogniseFiguresSteps } from './figures/recogniseFigures';
import { hasOwnRecogniser } from './kinds/kind';
import { KINDS } from './kinds/registry';
import { performanceNow, runToEnd, STEP, type Steps, timed } from './steps';
import { attachFiguresSteps } from './summary/attachFigureToCompany';
import { keySentencesSteps } from './summary/keySentences';
import { labelFigure } from './summary/labelFigure';
import { rankCompanies } from './summary/rankCompanies';
import { countWordsSteps } from './text/countWords';
import { pageLanguage, primaryLanguage, textLanguage } from './text/language';
import { sentenceIndexAt } from './text/sentenceIndex';
import { splitSentencesSteps } from './text/sentences';
import { PART_CHARS, textParts } from './text/textParts';
import { type Token, tokenizeSteps } from './text/tokenize';
import type { AnalysedFigure, CompanyMention, CompanySummary, Figure, OwnSpans, Span } from './types';

export interface TextEntities {
  companies: CompanyMention[];
  figures: Figure[];
  /** Spans of the kinds with a recogniser of their own (core/kinds/registry.ts), where there are such kinds. */
  spans?: OwnSpans;
}

/** What the text stages need from the page. */
export interface TextRequest {
  /** The article's text. */
  text: string;
  /** The page's title: companies and sentences it names weigh more. */
  title: string;
  /** The language the page declares (`<html lang>`): trusted where the text agrees or cannot tell. */
  lang?: string;
  /** A language the caller states (a CLI record's `lang`): used as it is. */
  givenLang?: string;
}

/** Everything in the analysis that is read from the article's text. */
export interface TextAnalysis {
  /** The language the text was read in (BCP 47), "" where it could not be told. */
  lang: string;
  wordCount: number;
  companies: CompanySummary[];
  figures: AnalysedFigure[];
  summary: string[];
  /** Company mentions in text order (what the page highlights). */
  mentions: CompanyMention[];
  spans?: OwnSpans;
  timings: { entitiesMs: number; summaryMs: number };
}

/**
 * The recognisers alone, over plain text (its sentences passed in where the caller has them), in
 * `lang` (BCP 47), told from the text where not given.
 */
export function recogniseEntities(text: string, sentences?: Span[], lang?: string): TextEntities {
  return runToEnd(recogniseEntitiesSteps(text, sentences, PART_CHARS, lang));
}

/**
 * The recognisers read the text a part at a time (core/text/textParts.ts): each part's tokens
 * for companies and figures, then, for the mentions a first reading misses, each part's tokens
 * again (kept when the text is one part, read anew when it is longer). In a language Lede does
 * not read, or one it cannot tell, they find nothing: a wrong figure is worse than none.
 */
export function* recogniseEntitiesSteps(text: string, given?: Span[], partChars = PART_CHARS, lang?: string): Steps<TextEntities> {
  const reading = primaryLanguage(lang ?? textLanguage(text));
  if (!isFigureLang(reading)) return { companies: [], figures: [] };
  const sentences = given ?? (yield* splitSentencesSteps(text));
  const parts = textParts(text, partChars);
  const companies = companyReading(text, sentences, reading);
  const figures: Figure[] = [];
  let kept: Token[] = [];
  for (const [from, to] of parts) {
    const tokens = yield* tokenizeSteps(text, from, to);
    yield* companies.readSteps(tokens);
    for (const figure of yield* recogniseFiguresSteps(text, tokens, reading)) figures.push(figure);
    if (parts.length === 1) kept = tokens;
  }
  const mentions = yield* companies.finishSteps(parts.length, (part) => {
    if (parts.length === 1) return kept;
    const [from, to] = parts[part] as [number, number];
    return tokenizeSteps(text, from, to);
  });
  const own = KINDS.filter(hasOwnRecogniser);
  if (own.length === 0) return { companies: mentions, figures };
  return { companies: mentions, figures, spans: Object.fromEntries(own.map((k) => [k.id, k.recogniser(text, sentences)])) };
}

/**
 * The figure with its sentence, label and company, built field by field in the figure's order.
 * Copied by spread and then given more fields, it would take about four times the memory, which
 * an article with tens of thousands of figures feels.
 */
function analysedFigure(figure: Figure, sentence: string, label: string | undefined, company: string | undefined): AnalysedFigure {
  const { text, start, end, kind, value, unit } = figure;
  const analysed: Figure & Partial<AnalysedFigure> = { text, start, end, kind };
  if (value !== undefined) analysed.value = value;
  if (unit !== undefined) analysed.unit = unit;
  analysed.sentence = sentence;
  if (label) analysed.label = label;
  if (company) analysed.company = company;
  return analysed as AnalysedFigure;
}

function sentenceAt(sentences: Span[], at: number): string {
  const sentence = sentences[sentenceIndexAt(sentences, at)];
  return sentence && sentence.start <= at && at < sentence.end ? sentence.text : '';
}

/** The text stages as steps that may pause; `timings` count the time spent, not the pauses. */
export function* analyzeTextSteps(
  { text, title, lang: declared = '', givenLang }: TextRequest,
  now: () => number = performanceNow,
): Steps<TextAnalysis> {
  const timings = { entitiesMs: 0, summaryMs: 0 };
  let lang = givenLang ?? '';
  const { sentences, mentions, figures, spans } = yield* timed(
    (function* () {
      lang = givenLang ?? pageLanguage(declared, text);
      const sentences = yield* splitSentencesSteps(text);
      const { companies: mentions, figures, spans } = yield* recogniseEntitiesSteps(text, sentences, PART_CHARS, lang);
      return { sentences, mentions, figures, spans };
    })(),
    now,
    (ms) => {
      timings.entitiesMs += ms;
    },
  );

  const summarised = yield* timed(
    (function* () {
      const owners = yield* attachFiguresSteps(text, sentences, figures, mentions);
      const analysedFigures: AnalysedFigure[] = [];
      for (const [i, figure] of figures.entries()) {
        analysedFigures.push(analysedFigure(figure, sentenceAt(sentences, figure.start), labelFigure(text, figure), owners[i]));
        if (i % STEP === STEP - 1) yield;
      }
      return {
        wordCount: yield* countWordsSteps(text),
        companies: rankCompanies(mentions, title, text),
        figures: analysedFigures,
        summary: yield* keySentencesSteps(sentences, title, mentions, figures),
      };
    })(),
    now,
    (ms) => {
      timings.summaryMs += ms;
    },
  );
  return spans ? { lang, ...summarised, mentions, spans, timings } : { lang, ...summarised, mentions, timings };
}
