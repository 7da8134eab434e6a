// The text half of the analysis (core/analyzeText.ts) in the extension's background: the content
// script sends the article's text, the background answers with the text analysis. The background
// runs beside the page, not on its main thread, and its code stays warm from page to page.
import { browser } from 'wxt/browser';
import { analyzeTextSteps, type TextAnalysis, type TextRequest } from '../core/analyzeText';
import { runInSlices } from '../effects/slices';
import type { AnalyseTextMessage } from './messages';

/** The content script's side: asks the background; rejects when it cannot answer. */
export async function analyseTextInBackground({ text, title }: TextRequest): Promise<TextAnalysis> {
  const message: AnalyseTextMessage = { type: 'lede:analyse-text', text, title };
  const answer = (await browser.runtime.sendMessage(message)) as Partial<TextAnalysis> | undefined;
  if (!answer?.timings || !Array.isArray(answer.mentions)) throw new Error('the background sent no text analysis');
  return answer as TextAnalysis;
}

/** The background's side: the analysis in slices, so it keeps answering other tabs meanwhile. */
export function answerTextRequest({ text, title }: AnalyseTextMessage): Promise<TextAnalysis> {
  return runInSlices(analyzeTextSteps({ text, title }), globalThis, () => false, { slices: 0, longestSliceMs: 0, busyMs: 0 });
}
