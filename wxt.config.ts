import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The Firefox add-on id; the end-to-end tests pin its internal UUID by this id.
export const GECKO_ID = 'lede@lede.example';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  zip: {
    // The sources zip rebuilds the add-on (`npm ci && npm run build:firefox`); tests, local
    // scratch work and screenshots are not part of that.
    excludeSources: ['scratch/**', 'test-artifacts/**', 'demo-output/**', 'test/**', 'docs/**'],
  },
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Lede',
    description: 'Finds the story on a news page, hides the clutter, highlights figures and companies, and sums the article up.',
    // No permissions: the content script's matches give it the pages it annotates, and the
    // toolbar badge and messaging need none.
    permissions: [],
    action: { default_title: 'Lede' },
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
