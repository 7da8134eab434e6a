// The German sample page against its expected file, through the core and the CLI: the article is
// found and cleaned up, and every figure is read as German writes it, whole and with its value.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parseHtml';
import { analyzeDocument } from '../../core/analyze';
import type { Analysis } from '../../core/types';
import { type Expected, expectationFailures } from '../../harness/expected';
import { ROOT, SAMPLE_DE } from '../../harness/paths';

const PAGE = SAMPLE_DE.page;
const expected = JSON.parse(readFileSync(SAMPLE_DE.expected, 'utf8')) as Expected;

describe('German sample page siemens-quartal', () => {
  const page = analyzeDocument(parseHtml(readFileSync(PAGE, 'utf8')), { url: 'http://127.0.0.1/siemens-quartal.html' });
  const { analysis } = page;

  it('meets every must and mustNot of its expected file, read in German', () => {
    expect(expectationFailures(analysis, expected)).toEqual([]);
    expect(analysis.title).toBe(expected.title);
    expect(analysis.lang).toBe('de');
  });

  it('hides the clutter, never the story', () => {
    const hidden = page.boilerplate.map((b) => b.element.textContent ?? '').join('\n');
    for (const s of expected.visibleAfterCleanup.mustNotContain) expect(hidden).toContain(s);
    for (const s of expected.visibleAfterCleanup.mustContain) expect(hidden).not.toContain(s);
  });

  it('resolves each figure to the value and currency the text gives', () => {
    const value = (text: string) => {
      const f = analysis.figures.find((x) => x.text === text);
      return [f?.value, f?.unit];
    };
    expect(value('4,70 €')).toEqual([4.7, 'EUR']);
    expect(value('77,8 Milliarden Euro')).toEqual([77_800_000_000, 'EUR']);
    expect(value('6 Mrd. €')).toEqual([6_000_000_000, 'EUR']);
    expect(value('18,6 %')).toEqual([18.6, '%']);
    expect(value('CHF 340 Millionen')).toEqual([340_000_000, 'CHF']);
    expect(value('312 000')).toEqual([312_000, undefined]);
    const text = analysis.article?.text ?? '';
    for (const f of analysis.figures) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('answers the same through the CLI', () => {
    const cli = JSON.parse(execFileSync('npx', ['tsx', 'cli/lede.ts', 'analyze', PAGE], { cwd: ROOT, encoding: 'utf8' })) as Analysis;
    expect(cli.lang).toBe('de');
    expect(expectationFailures(cli, expected)).toEqual([]);
  });
});
