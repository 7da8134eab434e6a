// `npm run bench:article`: Lede's article text (from its CLI) against Readability.js on the same
// DOM, on the development corpus, in one run. Prints F1, precision and recall per corpus, the
// pages where Lede does worst, and per-page analysis time of both.
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../cli/parseHtml';
import type { Analysis } from '../core/types';
import { type CorpusPage, trafilaturaPages, zytePages } from '../harness/corpus';
import { meanScores, type PageScore, type Scores, snippetCounts, snippetScores, zytePageScore } from '../harness/metrics';
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

const pages = [...zytePages(), ...trafilaturaPages()];
const { results } = await runCliJsonl<Analysis & { id: string; error?: string }>(
  'analyze',
  pages.map((p) => ({ id: `${p.corpus}/${p.id}`, html: p.html, url: p.url })),
);

const lede = new Map<string, Run>();
const readability = new Map<string, Run>();
for (const page of pages) {
  const key = `${page.corpus}/${page.id}`;
  const out = results.get(key);
  lede.set(key, { text: out?.article?.text ?? '', ms: out?.timings?.totalMs ?? Number.NaN });
  readability.set(key, runReadability(page));
}

function zyte(runs: Map<string, Run>): { scores: Scores; perPage: Map<string, PageScore> } {
  const perPage = new Map<string, PageScore>();
  for (const p of pages) if (p.corpus === 'zyte') perPage.set(p.id, zytePageScore(p.truth ?? '', runs.get(`zyte/${p.id}`)?.text ?? ''));
  return { scores: meanScores([...perPage.values()]), perPage };
}
function snippets(runs: Map<string, Run>): Scores {
  return snippetScores(
    pages
      .filter((p) => p.corpus === 'trafilatura')
      .map((p) => snippetCounts(runs.get(`trafilatura/${p.id}`)?.text ?? '', p.with ?? [], p.without ?? [])),
  );
}

const ledeZyte = zyte(lede);
const readZyte = zyte(readability);
const fmt = (n: number) => n.toFixed(4);
console.log(`\nArticle text on the development corpus (${pages.length} pages)\n`);
console.log(
  table(
    ['corpus', 'metric', 'Lede F1', 'P', 'R', 'Readability F1', 'P', 'R'],
    [
      ['zyte (62)', 'shingles', ...[ledeZyte.scores, readZyte.scores].flatMap((s) => [fmt(s.f1), fmt(s.precision), fmt(s.recall)])],
      [
        'trafilatura (273)',
        'snippets',
        ...[snippets(lede), snippets(readability)].flatMap((s) => [fmt(s.f1), fmt(s.precision), fmt(s.recall)]),
      ],
    ],
  ),
);

const worst = [...ledeZyte.perPage]
  .map(([id, s]) => {
    const r = readZyte.perPage.get(id) as PageScore;
    const f = (x: PageScore) => (x.precision + x.recall ? (2 * x.precision * x.recall) / (x.precision + x.recall) : 0);
    return { id, url: pages.find((p) => p.id === id)?.url ?? '', lede: s, read: r, gap: f(s) - f(r), f: f(s) };
  })
  .sort((a, b) => a.f - b.f)
  .slice(0, 8);
console.log('\nZyte pages where Lede does worst\n');
console.log(
  table(
    ['page', 'Lede P', 'Lede R', 'Readability P', 'R'],
    worst.map((w) => [w.url.slice(0, 70), fmt(w.lede.precision), fmt(w.lede.recall), fmt(w.read.precision), fmt(w.read.recall)]),
  ),
);

const times = (runs: Map<string, Run>) => [...runs.values()].map((r) => r.ms).filter((x) => Number.isFinite(x));
const lt = times(lede);
const rt = times(readability);
const med = (xs: number[]) => percentile(xs, 0.5);
const p95 = (xs: number[]) => percentile(xs, 0.95);
console.log('\nAnalysis time per page (ms; same DOM, parse excluded; Lede: whole analysis from its timings)\n');
console.log(
  table(
    ['', 'Lede', 'Readability', 'Lede/Readability'],
    [
      ['median', med(lt).toFixed(2), med(rt).toFixed(2), (med(lt) / med(rt)).toFixed(2)],
      ['p95', p95(lt).toFixed(2), p95(rt).toFixed(2), (p95(lt) / p95(rt)).toFixed(2)],
    ],
  ),
);
