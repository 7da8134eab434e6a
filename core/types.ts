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
  /** ISO 4217 code for money, '%', '‰', 'pp' or 'bp' for percent, a unit word for quantities. */
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

/**
 * Where an analysis spent its time, in milliseconds (contract §1: `totalMs`, and more keys). Work
 * is counted where it ran: on the page's main thread, or away from it (`backgroundMs`).
 */
export interface Timings {
  /** All of Lede's work on this analysis, wherever it ran. */
  totalMs: number;
  /** The page's part: reading it, handing it over, finding the answer's nodes. */
  readMs?: number;
  /** Finding the article and its clutter (reading the markup included). */
  detectMs?: number;
  /** Reading the snapshot from the page's markup, away from the page. */
  parseMs?: number;
  /** The recognisers. */
  entitiesMs?: number;
  /** Ranking, attaching figures, key sentences. */
  summaryMs?: number;
  /** Of the work, what ran in the extension's background. */
  backgroundMs?: number;
  /** From handing the page over to the answer arriving: the page's wait, its thread free. */
  roundTripMs?: number;
  /** Handing the page over (the browser copies the message in this task). */
  sendMs?: number;
  /** Putting the effects on the page. */
  applyMs?: number;
  /** Slices the page's work ran in, and the longest. */
  slices?: number;
  longestSliceMs?: number;
  /** From starting the analysis to the last highlight, pauses included. */
  wallMs?: number;
  /** When the page was last analysed, on the page's clock (`performance.now()`). */
  at?: number;
}

/** Spans of the kinds with a recogniser of their own (core/kinds), by kind. */
export type OwnSpans = Record<string, Span[]>;

export interface Analysis {
  url: string;
  title: string;
  lang: string;
  article: { text: string; wordCount: number } | null;
  hidden: number;
  companies: CompanySummary[];
  figures: AnalysedFigure[];
  summary: string[];
  /** Present only where a kind has a recogniser of its own (core/kinds/registry.ts). */
  spans?: OwnSpans;
  timings: Timings;
  /**
   * Why the page has no article, when `article` is null and the analysis is done: `shop`,
   * `listing` or `app` (not an article, whatever its text), `no-long-text` (no text long enough
   * to be a story), `empty` (no text at all).
   */
  declined?: DeclineReason;
  /** Set while the content script has not finished analysing the page. */
  pending?: boolean;
  /**
   * Set where the page got no analysis (content script only): nothing answered, or the page is
   * too large to hand over. The page is left as it is; the popup says so and offers a retry.
   */
  unanswered?: 'no-answer' | 'too-large';
  /** How many analyses of the page Lede has started since it loaded (content script only). */
  analyses?: number;
  /**
   * The reader's last word on this page (content script only): `picked`, the story they pointed
   * at on this site is in use; `forced`, they asked to treat the page as an article.
   */
  story?: 'picked' | 'forced';
  /** What Lede is doing to the page now (content script only). */
  toggles?: { highlight: boolean; cleanup: boolean };
  /**
   * Whether Lede is running on the page (content script only): false where the reader's
   * settings keep it off until asked (`lede:run`).
   */
  running?: boolean;
}
