// Background: analyses the pages content scripts hand it (off the pages' main threads), sets the
// toolbar badge they ask for, and toggles the clean view on the keyboard shortcut. (The
// end-to-end tests also send the contract's messages from here.)
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { answerPageFor, forgetTab, keptFor } from '../utils/answerPages';
import { listen, TOGGLE_COMMAND } from '../utils/messages';
import { register } from '../utils/registration';
import { loadSettings, migrateSettings, onSettingsChanged } from '../utils/settingsStore';
import { toggleCleanView } from '../utils/shortcut';
import { sendToTab } from '../utils/tabs';

export default defineBackground(() => {
  // MV3 has `action`, Firefox's MV2 build `browserAction`.
  const action = browser.action ?? browser.browserAction;
  listen({
    'lede:analyse-page': ({ request }, sender) => answerPageFor(request, sender),
    'lede:kept-analysis': (_, sender) => keptFor(sender.tab?.id),
    'lede:badge': ({ count }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      void action.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 999)) : '' });
      void action.setBadgeBackgroundColor({ tabId, color: '#1f4fd1' });
      return undefined;
    },
  });
  browser.tabs.onRemoved.addListener(forgetTab);

  // The content script comes to pages on its own only where Lede runs on its own.
  const placeScript = (): Promise<void> => loadSettings().then(register);
  void migrateSettings()
    .catch((error: unknown) => console.error('Lede could not move its settings to this version', error))
    .then(placeScript);
  onSettingsChanged(() => void placeScript());

  browser.commands.onCommand.addListener(async (command: string, tab?: { id?: number }) => {
    if (command !== TOGGLE_COMMAND) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId !== undefined) await toggleCleanView((message) => sendToTab(tabId, message));
  });
});
