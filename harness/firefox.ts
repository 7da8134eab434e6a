// Debian's Firefox ESR with the built Firefox add-on installed, through puppeteer-core over
// WebDriver BiDi. The add-on's internal UUID is pinned so its pages have a known address.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../wxt.config';
import { ROOT } from './paths';

export const FIREFOX_BUILD = join(ROOT, '.output', 'firefox-mv2');
const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FirefoxWithAddon {
  browser: Browser;
  /** moz-extension://<uuid> */
  extensionOrigin: string;
  close(): Promise<void>;
}

export async function launchFirefoxWithAddon(addonDir = FIREFOX_BUILD): Promise<FirefoxWithAddon> {
  const profile = mkdtempSync(join(tmpdir(), 'lede-firefox-'));
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // Saved pages reference hosts that cannot be reached: every request that is not to
      // 127.0.0.1 goes to a dead proxy (BiDi request interception is not reliable here).
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '127.0.0.1',
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  await browser.installExtension(addonDir);
  return {
    browser,
    extensionOrigin: `moz-extension://${uuid}`,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens one of the add-on's own pages in a tab. `goto` on a moz-extension URL never resolves
 * here, so start it and wait for the address to change.
 */
export async function openExtensionPage(ff: FirefoxWithAddon, path: string): Promise<Page> {
  const page = await ff.browser.newPage();
  const url = `${ff.extensionOrigin}${path}`;
  void page.goto(url).catch(() => undefined);
  for (let i = 0; i < 100; i++) {
    const href = await page.evaluate(() => location.href).catch(() => '');
    if (href.startsWith(ff.extensionOrigin)) return page;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`could not open ${url}`);
}
