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

describe('a plain clone, with no ../shared beside it', () => {
  const parent = mkdtempSync(join(tmpdir(), 'lede-clone-'));
  const clone = join(parent, 'lede');
  const run = (command: string, args: string[]) =>
    execFileSync(command, args, { cwd: clone, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: 'true' } });

  beforeAll(() => {
    execFileSync('git', ['clone', '--quiet', ROOT, clone]);
    run('npm', ['ci', '--no-audit', '--no-fund']);
  }, 10 * MINUTES);

  afterAll(() => rmSync(parent, { recursive: true, force: true }));

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
