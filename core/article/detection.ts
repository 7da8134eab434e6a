// What the detector finds, as types: read by the detector (detectArticle.ts,
// classifyBoilerplate.ts) and by the page, which finds what an answer names
// (core/page/liveAnswer.ts) without carrying the detector.

import type { ExtractedText, IndexedText } from '../text/extractText';
import type { DeclineReason } from '../types';
import type { PageSignals } from './pageSignals';
import type { BoilerplateReason } from './vocabulary';

/** A block of clutter, named by its index in the page's snapshot. */
export interface IndexedBlock {
  index: number;
  reason: BoilerplateReason;
}

/** The story as the detector names it: snapshot indices, and the text with its indexed runs. */
interface IndexedArticle {
  root: number;
  extracted: IndexedText;
  /** Elements inside the root left out of the story (share bars, promos, link lists). */
  strays: IndexedBlock[];
}

/** What the detector finds in a snapshot: plain data, so it can travel as a message. */
export interface SnapshotDetection {
  article: IndexedArticle | null;
  /** Clutter around the story to hide (the strays included), empty on pages that are not articles. */
  boilerplate: IndexedBlock[];
  /** Why the page is not an article, when it is not. */
  declined?: DeclineReason;
}

export interface DetectedArticle {
  root: Element;
  /** The story's text with its map back to the page's text nodes. */
  extracted: ExtractedText;
  /** Elements inside the root left out of the story (share bars, promos, link lists). */
  strays: BoilerplateBlock[];
}

/** A block of clutter on the live page. */
export interface BoilerplateBlock {
  element: Element;
  reason: BoilerplateReason;
}

/** The detection on the live page. */
export interface Detection {
  signals: PageSignals;
  article: DetectedArticle | null;
  boilerplate: BoilerplateBlock[];
  /** Why the page is not an article, when it is not. */
  declined?: DeclineReason;
}

/** The reader's last word on a page: none of it changes the detection when absent. */
export interface ReaderChoice {
  /** "Treat as article": the best candidate even on a page declined as not an article (none where there is no text). */
  force?: boolean;
  /** The story's root as the reader picked it: an element's index in the snapshot the detection reads. */
  root?: number;
}
