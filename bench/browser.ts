// `npm run bench:browser`: Lede in real Chromium with the built extension, on the development
// corpus served on 127.0.0.1. For each page: the article text from `lede:get-analysis` and the
// page's visible text after clean-up (`document.body.innerText`), each scored with the corpus
// metric next to the CLI's article text from the same run. Also checks that nothing inside the
// detected article root is hidden, and counts the corpus truth's story paragraphs that clean-up
// hides. Run `npm run build` first.
import type { Page } from 'playwright-core';
import { parseHtml } from '../cli/parseHtml';
import { analyzeDocument } from '../core/analyze';
import { launchWithExtension, sendToTab, waitForAnalysis } from '../harness/chromium';
import { type CorpusPage, trafilaturaPages, zytePages } from '../harness/corpus';
import { meanScores, type Scores, snippetCounts, snippetScores, zytePageScore } from '../harness/metrics';
import { startServer } from '../harness/server';
import { table } from './table';

interface Observed {
  cli: string;
  article: string;
  visible: string;
  hiddenInsideArticle: number;
  /** The text of each hidden element that holds story text (for the report). */
  harmed: string[];
  /** The story's own paragraphs (the corpus truth: Zyte's body lines, trafilatura's must-have snippets) hidden by clean-up. */
  storyHidden: string[];
}

/** The story as the corpus truth gives it, a paragraph (or must-have snippet) at a time. */
const storyParagraphs = (p: CorpusPage): string[] =>
  p.corpus === 'zyte' ? (p.truth ?? '').split('\n').filter((line) => line.trim().length > 20) : (p.with ?? []);

const limit = Number(process.env.LEDE_BENCH_LIMIT ?? Number.POSITIVE_INFINITY);
const pages = [...zytePages(), ...trafilaturaPages()].slice(0, limit);
const server = await startServer();
const browser = await launchWithExtension();

async function observe(page: Page, corpusPage: CorpusPage): Promise<Observed> {
  const path =
    corpusPage.corpus === 'zyte' ? `/corpus/article/zyte/html/${corpusPage.id}.html` : `/corpus/article/trafilatura/html/${corpusPage.id}`;
  const url = `${server.origin}${path}`;
  const cli = analyzeDocument(parseHtml(corpusPage.html), { url }).analysis.article?.text ?? '';
  await page.goto(url, { waitUntil: 'load', timeout: 20_000 }).catch(() => undefined);
  // A page still pending after 5 s (the first page after the build, a busy moment) is given
  // longer: this bench measures what Lede finds, not how soon.
  let analysis = await waitForAnalysis(browser.worker, url, 5_000);
  if (!analysis || analysis.pending) analysis = await waitForAnalysis(browser.worker, url, 15_000);
  // Story text hidden by Lede: a paragraph of the reported article text that the reader cannot
  // see after clean-up but can see with clean-up off (the page's own collapsed or paywalled parts
  // do not count). Compared case- and space-insensitively, as CSS may transform case.
  // A page whose own script navigates while it is read is read again once it has loaded.
  const settled = async <T>(read: () => Promise<T>, fallback: T): Promise<T> => {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        return await read();
      } catch {
        await page.waitForLoadState('load').catch(() => undefined);
      }
    }
    return fallback;
  };
  const unseen = (articleText: string) =>
    // (No helper functions inside: the callback is serialised into the page as it is.)
    settled(
      () =>
        page.evaluate((text) => {
          // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees is the point
          const seen = (document.body?.innerText ?? '').replace(/\s+/g, ' ').toLowerCase();
          const missing = text
            .split('\n\n')
            .map((para) => para.replace(/\s+/g, ' ').trim())
            .filter((para) => para.length > 20 && !seen.includes(para.toLowerCase()));
          const root = document.querySelector('[data-lede="article"]');
          return root?.closest('[data-lede-hidden]') ? ['the article root', ...missing] : missing;
        }, articleText),
      [] as string[],
    );
  const articleText = analysis?.article?.text ?? '';
  const storyText = storyParagraphs(corpusPage).join('\n\n');
  // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees is the point
  const visible = await settled(() => page.evaluate(() => document.body?.innerText ?? ''), '');
  const missingWithCleanup = await unseen(articleText);
  const storyMissingWithCleanup = await unseen(storyText);
  let harmed = missingWithCleanup;
  let storyHidden = storyMissingWithCleanup;
  if (missingWithCleanup.length > 0 || storyMissingWithCleanup.length > 0) {
    await sendToTab(browser.worker, url, { type: 'lede:set', cleanup: false }).catch(() => null);
    const missingWithout = new Set(await unseen(articleText));
    const storyMissingWithout = new Set(await unseen(storyText));
    harmed = missingWithCleanup.filter((para) => !missingWithout.has(para));
    storyHidden = storyMissingWithCleanup.filter((para) => !storyMissingWithout.has(para));
  }
  const hiddenInsideArticle = harmed.length;
  const cut = (paras: string[]) => paras.map((para) => para.slice(0, 80));
  return { cli, article: articleText, visible, hiddenInsideArticle, harmed: cut(harmed), storyHidden: cut(storyHidden) };
}

const observed = new Map<string, Observed>();
try {
  const page = await browser.context.newPage();
  for (const p of pages) observed.set(`${p.corpus}/${p.id}`, await observe(page, p));
} finally {
  await browser.close();
  await server.close();
}

const score = (corpus: 'zyte' | 'trafilatura', pick: (o: Observed) => string): Scores => {
  const list = pages.filter((p) => p.corpus === corpus);
  if (corpus === 'zyte') return meanScores(list.map((p) => zytePageScore(p.truth ?? '', pick(observed.get(`zyte/${p.id}`) as Observed))));
  return snippetScores(
    list.map((p) => snippetCounts(pick(observed.get(`trafilatura/${p.id}`) as Observed), p.with ?? [], p.without ?? [])),
  );
};
const fmt = (s: Scores) => [s.f1.toFixed(3), s.precision.toFixed(3), s.recall.toFixed(3)];
const rows: string[][] = [];
for (const corpus of ['zyte', 'trafilatura'] as const) {
  rows.push([corpus, 'CLI article.text', ...fmt(score(corpus, (o) => o.cli))]);
  rows.push([corpus, 'Chromium article.text', ...fmt(score(corpus, (o) => o.article))]);
  rows.push([corpus, 'Chromium visible text', ...fmt(score(corpus, (o) => o.visible))]);
}
console.log(`\nLede in Chromium on the development corpus (${pages.length} pages)\n`);
console.log(table(['corpus', 'text', 'F1', 'P', 'R'], rows));
const hiddenInside = [...observed.values()].reduce((n, o) => n + o.hiddenInsideArticle, 0);
console.log(`\nArticle paragraphs hidden by Lede's clean-up (visible without it), all pages: ${hiddenInside}`);
for (const [id, o] of observed) for (const h of o.harmed) console.log(`  ${id}: ${h}`);
const storyHidden = [...observed.values()].reduce((n, o) => n + o.storyHidden.length, 0);
const pagesHarmed = [...observed.values()].filter((o) => o.storyHidden.length > 0).length;
console.log(
  `\nStory paragraphs of the corpus truth (Zyte's body lines, trafilatura's must-have snippets) hidden by clean-up (visible without it): ${storyHidden}, on ${pagesHarmed} pages`,
);
for (const [id, o] of observed) for (const h of o.storyHidden) console.log(`  ${id}: ${h}`);
