// The page's analysis (core/analyze.ts, after the snapshot) in the extension's background: the
// content script sends the page's markup (or, failing that, its snapshot), the background answers
// with the article and its text analysis, by where the page finds them (or by snapshot index).
// The background runs beside the page, not on its main thread, and its code stays warm from page
// to page, where a content script starts cold on every page.
import { browser } from 'wxt/browser';
import { answerMarkupSteps, answerSteps, type MarkupRequest, type PageAnswer, type PageRequest } from '../core/analyze';
import { runInSlices } from '../core/slices';
import { type AnalysePageMessage, isAnalysePageMessage } from './messages';

/** The content script's side: asks the background; rejects when it cannot answer. */
export function analysePageInBackground(request: PageRequest | MarkupRequest): Promise<PageAnswer> {
  const message: AnalysePageMessage = { type: 'lede:analyse-page', request };
  // Sending copies the request now, in this task; the answer comes later.
  const sent = browser.runtime.sendMessage(message) as Promise<Partial<PageAnswer> | undefined>;
  return sent.then((answer) => {
    if (!answer?.detection || typeof answer.detectMs !== 'number') throw new Error('the background sent no analysis');
    return answer as PageAnswer;
  });
}

/**
 * The background's side, for a message that is a page to analyse (else undefined): the analysis
 * in slices, so it keeps answering other tabs meanwhile. Checking the snapshot counts as detection.
 * Markup it cannot read rejects, and the page reads itself node by node.
 */
export function answerPageRequest(message: unknown): Promise<PageAnswer> | undefined {
  const t0 = performance.now();
  if (!isAnalysePageMessage(message)) return undefined;
  const checkMs = performance.now() - t0;
  const request = message.request;
  const steps = 'markup' in request ? answerMarkupSteps(request) : answerSteps(request);
  return runInSlices(steps, globalThis, () => false, { slices: 0, longestSliceMs: 0, busyMs: 0 }).then((answer) => ({
    ...answer,
    detectMs: answer.detectMs + checkMs,
  }));
}
