import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parseHtml';
import { analyzeDocument } from '../../core/analyze';
import { readabilityPages, trafilaturaPages, zytePages } from '../../harness/corpus';
import { meanScores, snippetCounts, snippetScores, zytePageScore } from '../../harness/metrics';
import { sharedFolder } from '../../harness/paths';

const FLOORS = {
  zyte: { f1: 0.97, precision: 0.965, recall: 0.975 },
  trafilatura: { f1: 0.925, missed: 6 },
  readability: { f1: 0.9, missed: 7 },
};

const textOf = (html: string, url: string) => analyzeDocument(parseHtml(html), { url }).analysis.article?.text ?? '';

describe.skipIf(!sharedFolder('corpus', 'article'))(
  'article detection on the development corpora (skipped without ../shared/corpus/article)',
  () => {
    it('Zyte benchmark metric stays above its floors, and at most 1 % of its articles are missed', () => {
      const texts = zytePages().map((p) => ({ p, text: textOf(p.html, p.url) }));
      const missed = texts.filter(({ text }) => text === '').length;
      expect(missed / texts.length).toBeLessThanOrEqual(0.01);
      const scores = meanScores(texts.map(({ p, text }) => zytePageScore(p.truth ?? '', text)));
      console.log(`zyte: F1 ${scores.f1.toFixed(3)} P ${scores.precision.toFixed(3)} R ${scores.recall.toFixed(3)}`);
      expect(scores.f1).toBeGreaterThanOrEqual(FLOORS.zyte.f1);
      expect(scores.precision).toBeGreaterThanOrEqual(FLOORS.zyte.precision);
      expect(scores.recall).toBeGreaterThanOrEqual(FLOORS.zyte.recall);
    });

    it('trafilatura snippets stay above their floor, with few pages left without an article', () => {
      const texts = trafilaturaPages().map((p) => ({ p, text: textOf(p.html, p.url) }));
      const scores = snippetScores(texts.map(({ p, text }) => snippetCounts(text, p.with ?? [], p.without ?? [])));
      const missed = texts.filter(({ p, text }) => (p.with ?? []).length > 0 && text === '').length;
      console.log(
        `trafilatura: F1 ${scores.f1.toFixed(3)} P ${scores.precision.toFixed(3)} R ${scores.recall.toFixed(3)}, no article on ${missed}`,
      );
      expect(scores.f1).toBeGreaterThanOrEqual(FLOORS.trafilatura.f1);
      expect(missed).toBeLessThanOrEqual(FLOORS.trafilatura.missed);
    });

    it("Readability.js's test pages stay above their floor", () => {
      const texts = readabilityPages().map((p) => ({ p, text: textOf(p.html, p.url) }));
      const scores = meanScores(texts.map(({ p, text }) => zytePageScore(p.truth ?? '', text)));
      const missed = texts.filter(({ p, text }) => (p.truth ?? '').trim() !== '' && text === '').length;
      console.log(
        `readability: F1 ${scores.f1.toFixed(3)} P ${scores.precision.toFixed(3)} R ${scores.recall.toFixed(3)}, no article on ${missed}`,
      );
      expect(scores.f1).toBeGreaterThanOrEqual(FLOORS.readability.f1);
      expect(missed).toBeLessThanOrEqual(FLOORS.readability.missed);
    });
  },
);
