// Quality floors for article detection on the development corpus, through the CLI's code path
// (parse5 + linkedom + the core). A change that drops a score below its floor fails here; the
// printed table shows where the scores stand.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parseHtml';
import { analyzeDocument } from '../../core/analyze';
import { trafilaturaPages, zytePages } from '../../harness/corpus';
import { meanScores, snippetCounts, snippetScores, zytePageScore } from '../../harness/metrics';
import { sharedFolder } from '../../harness/paths';

const FLOORS = {
  zyte: { f1: 0.965, precision: 0.95, recall: 0.97 },
  trafilatura: { f1: 0.92 },
};

const textOf = (html: string, url: string) => analyzeDocument(parseHtml(html), { url }).analysis.article?.text ?? '';

describe.skipIf(!sharedFolder('corpus', 'article'))('article detection on the development corpus', () => {
  it('Zyte benchmark metric stays above its floors, and at most 1 % of its articles are missed', { timeout: 60_000 }, () => {
    const texts = zytePages().map((p) => ({ p, text: textOf(p.html, p.url) }));
    const missed = texts.filter(({ text }) => text === '').length;
    expect(missed / texts.length).toBeLessThanOrEqual(0.01);
    const scores = meanScores(texts.map(({ p, text }) => zytePageScore(p.truth ?? '', text)));
    console.log(`zyte: F1 ${scores.f1.toFixed(3)} P ${scores.precision.toFixed(3)} R ${scores.recall.toFixed(3)}`);
    expect(scores.f1).toBeGreaterThanOrEqual(FLOORS.zyte.f1);
    expect(scores.precision).toBeGreaterThanOrEqual(FLOORS.zyte.precision);
    expect(scores.recall).toBeGreaterThanOrEqual(FLOORS.zyte.recall);
  });

  it('trafilatura snippets stay above their floor', { timeout: 120_000 }, () => {
    const scores = snippetScores(trafilaturaPages().map((p) => snippetCounts(textOf(p.html, p.url), p.with ?? [], p.without ?? [])));
    console.log(`trafilatura: F1 ${scores.f1.toFixed(3)} P ${scores.precision.toFixed(3)} R ${scores.recall.toFixed(3)}`);
    expect(scores.f1).toBeGreaterThanOrEqual(FLOORS.trafilatura.f1);
  });
});
