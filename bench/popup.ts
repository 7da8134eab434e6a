// `npm run bench:popup`: how long the popup takes to show the summary, in Chromium and Firefox.
// The sample page is analysed first; then the popup is opened OPENS times for its tab and timed
// from its navigation start to the summary on screen (the `lede-summary-shown` mark). Printed as
// the median and p95 with every open, since a single open on this kind of machine varies with
// its load (the browser opening an extension page is most of it).
import { SHOWN_MARK } from '../components/marks';
import type { Analysis } from '../core/types';
import { chromiumDriver, type Driver, firefoxDriver, type TestPage } from '../harness/drivers';
import { SAMPLE } from '../harness/paths';
import { startServer } from '../harness/server';
import { percentile, table } from './table';

const OPENS = Number(process.env.LEDE_BENCH_OPENS ?? 15);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function timeOpens(driver: Driver, url: string): Promise<number[]> {
  await driver.open(url);
  for (let k = 0; k < 100; k++) {
    const analysis = await driver.send<Analysis>(url, { type: 'lede:get-analysis' }).catch(() => null);
    if (analysis?.article) break;
    await sleep(100);
  }
  const times: number[] = [];
  let popup: TestPage | null = null;
  for (let i = 0; i < OPENS; i++) {
    await popup?.close();
    popup = await driver.openPopup(url, 380, 900);
    const current = popup;
    let shown = -1;
    for (let k = 0; k < 200 && shown < 0; k++) {
      shown = await current.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? -1, SHOWN_MARK).catch(() => -1);
      if (shown < 0) await sleep(20);
    }
    if (shown >= 0) times.push(shown);
  }
  await popup?.close();
  return times;
}

const server = await startServer();
const rows: string[][] = [];
try {
  for (const [name, launch] of [
    ['Chromium', chromiumDriver],
    ['Firefox ESR', firefoxDriver],
  ] as const) {
    const driver = await launch();
    try {
      const times = await timeOpens(driver, `${server.origin}${SAMPLE.servedAt}?bench=popup`);
      rows.push([
        name,
        String(times.length),
        percentile(times, 0.5).toFixed(0),
        percentile(times, 0.95).toFixed(0),
        times.map((t) => t.toFixed(0)).join(' '),
      ]);
    } finally {
      await driver.close();
    }
  }
} finally {
  await server.close();
}
console.log(`\nThe popup, from opening to the summary on screen (ms), ${OPENS} opens each:\n`);
console.log(table(['browser', 'opens', 'median', 'p95', 'each open'], rows));
