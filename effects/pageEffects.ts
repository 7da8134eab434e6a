// What Lede does to a page, as a list: each effect says when the reader's toggles want it and
// puts itself on the page until its signal aborts, which gives the page back exactly as it was.
// The controller keeps one AbortController per effect that is on.

import type { PageAnalysis } from '../core/page/liveAnswer';
import type { Steps } from '../core/steps';
import { hideBoilerplate } from './hideBoilerplate';
import { highlightSteps } from './highlight';
import type { HighlightSpan } from './highlightSpan';
import { markArticle } from './markArticle';
import { rangeFor } from './ranges';

export interface Toggles {
  highlight: boolean;
  cleanup: boolean;
}

/** An analysed page with its article found: what the effects work on. */
export interface EffectTarget {
  doc: Document;
  win: Window;
  page: PageAnalysis & { article: NonNullable<PageAnalysis['article']> };
  /** The spans to highlight, of the kinds the reader chose. */
  spans: () => HighlightSpan[];
}

export interface Applied {
  /** Clutter blocks hidden. */
  hidden?: number;
  /** Work left to run in slices between the page's own tasks. */
  steps?: Steps<void>;
}

export interface PageEffect {
  readonly id: 'mark' | 'cleanup' | 'highlight';
  wanted(toggles: Toggles): boolean;
  apply(target: EffectTarget, signal: AbortSignal): Applied;
}

/** In the order they go on: the article's marker first, which the other two need. */
export const PAGE_EFFECTS: readonly PageEffect[] = [
  {
    id: 'mark',
    wanted: (t) => t.cleanup || t.highlight,
    apply: ({ page }, signal) => {
      markArticle(page.article.root, signal);
      return {};
    },
  },
  {
    id: 'cleanup',
    wanted: (t) => t.cleanup,
    apply: ({ page }, signal) => ({ hidden: hideBoilerplate(page.boilerplate, page.article.root, signal) }),
  },
  {
    id: 'highlight',
    wanted: (t) => t.highlight,
    apply: ({ doc, win, page, spans }, signal) => {
      const runs = page.article.extracted.runs;
      return { steps: highlightSteps(spans(), (span) => rangeFor(doc, runs, span.start, span.end), win, signal) };
    },
  },
];
