import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '../../core/article/blockFeatures';
import { BLOCK_MODEL } from '../../core/article/blockModel';
import { zytePages } from '../../harness/corpus';
import { sharedFolder } from '../../harness/paths';
import { fitBlockModel, labelPage, readCorpusPage } from '../../scripts/articleTraining';

const paragraphs = (n: number, words: string) =>
  Array.from({ length: n }, (_, i) => `<p>${words} Paragraph ${i + 1} goes on.</p>`).join('');
const page = {
  corpus: 'zyte' as const,
  id: 'hand-written',
  url: 'https://example.com/news/a',
  site: 'example.com',
  html: `<html><head><title>A story</title></head><body><nav><a href="/">Home</a> <a href="/b">Business</a></nav><h1>A story</h1><div class="body">${paragraphs(
    5,
    'The council met on Tuesday and agreed, after a long debate, to build the new market hall by the river next year.',
  )}<div class="share">Share this story on social media</div></div><ul class="related"><li><a href="/c">Another story</a></li><li><a href="/d">And one more</a></li></ul></body></html>`,
  truth: Array.from(
    { length: 5 },
    (_, i) =>
      `The council met on Tuesday and agreed, after a long debate, to build the new market hall by the river next year. Paragraph ${i + 1} goes on.`,
  ).join('\n'),
};

describe('block classifier training', () => {
  it('labels the story blocks of a page as story and the rest as not', () => {
    const labelled = labelPage(readCorpusPage(page));
    expect([...labelled.labels].filter((y) => y === 1)).toHaveLength(5);
    expect([...labelled.labels].filter((y) => y === 0).length).toBeGreaterThan(0);
  });

  it('fits the same weights twice', () => {
    const labelled = [labelPage(readCorpusPage(page)), labelPage(readCorpusPage({ ...page, id: 'again' }))];
    expect(fitBlockModel(labelled)).toEqual(fitBlockModel(labelled));
  });

  it('ships weights fitted on the features the code computes', () => {
    expect(BLOCK_MODEL.features).toEqual([...FEATURE_NAMES]);
    expect(BLOCK_MODEL.weights).toHaveLength(FEATURE_NAMES.length);
  });

  describe.skipIf(!sharedFolder('corpus', 'article'))('on corpus pages (skipped without ../shared/corpus/article)', () => {
    it('fits the same weights twice on real pages', () => {
      const labelled = zytePages()
        .slice(0, 12)
        .map((p) => labelPage(readCorpusPage(p)));
      const first = fitBlockModel(labelled);
      expect(fitBlockModel(labelled)).toEqual(first);
      expect(first.weights.some((w) => w !== 0)).toBe(true);
    });
  });
});
