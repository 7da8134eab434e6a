// Reaching a tab's content script: where it is missing (no host access, or a tab older than
// Lede), it is injected once on the reader's gesture and asked again.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls: string[] = [];
let present = false;
let injectable = true;

vi.mock('wxt/browser', () => ({
  browser: {
    tabs: {
      sendMessage: async (tabId: number, message: { type: string }) => {
        calls.push(`send ${tabId} ${message.type}`);
        if (!present) throw new Error('Could not establish connection. Receiving end does not exist.');
        return { url: 'https://news.example/a', running: true };
      },
    },
    scripting: {
      insertCSS: async ({ files }: { files: string[] }) => {
        calls.push(`css ${files.join()}`);
        if (!injectable) throw new Error('Cannot access contents of the page');
      },
      executeScript: async ({ files }: { files: string[] }) => {
        calls.push(`script ${files.join()}`);
        present = true;
      },
    },
  },
}));

const { sendToTab } = await import('../../utils/tabs');

beforeEach(() => {
  calls.length = 0;
  present = false;
  injectable = true;
});

describe('sendToTab', () => {
  it('asks the content script that is there', async () => {
    present = true;
    expect(await sendToTab(7, { type: 'lede:get-analysis' })).toMatchObject({ running: true });
    expect(calls).toEqual(['send 7 lede:get-analysis']);
  });

  it('injects the content script where it is missing, then asks again', async () => {
    expect(await sendToTab(7, { type: 'lede:run' })).toMatchObject({ running: true });
    expect(calls).toEqual(['send 7 lede:run', 'css /content-scripts/content.css', 'script /content-scripts/content.js', 'send 7 lede:run']);
  });

  it('answers null on pages no extension may touch', async () => {
    injectable = false;
    expect(await sendToTab(7, { type: 'lede:get-analysis' })).toBeNull();
  });
});
