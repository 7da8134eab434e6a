// Popup: renders the summary of the active tab; talks to its content script by the contract's
// messages, and keeps the reader's settings.
import './popup.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { DeviceSummarizer, PopupApi, SummarizerAvailability } from '../../components/api';
import { SENT_MARK } from '../../components/marks';
import { Popup } from '../../components/Popup';
import type { Analysis } from '../../core/types';
import { uiLanguage } from '../../utils/i18n';
import type { LedeMessage } from '../../utils/messages';
import { loadSettings, saveSettings } from '../../utils/settingsStore';
import { cleanViewKeys } from '../../utils/shortcut';
import { sendToTab } from '../../utils/tabs';

/** The tab to summarise: `?tab=<id>` when opened as a page (tests), else the active tab. */
async function targetTab(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (fromQuery) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function send<M extends LedeMessage>(message: M) {
  performance.mark(SENT_MARK);
  const tabId = await targetTab();
  return tabId === undefined ? null : sendToTab(tabId, message);
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

interface SummarizerGlobal {
  availability(): Promise<SummarizerAvailability>;
  create(options: Record<string, unknown>): Promise<{ summarize(text: string): Promise<string>; destroy?(): void }>;
}

/** Chrome's on-device Summarizer API, where this browser has it (feature check, no polyfill). */
function deviceSummarizer(): DeviceSummarizer | null {
  const api = (globalThis as { Summarizer?: SummarizerGlobal }).Summarizer;
  if (!api || typeof api.availability !== 'function') return null;
  return {
    availability: () => api.availability(),
    async summarize(text, context) {
      const summarizer = await api.create({ type: 'key-points', format: 'plain-text', length: 'short', sharedContext: context });
      try {
        // The model takes a few thousand words; the story's opening carries its point.
        return await summarizer.summarize(text.slice(0, 12_000));
      } finally {
        summarizer.destroy?.();
      }
    },
  };
}

// Ask the page and the settings store at once, while Preact renders the popup's shell.
let firstAnalysis: Promise<Analysis | null> | null = send({ type: 'lede:get-analysis' });
const settings = loadSettings();

const api: PopupApi = {
  copy,
  getAnalysis: () => {
    const first = firstAnalysis;
    firstAnalysis = null;
    return first ?? send({ type: 'lede:get-analysis' });
  },
  run: () => send({ type: 'lede:run' }),
  set: (toggles) => send({ type: 'lede:set', ...toggles }),
  reveal: async (kind, index) => {
    await send({ type: 'lede:reveal', kind, index });
  },
  settings: () => settings,
  saveSettings,
  shortcut: cleanViewKeys,
  openOptions: () => {
    void browser.runtime.openOptionsPage();
  },
  summarizer: deviceSummarizer(),
};

document.documentElement.lang = uiLanguage();
render(<Popup api={api} />, document.getElementById('app') as HTMLElement);
