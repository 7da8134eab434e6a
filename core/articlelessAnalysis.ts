// The analysis object of a page without an article, for each path that finds none: the
// background's answer and a page with nothing to read.
import type { PageSignals } from './article/pageSignals';
import type { Analysis, Timings } from './types';

/** The analysis object of a page without an article (`declined` says why, where it is known). */
export function articlelessAnalysis(url: string, signals: PageSignals, timings: Timings, declined?: Analysis['declined']): Analysis {
  return {
    url,
    title: signals.title,
    lang: signals.lang,
    article: null,
    hidden: 0,
    companies: [],
    figures: [],
    summary: [],
    timings,
    ...(declined ? { declined } : {}),
  };
}
