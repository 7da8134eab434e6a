// Mozilla's add-on linter (web-ext lint, as addons.mozilla.org runs it) on the Firefox build.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';
import { FIREFOX_BUILD } from './helpers/firefox';

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(?:ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('web-ext lint on the Firefox build', () => {
  it('finds no errors, and no warning but the one Preact brings', { timeout: 120_000 }, () => {
    const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', FIREFOX_BUILD, '--output', 'json', '--no-input'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const report = JSON.parse(run.stdout) as { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
    expect(report.errors).toEqual([]);
    // Preact's renderer assigns innerHTML for `dangerouslySetInnerHTML`; Lede never uses that
    // prop (checked below), so the warning cannot carry page text into the popup as markup.
    // (Vite puts Preact in a chunk the popup and the options page share.)
    expect(report.warnings.map((w) => w.code)).toEqual(['UNSAFE_VAR_ASSIGNMENT']);
    const chunk = readFileSync(join(FIREFOX_BUILD, report.warnings[0]?.file ?? ''), 'utf8');
    expect(chunk).toContain('dangerouslySetInnerHTML');
  });

  it('Lede never renders markup from strings', () => {
    for (const dir of ['components', 'entrypoints', 'effects', 'core']) {
      for (const file of sourceFiles(join(ROOT, dir)))
        expect(readFileSync(file, 'utf8')).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=/);
    }
  });
});
