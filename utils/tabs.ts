// Talking to Lede's content script in a tab, from the popup and the background. Where the script
// is not there (the reader granted no host permission, or the tab was open before Lede was
// installed), it is injected on the reader's gesture, which `activeTab` allows; pages no
// extension may touch (browser pages, stores) answer null.
import { browser } from 'wxt/browser';
import type { Answer, LedeMessage } from './messages';

const SCRIPT = '/content-scripts/content.js';
const STYLE = '/content-scripts/content.css';

async function inject(tabId: number): Promise<boolean> {
  try {
    if (browser.scripting) {
      await browser.scripting.insertCSS({ target: { tabId }, files: [STYLE] });
      await browser.scripting.executeScript({ target: { tabId }, files: [SCRIPT] });
    } else {
      // Firefox's MV2 build without the scripting namespace.
      await browser.tabs.insertCSS(tabId, { file: STYLE });
      await browser.tabs.executeScript(tabId, { file: SCRIPT });
    }
    return true;
  } catch {
    return false;
  }
}

/** Sends a contract message to the tab's content script, injecting it once if it is missing. */
export async function sendToTab<M extends LedeMessage>(tabId: number, message: M): Promise<Answer<M['type']> | null> {
  try {
    return (await browser.tabs.sendMessage(tabId, message)) as Answer<M['type']>;
  } catch {
    // No receiver: no content script in this tab yet.
  }
  if (!(await inject(tabId))) return null;
  try {
    return (await browser.tabs.sendMessage(tabId, message)) as Answer<M['type']>;
  } catch {
    return null;
  }
}
