// `npm run bench:perf`: Lede's speed in real Chromium with the built extension, over the
// development corpus pages served on 127.0.0.1 and a generated 20,000-paragraph article. Per page:
// Lede's own annotation time (its `timings`: analysis + applying the effects, wherever it ran;
// and the part of it on the page's main thread, without the text half the background ran),
// Readability.js run in the same page (`new Readability(document.cloneNode(true)).parse()`)
// and a bare TreeWalker pass over the page's text nodes as the floor. Prints medians, p95, the
// ratios, Lede's longest task (its longest slice, from its timings, and the page's long-task
// observer over the time Lede was working), the long animation frames over that time (which also
// count the rendering Lede's changes cost) and the content script's size.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Analysis, Timings } from '../core/types';
import { launchWithExtension, sendToTab, waitForAnalysis } from '../harness/chromium';
import { trafilaturaPages, zytePages } from '../harness/corpus';
import { ROOT } from '../harness/paths';
import { startServer } from '../harness/server';
import { percentile, table } from './table';

const HUGE_PARAGRAPHS = 20_000;
const hugePage = () =>
  `<!doctype html><html lang="en"><head><title>A very long story</title><meta property="og:type" content="article"></head><body><main><article><h1>A very long story</h1>${Array.from(
    { length: HUGE_PARAGRAPHS },
    (_, i) =>
      `<p>Paragraph ${i + 1}: Acme Widgets said revenue rose ${(i % 40) + 1}% to $${(i % 90) + 10} million in the quarter, as demand from 1,200 retailers grew.</p>`,
  ).join('')}</article></main></body></html>`;

const readabilitySource = readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');
const limit = Number(process.env.LEDE_BENCH_LIMIT ?? Number.POSITIVE_INFINITY);
const pages = [
  ...[...zytePages(), ...trafilaturaPages()]
    .slice(0, limit)
    .map((p) => (p.corpus === 'zyte' ? `/corpus/article/zyte/html/${p.id}.html` : `/corpus/article/trafilatura/html/${p.id}`)),
  '/generated/huge.html',
];

