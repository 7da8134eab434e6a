// A Vite plugin for the extension's build: the listed JSON files become modules whose properties
// are parsed on first read. The company list (150 KB) was otherwise parsed by the content script
// on every page it loaded on, about a millisecond each time, though on most pages the text is read
// in the background and many pages are no articles at all. The CLI and the tests import the JSON
// as it is.

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

export function lazyJson(files: string[]): Plugin {
  // Virtual ids that do not end in .json, so the build's own JSON plugin leaves them alone; they
  // name the file, so what a build bundles can be told (scripts/bundledModules.ts).
  const ids = new Map(files.map((file) => [resolve(file), `\0lede-lazy-json:${resolve(file)}:`]));
  const paths = new Map([...ids].map(([path, id]) => [id, path]));
  return {
    name: 'lede-lazy-json',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !source.endsWith('.json')) return null;
      return ids.get(resolve(dirname(importer), source)) ?? null;
    },
    load(id) {
      const path = paths.get(id);
      return path ? lazyModule(readFileSync(path, 'utf8')) : null;
    },
  };
}

/** A module whose default export reads like the JSON object, and parses the text on first use. */
export function lazyModule(text: string): string {
  const value = JSON.parse(text) as Record<string, unknown>;
  const keys = Object.keys(value).map((key) => JSON.stringify(key));
  // Without the file's white space, in a template literal: a quoted string would escape every quote.
  const compact = JSON.stringify(value).replace(/[\\`]|\$\{/g, (c) => `\\${c}`);
  return [
    `const text = \`${compact}\`;`,
    'let parsed;',
    'const load = () => (parsed ??= JSON.parse(text));',
    'export default {',
    ...keys.map((key) => `  get ${key}() { return load()[${key}]; },`),
    '};',
    '',
  ].join('\n');
}
