// `npm run demo`: Lede working in a real browser. Opens the repository's sample page
// (test/fixtures/sample, served on 127.0.0.1) in Debian's Chromium with the built extension
// loaded, saves screenshots of the annotated page, of the popup in the light and the dark theme
// and of the options page, and prints the popup's summary.
//
//   npm run demo                              screenshots into demo-output/
//   npm run demo -- --out docs/screenshots    refresh the README's screenshots
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { companyFigurePhrases } from '../core/summary/companyFigures';
import { launchWithExtension, tabIdOf, waitForAnalysis } from '../harness/chromium';
import { ROOT, SAMPLE } from '../harness/paths';
import { startServer } from '../harness/server';

const outArg = process.argv.indexOf('--out');
const out = resolve(ROOT, outArg > 0 ? (process.argv[outArg + 1] as string) : 'demo-output');
mkdirSync(out, { recursive: true });

const server = await startServer();
const browser = await launchWithExtension();
try {
  const url = `${server.origin}${SAMPLE.servedAt}`;
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(url);
  const analysis = await waitForAnalysis(browser.worker, url);
  if (!analysis?.article) throw new Error('Lede found no article on the sample page');
  await page.screenshot({ path: join(out, 'annotated-page.png') });

  const popupUrl = `chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(browser.worker, url)}`;
  for (const colorScheme of ['light', 'dark'] as const) {
    const popup = await browser.context.newPage();
    await popup.emulateMedia({ colorScheme });
    await popup.setViewportSize({ width: 380, height: 760 });
    await popup.goto(popupUrl);
    await popup.getByRole('heading', { name: 'Companies' }).waitFor();
    await popup.screenshot({ path: join(out, `popup-${colorScheme}.png`) });
    await popup.close();
  }
  const options = await browser.context.newPage();
  await options.setViewportSize({ width: 760, height: 1000 });
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByRole('heading', { name: 'Lede options' }).waitFor();
  await options.screenshot({ path: join(out, 'options.png'), fullPage: true });

  const lines = [
    `Lede on ${url}`,
    `  ${analysis.title}`,
    `  article: ${analysis.article.wordCount} words; ${analysis.hidden} clutter blocks hidden; analysed in ${analysis.timings.totalMs.toFixed(1)} ms`,
    '',
    'Companies',
    ...analysis.companies.map((c) => {
      const figures = companyFigurePhrases(c.name, analysis.figures, analysis.article?.text);
      return `  ${c.name} (${c.count}×)${figures.length ? ` — ${figures.join(' · ')}` : ''}`;
    }),
    '',
    'Figures',
    ...analysis.figures.map((f) => `  ${f.kind.padEnd(10)} ${f.text}${f.label ? ` (${f.label})` : ''}`),
    '',
    'Key sentences',
    ...analysis.summary.map((s, i) => `  ${i + 1}. ${s}`),
    '',
    `Screenshots in ${out}: annotated-page.png, popup-light.png, popup-dark.png, options.png`,
  ];
  console.log(lines.join('\n'));
} finally {
  await browser.close();
  await server.close();
}
