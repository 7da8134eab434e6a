import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parseHtml';
import { ROOT } from '../../harness/paths';

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

  it('a 50 MB page in a batch: analysed, and the batch goes on', () => {
    // 50 MB under the cap, most of it markup the analysis skips (a comment), so the test measures
    // how the CLI reads a large record, not how long five million words take on a busy machine.
    const paragraph = '<p>Acme Widgets said revenue rose 5% to $2 billion in the quarter, as demand from retailers grew.</p>';
    const html = `<html><body><!--${'x'.repeat(50_000_000)}--><article>${paragraph.repeat(20)}</article></body></html>`;
    const input = `${JSON.stringify({ id: 'huge', html })}\n{broken\n${JSON.stringify({ id: 'after', html: '<p>x</p>' })}\n`;
    const r = spawnSync('npx', ['tsx', 'cli/lede.ts', 'analyze', '--jsonl'], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 1 << 30 });
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['huge', null, 'after']);
    expect(lines[0].article.wordCount).toBe(340);
    expect(lines[0].figures.length).toBe(40);
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

  it('a small gzip that unpacks past the size cap: one clear line, not a crash', () => {
    const bomb = join(dir, 'bomb.html.gz');
    writeFileSync(bomb, gzipSync(Buffer.alloc(100 * 1024 * 1024, 0x61)));
    const r = lede(['analyze', bomb]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(/bomb\.html\.gz: unpacks to more than 64 MB, which Lede does not read$/);
  });

  it('--jsonl: a record past the size cap gets an error line, and the batch goes on', () => {
    const huge = JSON.stringify({ id: 'huge', html: 'x'.repeat(65 * 1024 * 1024) });
    const r = spawnSync('npx', ['tsx', 'cli/lede.ts', 'analyze', '--jsonl'], {
      cwd: ROOT,
      input: `${huge}\n${JSON.stringify({ id: 'after', html: '<p>x</p>' })}\n`,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id ?? null)).toEqual([null, 'after']);
    expect(lines[0].error).toMatch(/line 1: longer than 64 MB/);
  });

  it('reads a page in the encoding it declares: windows-1252 by its meta, UTF-16 by its byte order mark', () => {
    const story =
      'Caf\u00e9 Noir S.A. said revenue rose 12% to \u20ac4.5 million in the year, its best result since the chain was founded.';
    const page = (meta: string) =>
      `<html><head>${meta}<title>Caf\u00e9 Noir</title></head><body><article><h1>Caf\u00e9 Noir</h1>${`<p>${story}</p>`.repeat(4)}</article></body></html>`;
    const latin = join(dir, 'latin.html');
    writeFileSync(latin, Buffer.from(page('<meta charset="windows-1252">').replaceAll('\u20ac', '\x80'), 'latin1'));
    const utf16 = join(dir, 'utf16.html');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page(''), 'utf16le')]));
    for (const file of [latin, utf16]) {
      const r = lede(['analyze', file]);
      expect(r.status, r.stderr).toBe(0);
      const analysis = JSON.parse(r.stdout);
      expect(analysis.title).toBe('Caf\u00e9 Noir');
      expect(analysis.article.text).toContain('\u20ac4.5 million');
    }
  });

  it('reads a page nested 100,000 elements deep, as a browser does (nesting past 512 is flattened)', () => {
    const deep = join(dir, 'deep.html');
    const story = '<p>Acme Widgets said revenue rose 12% to $4 billion in the year, lifted by demand from retailers in Europe.</p>';
    writeFileSync(
      deep,
      `<html><body>${'<div>'.repeat(100_000)}<article>${story.repeat(5)}</article>${'</div>'.repeat(100_000)}</body></html>`,
    );
    const r = lede(['analyze', deep]);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).article.text).toContain('Acme Widgets said revenue rose 12%');
  });

  it('keeps no element deeper than 512, so a deep page costs work in proportion to its size', () => {
    const story = '<p>Acme Widgets said revenue rose 12% to $4 billion in the year.</p>';
    const doc = parseHtml(`<html><body>${'<div>'.repeat(100_000)}<article>${story}</article>${'</div>'.repeat(100_000)}</body></html>`);
    let deepest = 0;
    const stack: Array<[Element, number]> = [[doc.documentElement, 1]];
    while (stack.length) {
      const [element, depth] = stack.pop() as [Element, number];
      deepest = Math.max(deepest, depth);
      for (const child of element.children) stack.push([child, depth + 1]);
    }
    expect(deepest).toBeLessThanOrEqual(514);
    expect(doc.querySelectorAll('div').length).toBe(100_000);
    expect(doc.querySelector('p')?.textContent).toBe('Acme Widgets said revenue rose 12% to $4 billion in the year.');
  });

  it('entities --jsonl reads each record in its "lang", and tells it from the text where absent', () => {
    const input = [
      '{"id":"de","lang":"de","text":"Der Umsatz stieg um 1.234 € auf 12,5 Mio. Euro."}',
      '{"id":"en","lang":"en","text":"Revenue rose by 1.234 € to 12,5 million euros."}',
      '{"id":"told","text":"Der Umsatz des Unternehmens stieg im dritten Quartal um 1.234 € auf 12,5 Mio. Euro, wie das Unternehmen am Dienstag mitteilte."}',
      '{"id":"pl","lang":"pl","text":"Przychody wzrosły o 12,5 mln zł."}',
      '{"id":"bad","lang":7,"text":"x"}',
    ].join('\n');
    const lines = lede(['entities', '--jsonl'], input)
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const texts = (i: number) => lines[i].figures.map((f: { text: string }) => f.text);
    expect(texts(0)).toEqual(['1.234 €', '12,5 Mio. Euro']);
    expect(texts(1)).toEqual(['1.234 €', '12,5 million euros']);
    expect(texts(2)).toEqual(['1.234 €', '12,5 Mio. Euro']);
    expect(lines[3].figures).toEqual([]);
    expect(lines[4].error).toMatch(/"lang" must be a string/);
  });

  it("analyze --jsonl reports the language it read the page in, the record's where given", () => {
    const paragraphs = [
      'Der Umsatz des Unternehmens stieg im dritten Quartal um 4,70 € je Aktie, wie das Unternehmen am Dienstag in Berlin mitteilte.',
      'Die Nachfrage aus den Rechenzentren wuchs schneller, als die Analysten erwartet hatten, und die Prognose für das Jahr wurde angehoben.',
      'Im Vorjahr hatte der Konzern noch einen Verlust ausgewiesen, der vor allem auf die hohen Kosten für Energie zurückging.',
      'Für das kommende Jahr rechnet der Vorstand mit einem weiteren Wachstum, auch wenn die Lage auf den Märkten unsicher bleibt.',
    ];
    const page = (lang: string) =>
      `<html lang="${lang}"><head><title>Quartal</title></head><body><article><h1>Der Umsatz steigt</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const input = [
      JSON.stringify({ id: 'declared-en', html: page('en') }),
      JSON.stringify({ id: 'given', html: page('en'), lang: 'de-AT' }),
    ].join('\n');
    const lines = lede(['analyze', '--jsonl'], input)
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.lang)).toEqual(['de', 'de-AT']);
    expect(lines[0].figures.map((f: { text: string; value: number }) => [f.text, f.value])).toContainEqual(['4,70 €', 4.7]);
  });
});
