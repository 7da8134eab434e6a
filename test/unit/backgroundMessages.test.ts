// The background trusts nothing that arrives: a message from outside Lede gets no answer, a page
// is analysed only for a tab's top frame, and markup past the cap is refused by the background
// itself, whatever the content script checked.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHtml } from '../../cli/parseHtml';
import { MAX_MARKUP_CHARS } from '../../core/handover';
import { readMarkup } from '../../core/page/readPage';

type Listener = (message: unknown, sender: { id?: string; tab?: { id?: number }; frameId?: number }) => unknown;
let listener: Listener | undefined;
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      id: 'lede-id',
      onMessage: {
        addListener: (fn: Listener) => {
          listener = fn;
        },
      },
    },
  },
}));

const { listen } = await import('../../utils/messages');
const { answerPageFor } = await import('../../utils/answerPages');

const page = () => {
  const doc = parseHtml(
    `<html><head><title>Acme</title></head><body><main><article>${'<p>Acme Widgets Inc. said revenue rose 5% to $2 billion in the quarter, as demand from retailers grew.</p>'.repeat(4)}</article></main></body></html>`,
  );
  const read = readMarkup(doc, 'https://news.example/a', 100_000);
  if (!read) throw new Error('the test page has no markup to read');
  return read.request;
};

describe('messages from outside Lede', () => {
  beforeEach(() => {
    listener = undefined;
  });

  it('answers only messages sent by Lede itself', async () => {
    const badge = vi.fn(() => undefined);
    listen({ 'lede:badge': badge });
    const message = { type: 'lede:badge', count: 3 };
    expect(listener?.(message, { id: 'another-extension', tab: { id: 1 } })).toBeUndefined();
    expect(listener?.(message, { tab: { id: 1 } })).toBeUndefined();
    expect(badge).not.toHaveBeenCalled();
    await listener?.(message, { id: 'lede-id', tab: { id: 1 } });
    expect(badge).toHaveBeenCalledOnce();
  });
});

describe('pages handed to the background', () => {
  it('analyses a page for a tab’s top frame only', async () => {
    const request = page();
    await expect(answerPageFor(request, { tab: { id: 4 }, frameId: 2 })).rejects.toThrow('top frame');
    await expect(answerPageFor(request, { frameId: 0 })).rejects.toThrow('top frame');
    const answer = await answerPageFor(request, { tab: { id: 4 }, frameId: 0 });
    expect(answer.analysis.figures.length).toBeGreaterThan(0);
  });

  it('refuses markup past the cap itself', async () => {
    const request = { ...page(), markup: `<body>${'x'.repeat(MAX_MARKUP_CHARS)}</body>` };
    await expect(answerPageFor(request, { tab: { id: 4 }, frameId: 0 })).rejects.toThrow('longer than Lede reads');
  });
});
