// Where the content script comes to pages on its own: registered by the background
// (`scripting.registerContentScripts`), not declared in the manifest, so a page where Lede does
// not run on its own (its site set to never, "only when I click", the global switch off) pays
// nothing for it and sees nothing of it. The popup and the shortcut inject it into a tab the
// reader asks for (utils/tabs.ts).
import { browser } from 'wxt/browser';
import type { Settings } from './settings';

const ID = 'lede';
const ALL_PAGES = ['http://*/*', 'https://*/*'];
/** A host name, or a bracketed IPv6 address, as a match pattern may hold it. */
const HOST = /^(?:[a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/i;

/** The pages the content script is registered for, or null where it runs on none on its own. */
export function placement(settings: Settings): { matches: string[]; excludeMatches: string[] } | null {
  const sites = (choice: 'always' | 'never') =>
    Object.entries(settings.sites)
      .filter(([host, c]) => c === choice && HOST.test(host))
      .map(([host]) => `*://${host}/*`);
  if (settings.enabled && settings.mode === 'auto') return { matches: ALL_PAGES, excludeMatches: sites('never') };
  const always = sites('always');
  return always.length > 0 ? { matches: always, excludeMatches: [] } : null;
}

let pending: Promise<void> = Promise.resolve();

/** Registers, updates or unregisters the content script as `settings` say; calls run one after another. */
export function register(settings: Settings): Promise<void> {
  pending = pending.then(async () => {
    const where = placement(settings);
    const present = (await browser.scripting.getRegisteredContentScripts({ ids: [ID] })).length > 0;
    if (!where) {
      if (present) await browser.scripting.unregisterContentScripts({ ids: [ID] });
      return;
    }
    const script = {
      id: ID,
      js: ['content-scripts/content.js'],
      css: ['content-scripts/content.css'],
      matches: where.matches,
      ...(where.excludeMatches.length > 0 ? { excludeMatches: where.excludeMatches } : {}),
      runAt: 'document_idle' as const,
      allFrames: false,
    };
    // Registered anew rather than updated: an update keeps the fields it is not given (an old excludeMatches).
    if (present) await browser.scripting.unregisterContentScripts({ ids: [ID] });
    await browser.scripting.registerContentScripts([script]);
  });
  return pending.catch((error: unknown) => {
    console.error('Lede could not register its content script', error);
  });
}
