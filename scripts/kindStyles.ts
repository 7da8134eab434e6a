// A Vite plugin for the extension's build: `import 'virtual:lede-kind-styles.css'` in the content
// script is the highlight rules of every kind in the registry (effects/kindStylesheet.ts), so a
// new kind needs no stylesheet edit.

import type { Plugin } from 'vite';
import { KINDS } from '../core/kinds/registry';
import { kindStylesheet } from '../effects/kindStylesheet';

export const KIND_STYLES = 'virtual:lede-kind-styles.css';
const RESOLVED = `\0${KIND_STYLES}`;

export function kindStyles(): Plugin {
  return {
    name: 'lede-kind-styles',
    resolveId: (source) => (source === KIND_STYLES ? RESOLVED : null),
    load: (id) => (id === RESOLVED ? kindStylesheet(KINDS) : null),
  };
}
