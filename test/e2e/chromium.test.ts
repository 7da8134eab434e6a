// Lede end to end in real Chromium: the built extension on the sample page served on 127.0.0.1.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../core/types';
import { type Expected, expectationFailures, visibleTextFailures } from '../helpers/expected';
import { ROOT, SAMPLE_EXPECTED } from '../helpers/paths';
import { type ExtensionBrowser, launchWithExtension, sendToTab, tabIdOf } from './helpers/chromium';
import { type StaticServer, startServer } from './helpers/server';

const ARTIFACTS = join(ROOT, 'test-artifacts');
const expected = JSON.parse(readFileSync(SAMPLE_EXPECTED, 'utf8')) as Expected;

let server: StaticServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startServer();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page and waits until Lede has analysed it. */
async function openAnalysed(path: string): Promise<{ page: Page; url: string; analysis: Analysis }> {
  const url = `${server.origin}${path}`;
  const page = await browser.context.newPage();
  await page.goto(url);
  let lastError: unknown;
  for (const deadline = Date.now() + 15_000; Date.now() < deadline; await page.waitForTimeout(100)) {
    try {
      const analysis = await sendToTab<Analysis>(browser.worker, url, { type: 'lede:get-analysis' });
      if (analysis && !analysis.pending) return { page, url, analysis };
    } catch (error) {
      lastError = error;
    }
  }
  throw new Error(`Lede did not analyse ${url}: ${String(lastError)}`);
}

/** The page's body as the HTML parser builds it, before any script or extension touched it. */
async function pristineBody(page: Page, url: string): Promise<string> {
  return page.evaluate(async (u) => {
    const html = await (await fetch(u)).text();
    return new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
  }, url);
}

describe('the sample news page in Chromium', () => {
  let page: Page;
  let url: string;
  let analysis: Analysis;

  beforeAll(async () => {
    ({ page, url, analysis } = await openAnalysed('/pages/openai-code-red.html'));
  });

  it('marks the article root', async () => {
    const marked = await page.$$eval('[data-lede="article"]', (els) => els.map((e) => e.className));
    expect(marked).toEqual(['content']);
  });

  // Before anything else touches the page (screenshots make Chromium add attributes of its own).
  it('gives back the original page exactly when everything is turned off', async () => {
    const off = await sendToTab<Analysis>(browser.worker, url, { type: 'lede:set', highlight: false, cleanup: false });
    expect(off.hidden).toBe(0);
    const body = await page.evaluate(() => document.body.innerHTML);
    const pristine = await pristineBody(page, url);
    expect(body).toBe(pristine);
    expect(await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('lede-') && k !== 'lede-flash'))).toEqual([]);
    const on = await sendToTab<Analysis>(browser.worker, url, { type: 'lede:set', highlight: true, cleanup: true });
    expect(on.hidden).toBe(analysis.hidden);
    expect(await page.$$eval('[data-lede-hidden]', (els) => els.length)).toBe(analysis.hidden);
  });

  it('answers lede:get-analysis in the contract shape, meeting the expected file', () => {
    expect(Object.keys(analysis)).toEqual(
      expect.arrayContaining(['url', 'title', 'lang', 'article', 'hidden', 'companies', 'figures', 'summary', 'timings']),
    );
    expect(analysis.url).toBe(url);
    expect(analysis.hidden).toBeGreaterThan(0);
    expect(typeof analysis.timings.totalMs).toBe('number');
    expect(expectationFailures(analysis, expected)).toEqual([]);
  });

  it('leaves the story visible and hides the clutter', async () => {
    const visible = await page.evaluate(() => document.body.innerText);
    expect(visibleTextFailures(visible, expected)).toEqual([]);
    const hiddenInsideStory = await page.$$eval(
      '[data-lede="article"] [data-lede-hidden], [data-lede-hidden] [data-lede="article"]',
      (els) => els.length,
    );
    expect(hiddenInsideStory).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'chromium-annotated-page.png'), fullPage: true });
  });

  it('registers highlights for companies and each kind of figure found', async () => {
    const highlights = await page.evaluate(() => {
      const out: Record<string, number> = {};
      CSS.highlights.forEach((h, name) => {
        out[name] = h.size;
      });
      return out;
    });
    expect(highlights['lede-company']).toBe(analysis.companies.reduce((n, c) => n + c.count, 0));
    for (const kind of new Set(analysis.figures.map((f) => f.kind))) {
      expect(highlights[`lede-${kind}`]).toBe(analysis.figures.filter((f) => f.kind === kind).length);
    }
  });

  it('renders the summary in the popup', async () => {
    const tabId = await tabIdOf(browser.worker, url);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 900 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole('heading', { name: 'Companies' }).waitFor();
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toContain(expected.title);
    for (const { name } of expected.companies.must) expect(text).toContain(name);
    expect(text).toContain('$500 billion');
    expect(text.toLowerCase()).toContain('key sentences');
    await popup.screenshot({ path: join(ARTIFACTS, 'chromium-popup.png'), fullPage: true });

    // Keyboard: Tab reaches the toggles and the items; Enter on a company reveals it in the page.
    await popup.keyboard.press('Tab');
    await popup.keyboard.press('Tab');
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toContain('OpenAI');
    const reveal = await sendToTab<{ ok: boolean }>(browser.worker, url, { type: 'lede:reveal', kind: 'figure', index: 0 });
    expect(reveal.ok).toBe(true);
    expect(await page.evaluate(() => CSS.highlights.has('lede-flash'))).toBe(true);
    await popup.close();
  });
});

describe('pages that are not articles, in Chromium', () => {
  it.each(['news-home.html', 'product-page.html', 'search-results.html'])(
    '%s: article null, nothing hidden or highlighted',
    async (file) => {
      const { page, analysis } = await openAnalysed(`/fixtures/not-articles/${file}`);
      expect(analysis.article).toBeNull();
      expect(await page.$$eval('[data-lede-hidden], [data-lede]', (els) => els.length)).toBe(0);
      expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
      await page.close();
    },
  );
});

describe('the extension stays on this machine', () => {
  it('asks for no network beyond the pages served here', () => {
    const outside = browser.requests.filter(
      (u) => !u.startsWith(server.origin) && !u.startsWith('chrome-extension://') && !u.startsWith('data:'),
    );
    expect(outside).toEqual([]);
  });
});
