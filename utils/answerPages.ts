// The background's side of analysing pages (core/answer.ts): each page's analysis in slices, so
// the background keeps answering other tabs meanwhile. An analysis too long for one message is
// kept here, by tab, and the page gets it when it asks (the popup on a very long article).
import { answerMarkupSteps, answerSteps } from '../core/answer';
import { MAX_MARKUP_CHARS, type MarkupRequest, type PageAnswer, type PageRequest } from '../core/handover';
import { runInSlices } from '../core/slices';
import type { Analysis } from '../core/types';

/** Most figures and company mentions sent in one answer; past this, the lists stay here until asked for. */
const MAX_SENT_ITEMS = 5000;

const kept = new Map<number, Analysis>();

/** Markup it cannot read rejects, and the page sends its snapshot instead. */
async function answerPage(request: PageRequest | MarkupRequest, tabId: number | undefined): Promise<PageAnswer> {
  if ('markup' in request && request.markup.length > MAX_MARKUP_CHARS) throw new Error('markup longer than Lede reads');
  const steps = 'markup' in request ? answerMarkupSteps(request) : answerSteps(request);
  const answer = await runInSlices(steps, globalThis, () => false, { slices: 0, longestSliceMs: 0, busyMs: 0 });
  if (tabId !== undefined) kept.delete(tabId);
  const { analysis } = answer;
  const items = analysis.figures.length + analysis.companies.reduce((n, c) => n + c.count, 0);
  if (items <= MAX_SENT_ITEMS || tabId === undefined) return answer;
  kept.set(tabId, analysis);
  return { ...answer, analysis: { ...analysis, companies: [], figures: [], summary: [] }, kept: true };
}

/** Only a tab's top frame is analysed: Lede's content script runs in no other. */
export function answerPageFor(
  request: PageRequest | MarkupRequest,
  sender: { tab?: { id?: number }; frameId?: number },
): Promise<PageAnswer> {
  if (sender.tab?.id === undefined || sender.frameId !== 0)
    return Promise.reject(new Error('pages are analysed for a tab’s top frame only'));
  return answerPage(request, sender.tab.id);
}

export function keptFor(tabId: number | undefined): Analysis | null {
  return (tabId !== undefined && kept.get(tabId)) || null;
}

export function forgetTab(tabId: number): void {
  kept.delete(tabId);
}
