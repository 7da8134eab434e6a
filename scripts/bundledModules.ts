// A Vite plugin for the extension's build: records every module each build bundles into
// `.wxt/bundled-<browser>.json`, so the third-party notices (scripts/notices.ts) name what
// really ships, polyfills and WXT's runtime included.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

export const bundledModulesFile = (root: string, browser: string): string => join(root, '.wxt', `bundled-${browser}.json`);

/** Forgets what an earlier build recorded (WXT's `build:before`). */
export function forgetBundledModules(root: string, browser: string): void {
  rmSync(bundledModulesFile(root, browser), { force: true });
}

export function bundledModules(root: string, browser: string): Plugin {
  return {
    name: 'lede-bundled-modules',
    generateBundle(_, bundle) {
      const file = bundledModulesFile(root, browser);
      const seen = new Set<string>(existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as string[]) : []);
      for (const output of Object.values(bundle)) if (output.type === 'chunk') for (const id of Object.keys(output.modules)) seen.add(id);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify([...seen].sort()));
    },
  };
}
