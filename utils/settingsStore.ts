// Keeps the reader's settings in `browser.storage.sync` (so they follow the reader's browser
// profile), falling back to `storage.local` where sync is unavailable.
import { browser } from 'wxt/browser';
import { normalizeSettings, type Settings } from './settings';

const KEY = 'settings';

function area() {
  return browser.storage.sync ?? browser.storage.local;
}

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await area().get(KEY);
    return normalizeSettings(stored[KEY]);
  } catch {
    // Sync can be disabled by policy or fail offline; the defaults keep Lede working.
    return normalizeSettings(undefined);
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await area().set({ [KEY]: normalizeSettings(settings) });
}

/** Calls back with the new settings whenever any part of Lede saves them. Returns an unsubscribe. */
export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string): void => {
    if ((areaName === 'sync' || areaName === 'local') && KEY in changes) callback(normalizeSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
