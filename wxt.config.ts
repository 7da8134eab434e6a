import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { bundledModules, forgetBundledModules } from './scripts/bundledModules';
import { kindStyles } from './scripts/kindStyles';
import { lazyJson } from './scripts/lazyJson';

// The Firefox add-on id; the end-to-end tests pin its internal UUID by this id.
export const GECKO_ID = 'lede@lede.example';
const ROOT = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  zip: {
    // The sources zip rebuilds the add-on (`npm ci && npm run build:firefox`); tests, local
    // scratch work and screenshots are not part of that.
    excludeSources: ['scratch/**', 'test-artifacts/**', 'demo-output/**', 'test/**', 'docs/screenshots/**', 'store/screenshots/**'],
  },
  hooks: {
    'build:before': (wxt) => forgetBundledModules(ROOT, wxt.config.browser),
    // The licence and the third-party notices ship in both builds.
    'build:publicAssets': (_, files) => {
      for (const name of ['LICENSE', 'THIRD_PARTY_NOTICES.md']) files.push({ absoluteSrc: join(ROOT, name), relativeDest: name });
    },
  },
  vite: (env) => ({
    plugins: [
      preact(),
      kindStyles(),
      // What each build bundles, for the third-party notices (scripts/notices.ts).
      bundledModules(ROOT, env.browser),
      // The generated lists and tables and the company tagger's weights are parsed when first read,
      // not each time the background starts.
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
    // tab the reader asks for, so it works with no host permission granted at all; scripting also
    // registers the content script where Lede runs on its own (utils/registration.ts), on the
    // http(s) pages the host permissions cover. Each is justified in store/*.json.
    permissions: ['storage', 'activeTab', 'scripting'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'toggle-cleanup': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandToggleCleanup__',
      },
    },
    // The CSS Custom Highlight API (Chrome 105) highlights without touching the page's nodes;
    // the on-device Summarizer (Chrome 138) is offered only where the browser has it.
    ...(browser === 'chrome' ? { minimum_chrome_version: '105' } : {}),
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
