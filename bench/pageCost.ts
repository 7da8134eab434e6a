// `npm run bench:page-cost`: what Lede costs the reader's page, measured from outside by the
// browser's own metrics, not by Lede's `timings`. Chromium, corpus pages served on 127.0.0.1:
// - each page is loaded twice with Lede and twice with a baseline extension built here, whose
//   content script does nothing, interleaved; the main thread's ScriptDuration and TaskDuration
//   (CDP Performance.getMetrics) are read 2.5 s after load, and Lede's cost is what it adds;
// - Readability.js is run in the baseline's page and measured the same way (the metrics before and
//   after), so both columns are the browser's own count; and, a second comparison, run by a third
//   extension's content script at document_idle, during the page's load as Lede runs, twice per page
//   like the others, its cost being what it adds against the baseline, as Lede's is;
// - the time from the load event to the article marked (`data-lede="article"`), seen by a
//   MutationObserver the bench puts in the page;
// - Lede's total work: what it adds to the page's tasks plus what its background reports;
// - the background: its heap after the pages, and the first page's time to the article marked
//   after the service worker was stopped (DevTools' ServiceWorker.stopAllWorkers), as Chrome stops
//   it when idle;
// - in Firefox (WebDriver BiDi has no performance metrics): the time from load to the article
//   marked, read from the page's own clock, and the content script's size.
// LEDE_BENCH_PAGES sets how many corpus pages (spread over both corpora; all with `all`).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import type { Analysis } from '../core/types';
import { backgroundHeapBytes, type ExtensionBrowser, launchWithExtension, sendToTab } from '../harness/chromium';
import { trafilaturaPages, zytePages } from '../harness/corpus';
import { firefoxDriver } from '../harness/drivers';
import { ROOT } from '../harness/paths';
import { startServer } from '../harness/server';
import { percentile, table } from './table';

const SETTLE_MS = 2500;
const wanted = process.env.LEDE_BENCH_PAGES ?? '60';
const corpus = [...zytePages(), ...trafilaturaPages()];
const every = wanted === 'all' ? 1 : Math.max(1, Math.floor(corpus.length / Number(wanted)));
const paths = corpus
  .filter((_, i) => i % every === 0)
  .map((p) => (p.corpus === 'zyte' ? `/corpus/article/zyte/html/${p.id}.html` : `/corpus/article/trafilatura/html/${p.id}`));
const readabilitySource = readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');

/** An extension with only a content script, run at document_idle as Lede's is. */
function contentScriptExtension(name: string, source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lede-baseline-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name,
      version: '1.0',
      background: { service_worker: 'background.js' },
      content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_idle' }],
    }),
  );
  writeFileSync(join(dir, 'background.js'), '');
  writeFileSync(join(dir, 'content.js'), source);
  return dir;
}

/** Puts in every page an observer of the article's mark, in the page's own world. */
async function watchForMark(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = window as unknown as { __ledeMarkedAt?: number };
    new MutationObserver((_, observer) => {
      if (document.querySelector('[data-lede="article"]')) {
        seen.__ledeMarkedAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-lede'] });
  });
}

interface Metrics {
  script: number;
  task: number;
}

async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  const read = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { script: read('ScriptDuration'), task: read('TaskDuration') };
}

interface Load extends Metrics {
  /** From the load event to the article marked, where it was. */
  markedMs: number | null;
}

async function load(browser: ExtensionBrowser, url: string): Promise<{ page: Page; cdp: CDPSession; load: Load }> {
  const page = await browser.context.newPage();
  await watchForMark(page);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 }).catch(() => undefined);
  await page.waitForTimeout(SETTLE_MS);
  const m = await metrics(cdp);
  const markedMs = await page
    .evaluate(() => {
      const at = (window as unknown as { __ledeMarkedAt?: number }).__ledeMarkedAt;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return at === undefined || !nav ? null : at - nav.loadEventEnd;
    })
    .catch(() => null);
  return { page, cdp, load: { ...m, markedMs } };
}

