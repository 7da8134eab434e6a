// `npm run screenshots:store`: the stores' images, made from the current Chrome build on the
// repository's sample page: the annotated page, the popup and the options page at 1280×800, and
// the 440×280 promotional tile, into store/screenshots/.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, tabIdOf, waitForAnalysis } from '../harness/chromium';
import { ROOT, SAMPLE } from '../harness/paths';
import { startServer } from '../harness/server';

const out = join(ROOT, 'store', 'screenshots');
mkdirSync(out, { recursive: true });
const en = JSON.parse(readFileSync(join(ROOT, 'store', 'en.json'), 'utf8')) as { name: string; shortDescription: string };
const icon = readFileSync(join(ROOT, 'public', 'icon', '128.png')).toString('base64');

/** A picture shown on a plain page of the given size, with a caption: for images the page cannot fill itself. */
async function compose(page: Page, width: number, height: number, body: string, file: string): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.setContent(
    `<!doctype html><html><body style="margin:0;width:${width}px;height:${height}px;display:flex;align-items:center;justify-content:center;gap:40px;background:#eef2fb;font-family:system-ui,sans-serif;color:#12263f">${body}</body></html>`,
  );
  await page.screenshot({ path: join(out, file) });
}

const server = await startServer();
const browser = await launchWithExtension();
try {
  const url = `${server.origin}${SAMPLE.servedAt}`;
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(url);
  if (!(await waitForAnalysis(browser.worker, url))?.article) throw new Error('Lede found no article on the sample page');
  await page.screenshot({ path: join(out, 'annotated-page-1280x800.png') });

  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 720 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(browser.worker, url)}`);
  await popup.getByRole('heading', { name: 'Companies' }).waitFor();
  const shot = (await popup.screenshot()).toString('base64');
  const canvas = await browser.context.newPage();
  await compose(
    canvas,
    1280,
    800,
    `<img src="data:image/png;base64,${shot}" style="height:720px;border-radius:8px;box-shadow:0 8px 30px #0003"><div style="max-width:480px;font-size:34px;line-height:1.3"><b>${en.name}</b> sums the article up: the companies, their figures and the key sentences.</div>`,
    'popup-1280x800.png',
  );

  const options = await browser.context.newPage();
  await options.setViewportSize({ width: 1280, height: 800 });
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByRole('heading', { name: 'Lede options' }).waitFor();
  await options.screenshot({ path: join(out, 'options-1280x800.png') });

  await compose(
    canvas,
    440,
    280,
    `<div style="text-align:center;padding:20px"><img src="data:image/png;base64,${icon}" style="width:72px;height:72px"><div style="font-size:36px;font-weight:700;margin:8px 0">${en.name}</div><div style="font-size:16px;line-height:1.35">The story, without the noise.<br>Figures and companies at a glance.</div></div>`,
    'promo-tile-440x280.png',
  );
  console.log(`Store images in ${out}: annotated-page-1280x800.png, popup-1280x800.png, options-1280x800.png, promo-tile-440x280.png`);
} finally {
  await browser.close();
  await server.close();
}
