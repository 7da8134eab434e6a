// Popup: renders the summary of the active tab; talks to its content script by the contract's messages.
import './popup.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { PopupApi } from '../../components/api';
import { Popup } from '../../components/Popup';
import type { Analysis } from '../../core/types';
import type { LedeMessage } from '../../utils/messages';

/** The tab to summarise: `?tab=<id>` when opened as a page (tests), else the active tab. */
async function targetTab(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (fromQuery) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function send(message: LedeMessage): Promise<Analysis | null> {
  const tabId = await targetTab();
  if (tabId === undefined) return null;
  // No content script (browser pages, stores) answers with an error: Lede cannot run there.
  return (await browser.tabs.sendMessage(tabId, message).catch(() => null)) as Analysis | null;
}

/** The clipboard API where the browser grants it from the popup; the selection copy otherwise. */
async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    document.body.append(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}

const api: PopupApi = {
  copy,
  getAnalysis: () => send({ type: 'lede:get-analysis' }),
  set: (toggles) => send({ type: 'lede:set', ...toggles }),
  reveal: async (kind, index) => {
    await send({ type: 'lede:reveal', kind, index });
  },
};

render(<Popup api={api} />, document.getElementById('app') as HTMLElement);
