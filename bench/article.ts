// `npm run bench:article`: Lede's article text against Readability.js on the same DOM, on the
// development corpora (Zyte, trafilatura, Readability's test pages), three ways side by side:
// dev (Lede's CLI with the shipped weights, which were fitted on these pages), cross-validated
// by site (bench/crossValidate.ts: the estimate for unseen sites), and Readability.js. Also the
// pages left with no article where the truth has one, the pages where Lede does worst, and the
// time per page.
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../cli/parseHtml';
import type { Analysis } from '../core/types';
import { allPages, type CorpusName, type CorpusPage } from '../harness/corpus';
import { meanScores, type PageScore, type Scores, snippetCounts, snippetScores, zytePageScore } from '../harness/metrics';
import { readCorpusPage } from '../scripts/articleTraining';
import { crossValidatedTexts, FOLD_SEED, FOLDS } from './crossValidate';
import { runCliJsonl } from './runCli';
import { percentile, table } from './table';

interface Run {
  text: string;
  ms: number;
}

function runReadability(page: CorpusPage): Run {
  const doc = parseHtml(page.html);
  const t0 = performance.now();
  let text = '';
  try {
    // Readability on linkedom: as the corpus README measured it.
    text = new Readability(doc as never).parse()?.textContent ?? '';
  } catch {
    text = '';
  }
  return { text, ms: performance.now() - t0 };
}

const key = (page: CorpusPage): string => `${page.corpus}/${page.id}`;
const pages = allPages();
const { results } = await runCliJsonl<Analysis & { id: string; error?: string }>(
  'analyze',
  pages.map((p) => ({ id: key(p), html: p.html, url: p.url })),
);
const dev = new Map<string, string>();
const totalMs: number[] = [];
const detectMs: number[] = [];
for (const page of pages) {
  const out = results.get(key(page));
  dev.set(key(page), out?.article?.text ?? '');
  if (Number.isFinite(out?.timings?.totalMs)) totalMs.push(out?.timings.totalMs as number);
  if (Number.isFinite(out?.timings?.detectMs)) detectMs.push(out?.timings.detectMs as number);
}
const crossValidated = crossValidatedTexts(pages.map(readCorpusPage));
const readability = new Map<string, Run>(pages.map((p) => [key(p), runReadability(p)]));
const readabilityTexts = new Map([...readability].map(([k, run]) => [k, run.text]));

const CORPORA: ReadonlyArray<readonly [CorpusName, string]> = [
  ['zyte', 'shingles'],
  ['trafilatura', 'snippets'],
  ['readability', 'shingles'],
];
const inCorpus = (corpus: CorpusName) => pages.filter((p) => p.corpus === corpus);

function perPage(corpus: CorpusName, texts: Map<string, string>): Map<string, PageScore> {
  return new Map(inCorpus(corpus).map((p) => [p.id, zytePageScore(p.truth ?? '', texts.get(key(p)) ?? '')]));
}
function scores(corpus: CorpusName, texts: Map<string, string>): Scores {
  if (corpus === 'trafilatura')
    return snippetScores(inCorpus(corpus).map((p) => snippetCounts(texts.get(key(p)) ?? '', p.with ?? [], p.without ?? [])));
  return meanScores([...perPage(corpus, texts).values()]);
}
/** A page whose truth has an article: Zyte's all do, trafilatura's have must-have snippets, Readability's expected text is not empty. */
const hasArticle = (p: CorpusPage): boolean => (p.corpus === 'trafilatura' ? (p.with ?? []).length > 0 : (p.truth ?? '').trim().length > 0);
const missed = (corpus: CorpusName, texts: Map<string, string>): number =>
  inCorpus(corpus).filter((p) => hasArticle(p) && !(texts.get(key(p)) ?? '').trim()).length;

const fmt = (n: number) => n.toFixed(4);
const runs: ReadonlyArray<readonly [string, Map<string, string>]> = [
  ['dev', dev],
  ['cross-validated', crossValidated],
  ['Readability', readabilityTexts],
];
console.log(
  `\nArticle text on the development corpora (${pages.length} pages; cross-validated: ${FOLDS} folds by site, seed ${FOLD_SEED})\n`,
);
console.log(
  table(
    ['corpus', 'metric', ...runs.flatMap(([name]) => [`${name} F1`, 'P', 'R'])],
    CORPORA.map(([corpus, metric]) => [
      `${corpus} (${inCorpus(corpus).length})`,
      metric,
      ...runs.flatMap(([, texts]) => {
        const s = scores(corpus, texts);
        return [fmt(s.f1), fmt(s.precision), fmt(s.recall)];
      }),
    ]),
  ),
);
console.log('\nPages with no article where the truth has one\n');
console.log(
  table(
    ['corpus', 'pages with an article', ...runs.map(([name]) => name)],
    CORPORA.map(([corpus]) => [
      corpus,
      String(inCorpus(corpus).filter(hasArticle).length),
      ...runs.map(([, texts]) => String(missed(corpus, texts))),
    ]),
  ),
);

const f = (x: PageScore) => (x.precision + x.recall ? (2 * x.precision * x.recall) / (x.precision + x.recall) : 0);
const ledeZyte = perPage('zyte', dev);
const readZyte = perPage('zyte', readabilityTexts);
const worst = [...ledeZyte]
  .map(([id, s]) => ({ url: pages.find((p) => p.id === id)?.url ?? '', lede: s, read: readZyte.get(id) as PageScore }))
  .sort((a, b) => f(a.lede) - f(b.lede))
  .slice(0, 8);
console.log('\nZyte pages where Lede does worst (dev)\n');
console.log(
  table(
    ['page', 'Lede P', 'Lede R', 'Readability P', 'R'],
    worst.map((w) => [w.url.slice(0, 70), fmt(w.lede.precision), fmt(w.lede.recall), fmt(w.read.precision), fmt(w.read.recall)]),
  ),
);

const rt = [...readability.values()].map((r) => r.ms);
const med = (xs: number[]) => percentile(xs, 0.5);
const p95 = (xs: number[]) => percentile(xs, 0.95);
console.log(
  '\nTime per page (ms; same DOM, parse excluded): Lede detection (detectMs) and whole analysis (totalMs), Readability extraction\n',
);
console.log(
  table(
    ['', 'Lede detection', 'Lede analysis', 'Readability', 'detection/Readability', 'analysis/Readability'],
    [
      ['median', med(detectMs), med(totalMs), med(rt)],
      ['p95', p95(detectMs), p95(totalMs), p95(rt)],
    ].map(([name, d, t, r]) => [
      name as string,
      (d as number).toFixed(2),
      (t as number).toFixed(2),
      (r as number).toFixed(2),
      ((d as number) / (r as number)).toFixed(2),
      ((t as number) / (r as number)).toFixed(2),
    ]),
  ),
);
