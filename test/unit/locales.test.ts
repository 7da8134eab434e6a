// Every string the reader sees goes through `_locales`: English and German carry the same
// messages, every key the code asks for exists, and no component writes English text directly.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../harness/paths';
import { t } from '../../utils/i18n';

type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const load = (lang: string): Messages => JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8'));
const en = load('en');
const de = load('de');

const sources = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => readFileSync(join(ROOT, dir, f), 'utf8'));
const ui = [...sources('components'), ...sources('entrypoints')];

describe('locales', () => {
  it('German has every English message, with the same placeholders, translated', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message, placeholders }] of Object.entries(en)) {
      expect(Object.keys(de[key]?.placeholders ?? {}), key).toEqual(Object.keys(placeholders ?? {}));
      if (message.length > 12) expect(de[key]?.message, key).not.toBe(message);
    }
  });

  it('every message the code asks for exists', () => {
    const used = new Set(ui.flatMap((source) => [...source.matchAll(/\bt\('([\w]+)'/g)].map((m) => m[1] as string)));
    expect(used.size).toBeGreaterThan(30);
    for (const key of used) expect(en, key).toHaveProperty(key);
    const manifest = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    for (const [, key] of manifest.matchAll(/__MSG_(\w+)__/g)) expect(en, key).toHaveProperty(key as string);
  });

  it('no component writes words straight into its markup', () => {
    for (const source of sources('components')) {
      // Text between a JSX tag's end and the next tag or expression.
      const texts = [...source.matchAll(/>\s*([^<>{}()=;]*\p{L}{2,}[^<>{}()=;]*)\s*</gu)].map((m) => m[1]?.trim());
      expect(texts).toEqual([]);
    }
  });

  it('fills placeholders outside the extension as the browser does', () => {
    expect(t('metaLine', 812, 14)).toBe('812 words · 14 blocks hidden');
  });
});
