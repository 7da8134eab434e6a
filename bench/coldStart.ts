// `npm run bench:cold`: what Lede's work costs when Chrome has stopped the extension's service
// worker, as it does after about 30 idle seconds, against the same pages with the worker warm.
// The built extension in Chromium over the first corpus pages: each page is loaded once with the
// worker warm (after a round that warms it), then again with the worker stopped just before
// (DevTools' ServiceWorker.stopAllWorkers). Prints Lede's stages, median, side by side.
import type { Analysis, Timings } from '../core/types';
import { launchWithExtension, sendToTab } from '../harness/chromium';
import { trafilaturaPages, zytePages } from '../harness/corpus';
import { startServer } from '../harness/server';
import { percentile, table } from './table';

const PER_CORPUS = Number(process.env.LEDE_BENCH_LIMIT ?? 10);
const paths = [...zytePages().slice(0, PER_CORPUS), ...trafilaturaPages().slice(0, PER_CORPUS)].map((p) =>
  p.corpus === 'zyte' ? `/corpus/article/zyte/html/${p.id}.html` : `/corpus/article/trafilatura/html/${p.id}`,
);
const STAGES = ['readMs', 'parseMs', 'detectMs', 'entitiesMs', 'summaryMs', 'applyMs', 'totalMs', 'roundTripMs'] as const;
type Mode = 'warming' | 'warm' | 'cold';

const server = await startServer();
const browser = await launchWithExtension();
const seen: Record<Mode, Timings[]> = { warming: [], warm: [], cold: [] };
try {
  const page = await browser.context.newPage();
  const devtools = await browser.context.newCDPSession(page);
  await devtools.send('ServiceWorker.enable');
  // A stopped worker starts again on the page's message, as a new worker.
  const worker = async () => browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  for (const mode of ['warming', 'warm', 'cold'] as const) {
    for (const path of paths) {
      const url = `${server.origin}${path}?${mode}`;
      if (mode === 'cold') {
        await devtools.send('ServiceWorker.stopAllWorkers');
        await page.waitForTimeout(300);
      }
      await page.goto(url, { waitUntil: 'load' }).catch(() => undefined);
      // Finished when its timings say when.
      let analysis: Analysis | null = null;
      for (let k = 0; k < 100 && analysis?.timings.at === undefined; k++) {
        await page.waitForTimeout(100);
        analysis = await sendToTab<Analysis>(await worker(), url, { type: 'lede:get-analysis' }).catch(() => null);
      }
      if (analysis?.article) seen[mode].push(analysis.timings);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const median = (mode: Mode, stage: keyof Timings) =>
  percentile(
    seen[mode].map((t) => t[stage] ?? 0),
    0.5,
  ).toFixed(1);
console.log(`\nLede in Chromium with its service worker warm and stopped before each page: median ms over ${seen.cold.length} pages\n`);
console.log(
  table(
    ['stage', 'warm', 'cold'],
    STAGES.map((stage) => [stage.replace('Ms', ''), median('warm', stage), median('cold', stage)]),
  ),
);
console.log(
  '\n(read and apply run on the page; parse, detect, entities and summary in the background; roundTrip is how long the page waits for the answer.)',
);