const server = await startServer({ '/generated/huge.html': hugePage });
const browser = await launchWithExtension();
const rows: Array<{
  path: string;
  lede: number;
  /** Of Lede's time, what ran on the page's main thread. */
  onPage: number;
  readability: number;
  floor: number;
  stages: Timings;
  longTasks: number[];
  /** Frames over 50 ms while Lede worked or rendered its changes: duration and its style-and-layout part. */
  longFrames: Array<{ ms: number; styleLayoutMs: number }>;
}> = [];
try {
  const page = await browser.context.newPage();
  // Long tasks on the page, from its first script on.
  // A long task is script; a long animation frame also counts the style, layout and paint that
  // changes to the page cost the browser before it can show the next frame.
  await page.addInitScript(() => {
    const tasks: Array<{ start: number; duration: number }> = [];
    const frames: Array<{ start: number; duration: number; styleLayout: number }> = [];
    Object.assign(window, { __ledeBenchLongTasks: tasks, __ledeBenchLongFrames: frames });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Array<PerformanceEntry & { styleAndLayoutStart: number }>) {
        const end = e.startTime + e.duration;
        frames.push({ start: e.startTime, duration: e.duration, styleLayout: e.styleAndLayoutStart ? end - e.styleAndLayoutStart : 0 });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  });
  for (const path of pages) {
    const url = `${server.origin}${path}`;
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 }).catch(() => undefined);
    let analysis = await waitForAnalysis(browser.worker, url, 30_000);
    // Finished when its timings say when: the last highlights are in.
    for (let k = 0; k < 300 && analysis?.article && analysis.timings.at === undefined; k++) {
      await new Promise((r) => setTimeout(r, 100));
      analysis = await sendToTab<Analysis>(browser.worker, url, { type: 'lede:get-analysis' });
    }
    if (!analysis) continue;
    const lede = analysis.timings.totalMs + (analysis.timings.applyMs ?? 0);
    // Long tasks while Lede worked: from the start of its analysis to the end of its last slice.
    const { at = 0, wallMs = 0 } = analysis.timings;
    const { longTasks, longFrames } = await page.evaluate(
      ([from, to]) => {
        const seen = window as unknown as {
          __ledeBenchLongTasks: Array<{ start: number; duration: number }>;
          __ledeBenchLongFrames: Array<{ start: number; duration: number; styleLayout: number }>;
        };
        return {
          longTasks: seen.__ledeBenchLongTasks.filter((t) => t.start + t.duration > from && t.start < to).map((t) => t.duration),
          // Up to 100 ms after the last slice: the frame that renders Lede's last changes.
          longFrames: seen.__ledeBenchLongFrames
            .filter((f) => f.duration > 50 && f.start + f.duration > from && f.start < to + 100)
            .map((f) => ({ ms: f.duration, styleLayoutMs: f.styleLayout })),
        };
      },
      [at - wallMs, at] as const,
    );
    const [readability, floor] = await page.evaluate((source) => {
      // Readability in the page's own world, on a copy of the document, as Firefox's Reader View runs it.
      const load = new Function(`${source}; return Readability;`) as () => new (doc: Document) => { parse(): unknown };
      const Readability = load();
      const t0 = performance.now();
      new Readability(document.cloneNode(true) as Document).parse();
      const t1 = performance.now();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let chars = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
      const t2 = performance.now();
      return [t1 - t0, chars >= 0 ? t2 - t1 : 0];
    }, readabilitySource);
    const onPage = lede - (analysis.timings.backgroundMs ?? 0);
    rows.push({ path, lede, onPage, readability, floor, stages: analysis.timings, longTasks, longFrames });
    // LEDE_BENCH_VERBOSE=1: each page's timings as Lede reported them, to see which pages drive the p95.
    if (process.env.LEDE_BENCH_VERBOSE) {
      const rounded = (_key: string, v: unknown) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v);
      console.log(path, `readability ${readability.toFixed(1)}`, JSON.stringify(analysis.timings, rounded));
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const corpus = rows.filter((r) => !r.path.startsWith('/generated/'));
const col = (pick: (r: (typeof rows)[number]) => number) => corpus.map(pick);
const med = (xs: number[]) => percentile(xs, 0.5);
const p95 = (xs: number[]) => percentile(xs, 0.95);
const lede = col((r) => r.lede);
const read = col((r) => r.readability);
const floor = col((r) => r.floor);
const ratios = corpus.map((r) => r.lede / Math.max(r.readability, 0.01));
const onPage = col((r) => r.onPage);
const onPageRatios = corpus.map((r) => r.onPage / Math.max(r.readability, 0.01));
console.log(`\nLede in Chromium: annotation time per page, ${corpus.length} corpus pages (ms)\n`);
console.log(
  table(
    ['', 'Lede', 'Readability', 'TreeWalker floor', 'Lede/Readability', 'Lede/floor'],
    [
      [
        'median',
        med(lede).toFixed(2),
        med(read).toFixed(2),
        med(floor).toFixed(2),
        med(ratios).toFixed(2),
        (med(lede) / med(floor)).toFixed(1),
      ],
      [
        'p95',
        p95(lede).toFixed(2),
        p95(read).toFixed(2),
        p95(floor).toFixed(2),
        p95(ratios).toFixed(2),
        (p95(lede) / p95(floor)).toFixed(1),
      ],
    ],
  ),
);
console.log(
  `\nOf which on the page's main thread (analysed in the background on ${corpus.filter((r) => r.stages.backgroundMs !== undefined).length} of ${corpus.length} pages, ` +
    `from the page's markup on ${corpus.filter((r) => r.stages.parseMs !== undefined).length}): ` +
    `median ${med(onPage).toFixed(2)} ms, ratio ${med(onPageRatios).toFixed(2)}; p95 ${p95(onPage).toFixed(2)} ms, ratio ${p95(onPageRatios).toFixed(2)}`,
);
// Readability only finds the article; Lede's reading of the page and its detection are the part
// of its work that compares.
const detectRatios = corpus.map((r) => ((r.stages.readMs ?? 0) + (r.stages.detectMs ?? 0)) / Math.max(r.readability, 0.01));
console.log(
  `\nLede's reading of the page and article detection (wherever it ran) against Readability: median ratio ${med(detectRatios).toFixed(2)}, p95 ${p95(detectRatios).toFixed(2)}`,
);
const stageNames: Array<keyof Timings> = ['readMs', 'sendMs', 'parseMs', 'detectMs', 'entitiesMs', 'summaryMs', 'applyMs', 'roundTripMs'];
console.log(
  `\nLede's stages, median ms: ${stageNames.map((k) => `${k.replace('Ms', '')} ${med(corpus.map((r) => r.stages[k] ?? 0)).toFixed(2)}`).join(', ')}`,
);
const longestSlice = [...rows].sort((a, b) => (b.stages.longestSliceMs ?? 0) - (a.stages.longestSliceMs ?? 0))[0];
console.log(
  `\nLede's longest task (its longest slice): ${longestSlice?.stages.longestSliceMs?.toFixed(1)} ms on ${longestSlice?.path}; ` +
    `median slices per page ${med(rows.map((r) => r.stages.slices ?? 1)).toFixed(0)}`,
);
console.log(`Pages with a Lede slice over 50 ms: ${rows.filter((r) => (r.stages.longestSliceMs ?? 0) > 50).length} of ${rows.length}`);
const observed = rows.filter((r) => r.longTasks.length > 0);
console.log(
  `Long-task observer, tasks over 50 ms while Lede worked: ${observed.length} of ${rows.length} pages` +
    (observed.length ? ` (${observed.map((r) => `${r.path} ${Math.max(...r.longTasks).toFixed(0)} ms`).join('; ')})` : ''),
);
const framed = rows.filter((r) => r.longFrames.length > 0);
const frameText = (r: (typeof rows)[number]) =>
  `${r.path} ${r.longFrames.map((f) => `${f.ms.toFixed(0)} ms (style and layout ${f.styleLayoutMs.toFixed(0)})`).join(', ')}`;
console.log(
  `Long animation frames (script, style, layout, paint) over 50 ms while Lede worked and rendered its changes: ${framed.length} of ${rows.length} pages` +
    (framed.length ? ` (${framed.map(frameText).join('; ')})` : ''),
);
const huge = rows.find((r) => r.path.startsWith('/generated/'));
console.log(
  `Generated ${HUGE_PARAGRAPHS.toLocaleString('en')}-paragraph article: ${
    huge
      ? `finished, Lede ${huge.lede.toFixed(0)} ms of work in ${huge.stages.slices} slices (longest ${huge.stages.longestSliceMs?.toFixed(1)} ms, ${huge.stages.wallMs?.toFixed(0)} ms from start to end), Readability ${huge.readability.toFixed(0)} ms`
      : 'did not finish'
  }`,
);
const content = readFileSync(join(ROOT, '.output', 'chrome-mv3', 'content-scripts', 'content.js'));
console.log(`Content script: ${(gzipSync(content).length / 1024).toFixed(1)} KB gzipped`);