/** Readability.js in the page's own world, on a copy of the document, as Firefox's Reader View runs it: its metrics' difference. */
async function readabilityCost(page: Page, cdp: CDPSession): Promise<Metrics> {
  await page.evaluate((source) => {
    (window as unknown as { __Readability: unknown }).__Readability = new Function(`${source}; return Readability;`)();
  }, readabilitySource);
  const before = await metrics(cdp);
  // In a task of the page's own (a timer), which the browser's script metrics count as the page's
  // script; what the bench evaluates itself they do not.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        setTimeout(() => {
          const Readability = (window as unknown as { __Readability: new (doc: Document) => { parse(): unknown } }).__Readability;
          new Readability(document.cloneNode(true) as Document).parse();
          resolve();
        }, 0);
      }),
  );
  const after = await metrics(cdp);
  return { script: after.script - before.script, task: after.task - before.task };
}

const server = await startServer();
const lede = await launchWithExtension();
// What any extension's content script costs a page: one that does nothing.
const baseline = await launchWithExtension(contentScriptExtension('Baseline', 'void 0;\n'), false);
// Readability.js run the way Lede runs: by a content script on load, on a copy of the document.
const readabilityOnLoad = await launchWithExtension(
  contentScriptExtension('Readability on load', `${readabilitySource}\n;new Readability(document.cloneNode(true)).parse();\n`),
  false,
);
const rows: Array<{
  addedScript: number;
  addedTask: number;
  readability: Metrics;
  /** What Readability.js run by a content script on load adds, measured as Lede's cost is. */
  readabilityOnLoad: Metrics;
  markedMs: number | null;
  total: number;
}> = [];
let heapMb = Number.NaN;
const cold: number[] = [];
const offScript: number[] = [];
try {
  for (const [i, path] of paths.entries()) {
    const url = `${server.origin}${path}`;
    process.stderr.write(`\r${i + 1}/${paths.length} `);
    const lede2: Load[] = [];
    const base2: Load[] = [];
    const read2: Load[] = [];
    let readability: Metrics | null = null;
    let backgroundMs = 0;
    for (let round = 0; round < 2; round++) {
      const b = await load(baseline, url);
      base2.push(b.load);
      if (round === 0) readability = await readabilityCost(b.page, b.cdp);
      await b.page.close();
      const l = await load(lede, url);
      lede2.push(l.load);
      const analysis = await sendToTab<Analysis>(lede.worker, url, { type: 'lede:get-analysis' }).catch(() => null);
      backgroundMs = analysis?.timings.backgroundMs ?? backgroundMs;
      await l.page.close();
      const r = await load(readabilityOnLoad, url);
      read2.push(r.load);
      await r.page.close();
    }
    const mean = (xs: Load[], key: keyof Metrics) => xs.reduce((n, x) => n + x[key], 0) / xs.length;
    const addedScript = mean(lede2, 'script') - mean(base2, 'script');
    const addedTask = mean(lede2, 'task') - mean(base2, 'task');
    const marked = lede2.map((l) => l.markedMs).filter((m): m is number => m !== null);
    rows.push({
      addedScript,
      addedTask,
      readability: readability as Metrics,
      readabilityOnLoad: { script: mean(read2, 'script') - mean(base2, 'script'), task: mean(read2, 'task') - mean(base2, 'task') },
      markedMs: marked.length ? marked.reduce((a, b) => a + b) / marked.length : null,
      total: addedTask + backgroundMs,
    });
    if (i === 49) {
      heapMb = (await backgroundHeapBytes(lede.context, lede.extensionId)) / 2 ** 20;
    }
  }
  // The first page after the background was stopped, as Chrome stops it when idle.
  const devtools = await lede.context.newCDPSession(await lede.context.newPage());
  await devtools.send('ServiceWorker.enable');
  for (const path of paths.slice(0, 10)) {
    await devtools.send('ServiceWorker.stopAllWorkers');
    await new Promise((r) => setTimeout(r, 300));
    const l = await load(lede, `${server.origin}${path}?cold`);
    if (l.load.markedMs !== null) cold.push(l.load.markedMs);
    await l.page.close();
  }
  // Lede off for the site: its content script is not registered there, and the page pays nothing.
  await lede.worker.evaluate(() => chrome.storage.local.set({ 'site:127.0.0.1': 'never' }));
  for (let k = 0; k < 100; k++) {
    const [script] = await lede.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    if (script?.excludeMatches?.includes('*://127.0.0.1/*')) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  for (const path of paths.slice(0, 10)) {
    const url = `${server.origin}${path}?off`;
    const b = await load(baseline, url);
    const l = await load(lede, url);
    offScript.push(l.load.script - b.load.script);
    await b.page.close();
    await l.page.close();
  }
} finally {
  await lede.close();
  await baseline.close();
  await readabilityOnLoad.close();
}

// Firefox: from load to the article marked, by the page's own clock.
const firefox: number[] = [];
let firefoxSkipped = 0;
const driver = await firefoxDriver();
try {
  for (const path of paths.slice(0, 30)) {
    const url = `${server.origin}${path}`;
    // A page Firefox will not navigate to (one that sends itself elsewhere) is counted and skipped.
    const page = await driver.open(url).catch(() => null);
    if (!page) {
      firefoxSkipped++;
      continue;
    }
    let analysis: Analysis | null = null;
    for (let k = 0; k < 50 && analysis?.timings.at === undefined; k++) {
      await new Promise((r) => setTimeout(r, 100));
      analysis = await driver.send<Analysis>(url, { type: 'lede:get-analysis' }).catch(() => null);
    }
    if (analysis?.article && analysis.timings.at !== undefined) {
      const loadEnd = await page.evaluate(
        () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
        null,
      );
      firefox.push(analysis.timings.at - loadEnd);
    }
    await page.close().catch(() => undefined);
  }
} finally {
  await driver.close();
  await server.close();
}

const med = (xs: number[]) => percentile(xs, 0.5);
const p95 = (xs: number[]) => percentile(xs, 0.95);
const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : '–');
const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '–');
const script = rows.map((r) => r.addedScript);
const task = rows.map((r) => r.addedTask);
const total = rows.map((r) => r.total);
const rScript = rows.map((r) => r.readability.script);
const rTask = rows.map((r) => r.readability.task);
const oScript = rows.map((r) => r.readabilityOnLoad.script);
const oTask = rows.map((r) => r.readabilityOnLoad.task);
const marked = rows.flatMap((r) => (r.markedMs === null ? [] : [r.markedMs]));
/** A row of Lede's times beside an anchor's: the median and p95 of each, and the ratio of the medians. */
const versus = (label: string, lede: number[], anchor: number[]) => [
  label,
  ms(med(lede)),
  ms(p95(lede)),
  ms(med(anchor)),
  ms(p95(anchor)),
  ratio(med(lede), med(anchor)),
];
const size = (file: string) => gzipSync(readFileSync(join(ROOT, file))).length / 1024;

