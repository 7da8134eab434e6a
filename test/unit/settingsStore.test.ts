// Where the settings are kept: the global ones in one synced item with a version, each site's
// choice in a key of its own in local storage. With Chrome's sync quotas (harness/fakeStorage.ts):
// thousands of sites, a failed save, settings written by the first version, and fields of a newer
// Lede that this one does not know.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeStorage } from '../../harness/fakeStorage';
import { DEFAULT_SETTINGS, type Settings, withSite } from '../../utils/settings';

let storage = fakeStorage();
vi.mock('wxt/browser', () => ({
  browser: {
    get storage() {
      return storage;
    },
  },
}));

const { loadSettings, loadSettingsFor, migrateSettings, saveSettings, SETTINGS_VERSION } = await import('../../utils/settingsStore');

beforeEach(() => {
  storage = fakeStorage();
});

/** Settings as the first version wrote them: one synced item, sites inside, no version. */
const firstVersion = {
  enabled: true,
  mode: 'click',
  sites: { 'news.example.com': 'always', 'ads.example.net': 'never' },
  cleanup: false,
  highlight: true,
  kinds: { company: true, money: false },
  colours: { money: '#1a5c2a' },
};

describe('the settings store', () => {
  it('reads settings the first version wrote, and moves their sites into keys of their own', async () => {
    await storage.sync.set({ settings: firstVersion });
    const before = await loadSettings();
    expect(before.mode).toBe('click');
    expect(before.sites).toEqual(firstVersion.sites);
    expect(before.kinds.money).toBe(false);
    expect(before.colours.money).toBe('#1a5c2a');
    await migrateSettings();
    const item = storage.sync.data.get('settings') as Record<string, unknown>;
    expect(item.version).toBe(SETTINGS_VERSION);
    expect(item.sites).toBeUndefined();
    expect(storage.local.data.get('site:ads.example.net')).toBe('never');
    expect(await loadSettings()).toEqual(before);
    expect((await loadSettingsFor('news.example.com')).sites).toEqual({ 'news.example.com': 'always' });
  });

  it('keeps 5,000 sites, each in its own key, within sync’s quotas', async () => {
    const sites: Settings['sites'] = {};
    for (let i = 0; i < 5000; i++) sites[`site-${i}.news.example`] = i % 2 ? 'always' : 'never';
    await saveSettings({ ...DEFAULT_SETTINGS, sites }, DEFAULT_SETTINGS);
    const loaded = await loadSettings();
    expect(Object.keys(loaded.sites)).toHaveLength(5000);
    expect(loaded.sites['site-4999.news.example']).toBe('always');
    // A change of mode still saves with 5,000 sites kept.
    await saveSettings({ ...loaded, mode: 'click' }, loaded);
    expect((await loadSettings()).mode).toBe('click');
    // A page reads only its own site.
    expect(await loadSettingsFor('site-7.news.example')).toMatchObject({ sites: { 'site-7.news.example': 'always' } });
    // One site removed, the rest kept.
    await saveSettings(withSite(loaded, 'site-3.news.example', null), loaded);
    expect(Object.keys((await loadSettings()).sites)).toHaveLength(4999);
  });

  it('rejects a save the browser refuses, and the stored settings stay as they were', async () => {
    const saved = { ...DEFAULT_SETTINGS, mode: 'click' as const };
    await saveSettings(saved, DEFAULT_SETTINGS);
    storage.failNext('sync');
    await expect(saveSettings({ ...saved, enabled: false }, saved)).rejects.toThrow(/quota/i);
    expect((await loadSettings()).enabled).toBe(true);
    expect((await loadSettings()).mode).toBe('click');
  });

  it('keeps the fields and the version of a newer Lede it does not know', async () => {
    await storage.sync.set({ settings: { version: SETTINGS_VERSION + 1, mode: 'auto', futureField: { x: 1 } } });
    const loaded = await loadSettings();
    await saveSettings({ ...loaded, cleanup: false }, loaded);
    expect(storage.sync.data.get('settings')).toMatchObject({ version: SETTINGS_VERSION + 1, futureField: { x: 1 }, cleanup: false });
  });
});
