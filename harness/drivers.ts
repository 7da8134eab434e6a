/// <reference types="chrome" />
// One interface over the two browsers, so the same end-to-end test runs in Chromium
// (playwright-core) and Firefox (puppeteer-core over WebDriver BiDi).
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { launchWithExtension, sendToTab, tabIdOf } from './chromium';
import { launchFirefoxWithAddon, openExtensionPage } from './firefox';

/** What the tests do with a page; both drivers' pages can. */
export interface TestPage {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  screenshot(path: string, fullPage?: boolean): Promise<void>;
  press(key: string): Promise<void>;
  /** Runs a script's source in the page (not as an inline script, so the page's CSP allows it). */
  run(source: string): Promise<void>;
  /** Emulates the reader's light or dark theme (`prefers-color-scheme`); false where the driver cannot. */
  colorScheme(scheme: 'light' | 'dark'): Promise<boolean>;
  close(): Promise<void>;
}

export interface Driver {
  name: 'chromium' | 'firefox';
  open(url: string): Promise<TestPage>;
  /** Sends a contract message to the content script of the tab showing `url`. */
  send<T>(url: string, message: unknown): Promise<T>;
  /** Opens the popup, as a page, for the tab showing `url`. */
  openPopup(url: string, width: number, height: number): Promise<TestPage>;
  /** The toolbar badge's text on the tab showing `url`. */
  badge(url: string): Promise<string>;
  /** Opens Lede's options page. */
  openOptions(width: number, height: number): Promise<TestPage>;
  /** Stores the reader's settings as the popup and options page do (null clears them). */
  setSettings(settings: unknown): Promise<void>;
  /** URLs the browser requested, where the driver can record them. */
  requests: string[] | null;
  close(): Promise<void>;
}

function wrapPlaywright(page: PlaywrightPage): TestPage {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    screenshot: async (path, fullPage = true) => {
      await page.screenshot({ path, fullPage });
    },
    press: (key) => page.keyboard.press(key),
    run: async (source) => {
      await page.evaluate(source);
    },
    colorScheme: async (scheme) => {
      await page.emulateMedia({ colorScheme: scheme });
      return true;
    },
    close: () => page.close(),
  };
}

function wrapPuppeteer(page: PuppeteerPage): TestPage {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    screenshot: async (path, fullPage = true) => {
      await page.screenshot({ path: path as `${string}.png`, fullPage });
    },
    press: (key) => page.keyboard.press(key as never),
    run: async (source) => {
      await page.evaluate(source);
    },
    // WebDriver BiDi has no media emulation yet (puppeteer needs CDP for it).
    colorScheme: async () => false,
    close: () => page.close(),
  };
}

export async function chromiumDriver(): Promise<Driver> {
  const ext = await launchWithExtension();
  return {
    name: 'chromium',
    requests: ext.requests,
    async open(url) {
      const page = await ext.context.newPage();
      await page.goto(url);
      return wrapPlaywright(page);
    },
    send: (url, message) => sendToTab(ext.worker, url, message),
    async badge(url) {
      const tabId = await tabIdOf(ext.worker, url);
      // MV3: the toolbar button is `action`.
      return ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    },
    async openPopup(url, width, height) {
      const page = await ext.context.newPage();
      await page.setViewportSize({ width, height });
      await page.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${await tabIdOf(ext.worker, url)}`);
      return wrapPlaywright(page);
    },
    async openOptions(width, height) {
      const page = await ext.context.newPage();
      await page.setViewportSize({ width, height });
      await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
      return wrapPlaywright(page);
    },
    async setSettings(settings) {
      await ext.worker.evaluate(
        (s) => (s === null ? chrome.storage.sync.remove('settings') : chrome.storage.sync.set({ settings: s })),
        settings,
      );
    },
    close: () => ext.close(),
  };
}

export async function firefoxDriver(): Promise<Driver> {
  const ff = await launchFirefoxWithAddon();
  // An extension page of Lede's own, to reach the content scripts through browser.tabs.
  const control = await openExtensionPage(ff, '/popup.html?tab=-1');
  const tabIdOfUrl = (url: string) =>
    control.evaluate(async (u) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      for (const tab of await api.tabs.query({})) {
        if (tab.id === undefined) continue;
        const answer = await api.tabs.sendMessage(tab.id, { type: 'lede:get-analysis' }).catch(() => null);
        if ((answer as { url?: string } | null)?.url === u) return tab.id;
      }
      throw new Error(`no tab shows ${u}`);
    }, url);
  return {
    name: 'firefox',
    requests: null,
    async open(url) {
      const page = await ff.browser.newPage();
      await page.goto(url);
      return wrapPuppeteer(page);
    },
    async send<T>(url: string, message: unknown): Promise<T> {
      const tabId = await tabIdOfUrl(url);
      return control.evaluate(
        ({ tabId, message }) => (globalThis as unknown as { browser: typeof chrome }).browser.tabs.sendMessage(tabId, message),
        { tabId, message },
      ) as Promise<T>;
    },
    async badge(url) {
      const tabId = await tabIdOfUrl(url);
      // Firefox's MV2 build: the toolbar button is `browserAction`.
      return control.evaluate(
        (id) =>
          (globalThis as unknown as { browser: { browserAction: typeof chrome.action } }).browser.browserAction.getBadgeText({ tabId: id }),
        tabId,
      );
    },
    async openPopup(url, width, height) {
      const page = await openExtensionPage(ff, `/popup.html?tab=${await tabIdOfUrl(url)}`);
      await page.setViewport({ width, height });
      return wrapPuppeteer(page);
    },
    async openOptions(width, height) {
      const page = await openExtensionPage(ff, '/options.html');
      await page.setViewport({ width, height });
      return wrapPuppeteer(page);
    },
    async setSettings(settings) {
      await control.evaluate((s) => {
        const storage = (globalThis as unknown as { browser: typeof chrome }).browser.storage.sync;
        return s === null ? storage.remove('settings') : storage.set({ settings: s });
      }, settings);
    },
    close: () => ff.close(),
  };
}
