// The sample pages against their expected files, through the same path as the CLI: the
// repository's own, and the team's reference page in ../shared/pages where it is present.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parseHtml';
import { analyzeDocument } from '../../core/analyze';
import type { Analysis } from '../../core/types';
import { type Expected, expectationFailures } from '../../harness/expected';
import { ROOT, samplePages } from '../../harness/paths';

describe.each(samplePages())('sample page $name', (sample) => {
  const expected = JSON.parse(readFileSync(sample.expected, 'utf8')) as Expected;
  const page = analyzeDocument(parseHtml(readFileSync(sample.page, 'utf8')), { url: `http://127.0.0.1${sample.servedAt}` });
  const { analysis } = page;

  it('meets every must and mustNot of its expected file', () => {
    expect(expectationFailures(analysis, expected)).toEqual([]);
    expect(analysis.title).toBe(expected.title);
  });

  it('marks as clutter what a reader must not see, and never the story or its headline', () => {
    const hidden = page.boilerplate.map((b) => b.element);
    const root = page.article?.root as Element;
    for (const el of hidden) {
      expect(el.contains(root)).toBe(false);
      expect(
        root.contains(el) && (el.textContent ?? '').trim() !== '' && analysis.article?.text.includes((el.textContent ?? '').trim()),
      ).toBe(false);
    }
    const hiddenText = hidden.map((el) => el.textContent ?? '').join('\n');
    for (const s of expected.visibleAfterCleanup.mustNotContain) expect(hiddenText).toContain(s);
    for (const s of expected.visibleAfterCleanup.mustContain) expect(hiddenText).not.toContain(s);
  });

  it('gives offsets that point at the mentioned text', () => {
    const text = analysis.article?.text ?? '';
    for (const c of analysis.companies) for (const m of c.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const f of analysis.figures) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.sentence).toContain(f.text);
    }
  });

  it('summarises with 3 to 5 key sentences from the article, in order', () => {
    const text = analysis.article?.text ?? '';
    expect(analysis.summary.length).toBeGreaterThanOrEqual(3);
    expect(analysis.summary.length).toBeLessThanOrEqual(5);
    const positions = analysis.summary.map((s) => text.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('answers the same through the CLI, in the contract shape', () => {
    const out = execFileSync('npx', ['tsx', 'cli/lede.ts', 'analyze', sample.page, '--url', 'http://x.test/a'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const cli = JSON.parse(out) as Analysis;
    expect(Object.keys(cli)).toEqual(
      expect.arrayContaining(['url', 'title', 'lang', 'article', 'hidden', 'companies', 'figures', 'summary', 'timings']),
    );
    expect(cli.url).toBe('http://x.test/a');
    expect(cli.hidden).toBe(0);
    expect(typeof cli.timings.totalMs).toBe('number');
    expect(expectationFailures(cli, expected)).toEqual([]);
  });
});
