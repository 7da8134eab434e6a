// Mozilla's add-on linter (web-ext lint, as addons.mozilla.org runs it) on the Firefox build.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIREFOX_BUILD } from '../../harness/firefox';
import { ROOT } from '../../harness/paths';

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
  it('finds no errors, and no warning but the ones Preact brings', { timeout: 120_000 }, () => {
    const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', FIREFOX_BUILD, '--output', 'json', '--no-input'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const report = JSON.parse(run.stdout) as { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
    expect(report.errors).toEqual([]);
    // Preact's renderer assigns innerHTML for `dangerouslySetInnerHTML`; Lede never uses that
    // prop (checked below), so the warning cannot carry page text into the popup as markup.
    // Preact is in the popup's script and in the options page's, one warning each.
    expect(report.warnings.map((w) => w.code)).toEqual(['UNSAFE_VAR_ASSIGNMENT', 'UNSAFE_VAR_ASSIGNMENT']);
    const files = report.warnings.map((w) => w.file ?? '').sort();
    expect(files).toEqual([expect.stringMatching(/^chunks\/popup-[\w-]+\.js$/), 'options-app.js']);
    for (const file of files) expect(readFileSync(join(FIREFOX_BUILD, file), 'utf8')).toContain('dangerouslySetInnerHTML');
  });

  it('Lede never renders markup from strings', () => {
    for (const dir of ['components', 'entrypoints', 'effects', 'core']) {
      for (const file of sourceFiles(join(ROOT, dir)))
        expect(readFileSync(file, 'utf8')).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=/);
    }
  });
});
