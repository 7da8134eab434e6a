import { answerMarkupSteps, answerSteps, type MarkupRequest, type PageAnswer, type PageRequest } from '../core/analyze';
import { runInSlices } from '../core/slices';
import { type Message, sendToBackground } from './messages';

/** The content script's side: asks the background; rejects when it cannot answer. */
export function analysePageInBackground(request: PageRequest | MarkupRequest): Promise<PageAnswer> {
  // Sending copies the request now, in this task; the answer comes later.
  const sent: Promise<Partial<PageAnswer> | undefined> = sendToBackground({ type: 'lede:analyse-page', request });
  return sent.then((answer) => {
    if (!answer?.detection || typeof answer.detectMs !== 'number') throw new Error('the background sent no analysis');
    return answer as PageAnswer;
  });
}

/**
 * The background's side, for a well-formed page to analyse (utils/messages.ts checks it): the
 * analysis in slices, so it keeps answering other tabs meanwhile. Markup it cannot read rejects,
 * and the page reads itself node by node.
 */
export function answerPageRequest(message: Message<'lede:analyse-page'>): Promise<PageAnswer> {
  const request = message.request;
  const steps = 'markup' in request ? answerMarkupSteps(request) : answerSteps(request);
  return runInSlices(steps, globalThis, () => false, { slices: 0, longestSliceMs: 0, busyMs: 0 });
}
