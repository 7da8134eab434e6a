import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { kindStyles } from './scripts/kindStyles';
import { lazyJson } from './scripts/lazyJson';

// The Firefox add-on id; the end-to-end tests pin its internal UUID by this id.
export const GECKO_ID = 'lede@lede.example';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  zip: {
    // The sources zip rebuilds the add-on (`npm ci && npm run build:firefox`); tests, local
    // scratch work and screenshots are not part of that.
    excludeSources: ['scratch/**', 'test-artifacts/**', 'demo-output/**', 'test/**', 'docs/**'],
  },
  // The generated lists and tables and the company tagger's weights are parsed when first read,
  // not each time the background starts.
  vite: () => ({
    plugins: [
      preact(),
      kindStyles(),
      lazyJson(
        ['lexicon', 'figures', 'languageWords', 'companyTagger'].map((name) =>
          fileURLToPath(new URL(`./core/data/${name}.json`, import.meta.url)),
        ),
      ),
    ],
    // Every browser Lede supports preloads modules itself; Vite's polyfill for it would be one more
    // script for the popup to load.
    build: { modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the reader's settings. activeTab + scripting: "only when I click" runs Lede on the
    // tab the reader asks for, so it works with no host permission granted at all. The content
    // script's matches give it the pages it annotates on its own.
    permissions: ['storage', 'activeTab', 'scripting'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'toggle-cleanup': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandToggleCleanup__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