console.log(
  `\nWhat Lede costs the reader's page in Chromium, from the browser's own metrics (${rows.length} corpus pages, 2 loads each with Lede and with a baseline extension):\n`,
);
console.log(
  table(
    ['', 'median', 'p95', 'Readability.js median', 'p95', 'Lede/Readability (median)'],
    [
      versus('script time Lede adds', script, rScript),
      versus('all task time Lede adds', task, rTask),
      versus('total work (page tasks + background)', total, rTask),
      ['script time Lede adds where it is off for the site', ms(med(offScript)), ms(p95(offScript)), '', '', ''],
      ['load to article marked, warm', ms(med(marked)), ms(p95(marked)), '', '', ''],
      ['load to article marked, after a cold start', ms(med(cold)), ms(p95(cold)), '', '', ''],
      [
        `Firefox: load to article marked (page clock; ${firefoxSkipped} pages it would not open)`,
        ms(med(firefox)),
        ms(p95(firefox)),
        '',
        '',
        '',
      ],
    ],
  ),
);
console.log(
  "\nThe same, with Readability.js run the way Lede runs: by a content script at document_idle, during the page's load, its cost measured as Lede's is (each side against the baseline):\n",
);
console.log(
  table(
    ['', 'Lede median', 'p95', 'Readability.js on load median', 'p95', 'Lede/Readability (median)'],
    [
      versus('script time added', script, oScript),
      versus('all task time added', task, oTask),
      versus('total work (Lede: page tasks + background)', total, oTask),
    ],
  ),
);
console.log(
  `\nBackground's heap after 50 pages: ${Number.isFinite(heapMb) ? `${heapMb.toFixed(1)} MB` : 'not measured (fewer than 50 pages, or DevTools did not answer)'}`,
);
console.log(
  `Content script, gzipped: Chrome ${size('.output/chrome-mv3/content-scripts/content.js').toFixed(1)} KB, Firefox ${size('.output/firefox-mv2/content-scripts/content.js').toFixed(1)} KB; background ${size('.output/chrome-mv3/background.js').toFixed(1)} KB`,
);
