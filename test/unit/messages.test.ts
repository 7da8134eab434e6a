// The background analyses page snapshots only from messages of the right shape.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parseHtml';
import { readPageSteps } from '../../core/page/readPage';
import { runToEnd } from '../../core/steps';
import { isAnalysePageMessage, isLedeMessage } from '../../utils/messages';

const request = () => {
  const doc = parseHtml('<html><head><title>Acme</title></head><body><main><p>Acme rose 5%.</p></main></body></html>');
  return runToEnd(readPageSteps(doc, 'https://news.example/a')).request;
};

describe('messages', () => {
  it('takes a page to analyse only with a well-formed snapshot, or its markup, and its signals', () => {
    expect(isAnalysePageMessage({ type: 'lede:analyse-page', request: request() })).toBe(true);
    expect(isAnalysePageMessage({ type: 'lede:analyse-page', request: structuredClone(request()) })).toBe(true);
    const unequal = request();
    unequal?.snapshot.texts.pop();
    expect(isAnalysePageMessage({ type: 'lede:analyse-page', request: unequal })).toBe(false);
    const forward = request();
    if (forward) forward.snapshot.parents[1] = 5;
    expect(isAnalysePageMessage({ type: 'lede:analyse-page', request: forward })).toBe(false);
    const orphan = request();
    if (orphan) orphan.snapshot.parents[2] = -1;
    expect(isAnalysePageMessage({ type: 'lede:analyse-page', request: orphan })).toBe(false);
    const untitled = request();
    expect(isAnalysePageMessage({ type: 'lede:analyse-page', request: { snapshot: untitled?.snapshot, signals: {} } })).toBe(false);
    expect(isAnalysePageMessage({ type: 'lede:analyse-page', request: { snapshot: { tags: [] }, signals: { title: '' } } })).toBe(false);
    // Or with the page's markup, which the background reads itself (a bad one is its MarkupError).
    const signals = request()?.signals;
    expect(isAnalysePageMessage({ type: 'lede:analyse-page', request: { markup: '<body></body>', signals } })).toBe(true);
    expect(isAnalysePageMessage({ type: 'lede:analyse-page', request: { markup: 3, signals } })).toBe(false);
    expect(isAnalysePageMessage({ type: 'lede:analyse-page', request: { markup: '<body></body>', signals: {} } })).toBe(false);
    expect(isAnalysePageMessage({ type: 'lede:badge', count: 3 })).toBe(false);
    expect(isAnalysePageMessage(null)).toBe(false);
    expect(isAnalysePageMessage('lede:analyse-page')).toBe(false);
  });

  it('does not take a page to analyse for one of the contract messages the content script answers', () => {
    expect(isLedeMessage({ type: 'lede:analyse-page', request: request() })).toBe(false);
  });
});
