// Where the content script comes to pages on its own: everywhere but the sites set to never
// when Lede runs on every article; only the sites set to always otherwise; nowhere when none is.
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';

const calls: unknown[] = [];
let registered = false;
vi.mock('wxt/browser', () => ({
  browser: {
    scripting: {
      getRegisteredContentScripts: async () => (registered ? [{ id: 'lede' }] : []),
      registerContentScripts: async (scripts: unknown[]) => {
        calls.push(['register', scripts]);
        registered = true;
      },
      unregisterContentScripts: async (filter: unknown) => {
        calls.push(['unregister', filter]);
        registered = false;
      },
    },
  },
}));

const { placement, register } = await import('../../utils/registration');

const sites = { 'never.example': 'never', 'always.example': 'always', 'bad host/': 'never' } as Settings['sites'];

describe('the content script’s registration', () => {
  it('covers every page but the sites set to never, when Lede runs on every article', () => {
    expect(placement({ ...DEFAULT_SETTINGS, sites })).toEqual({
      matches: ['http://*/*', 'https://*/*'],
      excludeMatches: ['*://never.example/*'],
    });
  });

  it('covers only the sites set to always in "only when I click" mode or with the global switch off', () => {
    const only = { matches: ['*://always.example/*'], excludeMatches: [] };
    expect(placement({ ...DEFAULT_SETTINGS, mode: 'click', sites })).toEqual(only);
    expect(placement({ ...DEFAULT_SETTINGS, enabled: false, sites })).toEqual(only);
    expect(placement({ ...DEFAULT_SETTINGS, mode: 'click', sites: {} })).toBeNull();
  });

  it('registers the script anew as the settings change, and unregisters it where it runs nowhere', async () => {
    await register(DEFAULT_SETTINGS);
    await register({ ...DEFAULT_SETTINGS, sites });
    await register({ ...DEFAULT_SETTINGS, mode: 'click' });
    expect(calls.map((c) => (c as [string])[0])).toEqual(['register', 'unregister', 'register', 'unregister']);
    const [script] = (calls[0] as [string, Array<Record<string, unknown>>])[1];
    expect(script).toMatchObject({
      id: 'lede',
      js: ['content-scripts/content.js'],
      css: ['content-scripts/content.css'],
      allFrames: false,
    });
    expect(script).not.toHaveProperty('excludeMatches');
  });
});
