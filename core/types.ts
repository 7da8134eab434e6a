// The analysis object of the public contract (docs: contract.md §1). Extend by adding fields only.

/** Why a page has no article (see Analysis.declined). */
export type DeclineReason = 'shop' | 'listing' | 'app' | 'no-long-text' | 'empty';

export type FigureKind = 'money' | 'percent' | 'count' | 'multiplier' | 'date' | 'quantity';

/** A recognised span in a text: offsets are UTF-16 indices, end exclusive. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface Figure extends Span {
  kind: FigureKind;
  /** Resolved numeric value where one can be told (a date's is its epoch milliseconds, UTC). */
  value?: number;
  /** ISO 4217 code for money, '%' or 'pp' for percent, a unit word for quantities. */
  unit?: string;
}

export interface CompanyMention extends Span {
  /** Canonical company name this mention refers to. */
  name: string;
}

export interface AnalysedFigure extends Figure {
  sentence: string;
  /** What the figure measures, where its sentence says it (users, valuation, revenue...). */
  label?: string;
  company?: string;
}

export interface CompanySummary {
  name: string;
  count: number;
  mentions: Span[];
}

export interface Analysis {
  url: string;
  title: string;
  lang: string;
  article: { text: string; wordCount: number } | null;
  hidden: number;
  companies: CompanySummary[];
  figures: AnalysedFigure[];
  summary: string[];
  timings: Record<string, number> & { totalMs: number };
  /**
   * Why the page has no article, when `article` is null and the analysis is done: `shop`,
   * `listing` or `app` (not an article, whatever its text), `no-long-text` (no text long enough
   * to be a story), `empty` (no text at all).
   */
  declined?: DeclineReason;
  /** Set while the content script has not finished analysing the page. */
  pending?: boolean;
  /** What Lede is doing to the page now (content script only). */
  toggles?: { highlight: boolean; cleanup: boolean };
  /**
   * Whether Lede is running on the page (content script only): false where the reader's
   * settings keep it off until asked (`lede:run`).
   */
  running?: boolean;
}
