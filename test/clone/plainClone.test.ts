// The repository stands alone: cloned into a folder with no `shared` beside it, the README's
// quick start works there (`npm ci`, `npm run demo`) and so do the unit tests, the corpus tests
// skipping with one line that names the folder. The clone is of the last commit.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../harness/paths';

const MINUTES = 60_000;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the escape that starts a terminal colour
const ANSI = /\u001b\[[0-9;]*m/g;

describe('a plain clone, with no ../shared beside it', () => {
  const parent = mkdtempSync(join(tmpdir(), 'lede-clone-'));
  const clone = join(parent, 'lede');
  // Plain text: the test runner around this one may have asked its workers for colour.
  const env = { ...process.env, CI: 'true', NO_COLOR: '1', FORCE_COLOR: '0' };
  const run = (command: string, args: string[]) =>
    execFileSync(command, args, { cwd: clone, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env }).replace(ANSI, '');

  beforeAll(() => {
    execFileSync('git', ['clone', '--quiet', ROOT, clone]);
    run('npm', ['ci', '--no-audit', '--no-fund']);
  }, 10 * MINUTES);

  // A clone's node_modules takes a while to remove on a busy machine.
  afterAll(() => rmSync(parent, { recursive: true, force: true }), 2 * MINUTES);

  it('has no shared folder beside it', () => {
    expect(existsSync(join(parent, 'shared'))).toBe(false);
  });

  it('runs the demo on its own sample page', { timeout: 10 * MINUTES }, () => {
    const out = run('npm', ['run', 'demo']);
    expect(out).toContain('Norvane Systems agrees $2.4 billion deal for Halden Robotics');
    expect(out).toMatch(/Companies\n {2}\S/);
    expect(existsSync(join(clone, 'demo-output', 'annotated-page.png'))).toBe(true);
  });

  it('passes the unit tests, skipping what needs the corpora with one line each', { timeout: 10 * MINUTES }, () => {
    const out = run('npm', ['run', 'test:unit']);
    expect(out).toMatch(/Tests +\d+ passed/);
    expect(out).toContain('skipped: ../shared/corpus/article is not beside this checkout');
    expect(out).toContain('skipped: ../shared/corpus/entities is not beside this checkout');
  });
});
