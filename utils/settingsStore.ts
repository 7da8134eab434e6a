// Keeps the reader's settings in the browser's storage, in two places:
// - the small global settings in `storage.sync` (they follow the reader's browser profile), one
//   item with a schema version;
// - each site's own choice in `storage.local`, one key per site (`site:<host>`): Chrome allows a
//   synced item 8,192 bytes and sync 512 items in all, which about 200 sites used to fill, after
//   which every save failed.
// A save that fails rejects, so the page that asked can say so; an older or newer Lede's fields
// that this one does not know are kept, not erased.
import { browser } from 'wxt/browser';
import { normalizeSettings, type Settings, type SiteChoice } from './settings';

/** The synced item, and the version of its shape this Lede writes. */
const KEY = 'settings';
export const SETTINGS_VERSION = 2;
const SITE = 'site:';

type Area = {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
};

/** Sync where the browser has it (a policy may disable it): local otherwise. */
const synced = (): Area => (browser.storage.sync ?? browser.storage.local) as unknown as Area;
const local = (): Area => browser.storage.local as unknown as Area;

const isChoice = (value: unknown): value is SiteChoice => value === 'always' || value === 'never';

async function storedItem(): Promise<Record<string, unknown>> {
  try {
    const raw = (await synced().get(KEY))[KEY];
    return raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  } catch {
    // Sync can fail offline or be disabled; the defaults keep Lede working.
    return {};
  }
}

/** Sites of the first version's synced item (`sites` in it), read until they are moved (`migrateSettings`). */
function sitesOf(item: Record<string, unknown>): Record<string, SiteChoice> {
  return normalizeSettings({ sites: item.sites }).sites;
}

/** The global settings and every site's choice (the popup, the options page). */
export async function loadSettings(): Promise<Settings> {
  const [item, all] = await Promise.all([
    storedItem(),
    local()
      .get(null)
      .catch(() => ({})),
  ]);
  const sites: Record<string, SiteChoice> = sitesOf(item);
  for (const [key, value] of Object.entries(all)) if (key.startsWith(SITE) && isChoice(value)) sites[key.slice(SITE.length)] = value;
  return { ...normalizeSettings(item), sites };
}

/** The global settings and one site's choice (a page's content script needs no other). */
export async function loadSettingsFor(host: string): Promise<Settings> {
  const key = SITE + host;
  const [item, own] = await Promise.all([
    storedItem(),
    local()
      .get(key)
      .catch(() => ({}) as Record<string, unknown>),
  ]);
  const choice = own[key] ?? sitesOf(item)[host];
  return { ...normalizeSettings(item), sites: isChoice(choice) ? { [host]: choice } : {} };
}

/**
 * Saves what changed from `previous`: the global settings in the synced item (keeping fields
 * this version does not know), the sites that changed in their own keys. Rejects when the
 * browser refuses, and then nothing of the synced item has changed.
 */
export async function saveSettings(next: Settings, previous: Settings): Promise<void> {
  // Sites still in a first-version item move first, or writing the item without them would lose them.
  await migrateSettings();
  const { sites, ...globals } = normalizeSettings(next);
  const before = normalizeSettings(previous).sites;
  const set: Record<string, SiteChoice> = {};
  for (const [host, choice] of Object.entries(sites)) if (before[host] !== choice) set[SITE + host] = choice;
  const removed = Object.keys(before)
    .filter((host) => !Object.hasOwn(sites, host))
    .map((host) => SITE + host);
  if (Object.keys(set).length > 0) await local().set(set);
  if (removed.length > 0) await local().remove(removed);
  const item = await storedItem();
  const { sites: _moved, ...kept } = item;
  const version = Math.max(SETTINGS_VERSION, typeof item.version === 'number' ? item.version : 0);
  await synced().set({ [KEY]: { ...kept, ...globals, version } });
}

/**
 * Moves the first version's sites out of the synced item into their own keys, once (the
 * background does it when Lede starts). A site already in its own key keeps that choice.
 */
export async function migrateSettings(): Promise<void> {
  const item = await storedItem();
  if (typeof item.version === 'number' && item.version >= SETTINGS_VERSION && item.sites === undefined) return;
  const sites = sitesOf(item);
  const keys = Object.keys(sites).map((host) => SITE + host);
  const present = keys.length > 0 ? await local().get(keys) : {};
  const moving: Record<string, SiteChoice> = {};
  for (const [host, choice] of Object.entries(sites)) if (!(SITE + host in present)) moving[SITE + host] = choice;
  if (Object.keys(moving).length > 0) await local().set(moving);
  const { sites: _moved, ...kept } = item;
  await synced().set({ [KEY]: { ...kept, version: Math.max(SETTINGS_VERSION, typeof item.version === 'number' ? item.version : 0) } });
}

/**
 * Calls back whenever any part of Lede saves the global settings or a site's choice (`host`:
 * only that site's). Returns an unsubscribe.
 */
export function onSettingsChanged(callback: () => void, host?: string): () => void {
  const listener = (changes: Record<string, unknown>, areaName: string): void => {
    const keys = Object.keys(changes);
    const global = (areaName === 'sync' || areaName === 'local') && keys.includes(KEY);
    const site = areaName === 'local' && keys.some((k) => (host === undefined ? k.startsWith(SITE) : k === SITE + host));
    if (global || site) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
