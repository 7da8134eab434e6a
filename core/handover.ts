// What the page hands over for analysis and what it gets back: plain data, so the analysis can
// run away from the page (in the extension's background) and travel as messages, which Chrome
// sends as JSON. The page sends its markup (`body.outerHTML`, core/page/readPage.ts), or its
// snapshot read node by node where the markup cannot be read; the answer says where the article
// and its clutter are, what to highlight, and the analysis itself.

import type { ReaderChoice, SnapshotDetection } from './article/detection';
import type { PageSignals } from './article/pageSignals';
import type { Locators } from './page/locate';
import type { PageSnapshot } from './page/snapshot';
import type { Analysis } from './types';

/** Most markup handed over, in characters: the page checks before sending, the background again on arrival. */
export const MAX_MARKUP_CHARS = 16 * 1024 * 1024;

/** The page's snapshot: every element and text node under `<body>`, by index. */
export interface PageRequest {
  snapshot: PageSnapshot;
  signals: PageSignals;
  url: string;
  /** The language the caller says the page is in (a CLI record's `lang`); told from the page where absent. */
  givenLang?: string;
  /** The reader's last word: an article forced, or its root by index in this snapshot. */
  choice?: ReaderChoice;
}

/** The page's markup, from which the snapshot is read away from the page. */
export interface MarkupRequest {
  markup: string;
  signals: PageSignals;
  url: string;
  /** The reader's last word: an article forced, or its root by index in the snapshot read from the markup. */
  choice?: ReaderChoice;
}

/**
 * What the page highlights and reveals, as numbers: a long article has tens of thousands of
 * figures, and numbers cost the page far less to receive than the figures' objects do.
 */
export interface Marks {
  /** The kinds `spans` name by index (core/kinds/registry.ts). */
  kinds: string[];
  /** Every span to highlight, three numbers each: its kind's index, its start and end in the text. */
  spans: number[];
  /** Each company's first mention, in the analysis' order: start and end. */
  companyAt: number[];
  /** Each figure, in the analysis' order: start and end. */
  figureAt: number[];
}

export interface PageAnswer {
  /** The article and its clutter by snapshot index; for a markup request, its runs are left out and `located` says where the page finds them. */
  detection: SnapshotDetection;
  located?: Locators;
  /** The analysis: the page's part of its timings (`readMs`, `hidden`) is the page's to add. */
  analysis: Analysis;
  marks: Marks;
  /**
   * Set where the analysis' lists (companies, figures, summary) were too long for one message:
   * `analysis` comes without them, and the background keeps them until the page asks.
   */
  kept?: boolean;
}
