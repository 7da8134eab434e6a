// The background's side of the analysis, in the test's own process: the same functions the
// extension's background runs (core/answer.ts), behind what a message does to the request and
// the answer (JSON, as Chrome sends them). For tests of the page's side.
import type { PageAnalyser } from '../core/analysisRoute';
import { answerMarkupSteps, answerSteps } from '../core/answer';
import type { MarkupRequest, PageRequest } from '../core/handover';
import { runToEnd } from '../core/steps';

const viaMessage = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** `asked`: every request it got, in order; `readsMarkup`: false to refuse markup, as a background that cannot read it. */
export function inProcess(asked: Array<PageRequest | MarkupRequest> = [], readsMarkup = true): PageAnalyser {
  return async (request) => {
    asked.push(request);
    const sent = viaMessage(request);
    if (!('markup' in sent)) return viaMessage(runToEnd(answerSteps(sent)));
    if (!readsMarkup) throw new Error('markup it cannot read');
    return viaMessage(runToEnd(answerMarkupSteps(sent)));
  };
}
