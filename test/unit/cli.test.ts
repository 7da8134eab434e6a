import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';

const lede = (args: string[], input?: string | Buffer) =>
  spawnSync('npx', ['tsx', 'cli/lede.ts', ...args], { cwd: ROOT, input, encoding: 'utf8' });

describe('lede CLI: bad input gets a clear message', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lede-cli-'));

  it('a missing file: one line on stderr, exit 1, no stack trace', () => {
    const r = lede(['analyze', join(dir, 'nope.html')]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(/nope\.html: no such file$/);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('binary junk and empty files', () => {
    const junk = join(dir, 'junk.html');
    writeFileSync(junk, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    expect(lede(['analyze', junk]).stderr).toMatch(/not an HTML or text file/);
    const empty = join(dir, 'empty.html');
    writeFileSync(empty, '');
    expect(lede(['analyze', empty]).stderr).toMatch(/the file is empty/);
  });

  it('an unknown command prints the usage and exits 2', () => {
    const r = lede(['frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'frobnicate'/);
    expect(r.stderr).toMatch(/usage: lede analyze/);
  });

  it('a command named like an object property is unknown too', () => {
    const r = lede(['constructor', '--jsonl'], '{"text":"x"}\n');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'constructor'/);
  });

  it('--jsonl: an error line for a bad record, and the batch goes on', () => {
    const input = [
      '{"id":"ok","html":"<p>tiny</p>","url":"http://a.test/"}',
      '{not json',
      '{"id":"nohtml"}',
      '{"id":"second","html":"<html><body><p>x</p></body></html>"}',
    ].join('\n');
    const r = lede(['analyze', '--jsonl'], input);
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['ok', null, 'nohtml', 'second']);
    expect(lines[0].article).toBeNull();
    expect(lines[0].url).toBe('http://a.test/');
    expect(lines[1].error).toMatch(/line 2: not valid JSON/);
    expect(lines[2].error).toMatch(/"html" must be a string/);
  });

  it('a 50 MB page in a batch: analysed, and the batch goes on', { timeout: 180_000 }, () => {
    const paragraph = '<p>Acme Widgets said revenue rose 5% to $2 billion in the quarter, as demand from retailers grew.</p>';
    const html = `<html><body><article>${paragraph.repeat(Math.ceil(50_000_000 / paragraph.length))}</article></body></html>`;
    const input = `${JSON.stringify({ id: 'huge', html })}\n{broken\n${JSON.stringify({ id: 'after', html: '<p>x</p>' })}\n`;
    const r = spawnSync('npx', ['tsx', 'cli/lede.ts', 'analyze', '--jsonl'], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 1 << 30 });
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['huge', null, 'after']);
    expect(lines[0].article.wordCount).toBeGreaterThan(5_000_000);
    expect(lines[1].error).toMatch(/not valid JSON/);
  });

  it('entities --jsonl gives spans with offsets into the text', () => {
    const r = lede(['entities', '--jsonl'], '{"id":"t","text":"Shares of Apple Inc. rose 4% to $3.1 trillion."}\n');
    const out = JSON.parse(r.stdout);
    expect(out.id).toBe('t');
    expect(out.companies).toEqual([{ text: 'Apple Inc.', start: 10, end: 20 }]);
    expect(out.figures.map((f: { text: string; kind: string }) => [f.text, f.kind])).toEqual([
      ['4%', 'percent'],
      ['$3.1 trillion', 'money'],
    ]);
  });
});
