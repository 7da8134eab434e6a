// The content script's side of the analysis in the extension's background: it hands the page
// over and gets the answer (core/handover.ts); it rejects when the background cannot answer.
import type { MarkupRequest, PageAnswer, PageRequest } from '../core/handover';
import type { Analysis } from '../core/types';
import { sendToBackground } from './messages';

export async function analyseInBackground(request: PageRequest | MarkupRequest): Promise<PageAnswer> {
  // Sending copies the request now, in this task; the answer comes later.
  const answer: Partial<PageAnswer> | undefined = await sendToBackground({ type: 'lede:analyse-page', request });
  if (!answer?.detection || !answer.analysis || !answer.marks) throw new Error('the background sent no analysis');
  return answer as PageAnswer;
}

/** The analysis the background kept for this page (`PageAnswer.kept`), or null where it is gone. */
export function keptAnalysis(): Promise<Analysis | null> {
  return sendToBackground({ type: 'lede:kept-analysis' }).catch(() => null);
}
