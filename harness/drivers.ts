/// <reference types="chrome" />
// One interface over the two browsers, so the same end-to-end test runs in Chromium
// (playwright-core) and Firefox (puppeteer-core over WebDriver BiDi).
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { placement } from '../utils/registration';
import { normalizeSettings } from '../utils/settings';
import { launchWithExtension, sendToTab, tabIdOf } from './chromium';
import { launchFirefoxWithAddon, openExtensionPage } from './firefox';

/** What the tests do with a page; both drivers' pages can. */
export interface TestPage {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  screenshot(path: string, fullPage?: boolean): Promise<void>;
  press(key: string): Promise<void>;
  /** Types text key by key into what has the focus, `delayMs` between keys. */
  type(text: string, delayMs: number): Promise<void>;
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
  setSettings(settings: StoredSettings | null): Promise<void>;
  /** Where the background has registered the content script to come on its own; null where nowhere. */
  registered(): Promise<{ matches: string[]; excludeMatches?: string[] } | null>;
  /** URLs the browser requested, where the driver can record them. */
  requests: string[] | null;
  close(): Promise<void>;
}

/** Settings as a test gives them: any of the global ones, and the sites' choices. */
type StoredSettings = Record<string, unknown> & { sites?: Record<string, string> };

/**
 * Stores settings where Lede keeps them (utils/settingsStore.ts): the global ones in one synced
 * item, each site in a local key of its own. Runs in the extension (a function without closures).
 */
async function storeSettings({ api, settings }: { api: 'chrome' | 'browser'; settings: StoredSettings | null }): Promise<void> {
  const storage = ((globalThis as unknown as Record<string, typeof chrome>)[api] as typeof chrome).storage;
  const old = Object.keys(await storage.local.get(null)).filter((k) => k.startsWith('site:'));
  if (old.length > 0) await storage.local.remove(old);
  if (settings === null) {
    await storage.sync.remove('settings');
    return;
  }
  const { sites = {}, ...globals } = settings;
  await storage.local.set(Object.fromEntries(Object.entries(sites).map(([host, choice]) => [`site:${host}`, choice])));
  await storage.sync.set({ settings: { ...globals, version: 2 } });
}

/** The content script's registration (utils/registration.ts), read in the extension. */
async function registeredScript(api: 'chrome' | 'browser'): Promise<{ matches: string[]; excludeMatches?: string[] } | null> {
  const scripting = ((globalThis as unknown as Record<string, typeof chrome>)[api] as typeof chrome).scripting;
  const [script] = await scripting.getRegisteredContentScripts({ ids: ['lede'] });
  return script ? { matches: script.matches ?? [], excludeMatches: script.excludeMatches } : null;
}

/** Waits until the background has registered the content script where `settings` say it comes. */
async function settled(settings: StoredSettings | null, registered: Driver['registered']): Promise<void> {
  const wanted = placement(normalizeSettings(settings ?? {}));
  const same = (got: Awaited<ReturnType<Driver['registered']>>) =>
    wanted === null
      ? got === null
      : got !== null &&
        JSON.stringify(got.matches) === JSON.stringify(wanted.matches) &&
        JSON.stringify(got.excludeMatches ?? []) === JSON.stringify(wanted.excludeMatches);
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
    if (same(await registered())) return;
  }
  throw new Error('the content script was not registered as the settings say');
}

function wrapPlaywright(page: PlaywrightPage): TestPage {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    screenshot: async (path, fullPage = true) => {
      await page.screenshot({ path, fullPage });
    },
    press: (key) => page.keyboard.press(key),
    type: (text, delay) => page.keyboard.type(text, { delay }),
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
    type: (text, delay) => page.keyboard.type(text, { delay }),
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
  const registered = () => ext.worker.evaluate(registeredScript, 'chrome' as const);
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
      await ext.worker.evaluate(storeSettings, { api: 'chrome' as const, settings });
      await settled(settings, registered);
    },
    registered,
    close: () => ext.close(),
  };
}

export async function firefoxDriver(): Promise<Driver> {
  const ff = await launchFirefoxWithAddon();
  // An extension page of Lede's own, to reach the content scripts through browser.tabs.
  const control = await openExtensionPage(ff, '/popup.html?tab=-1');
  const registered = () => control.evaluate(registeredScript, 'browser' as const);
  // The background registers the content script as it starts: pages opened before would have none.
  await settled(null, registered);
  const tabIdOfUrl = (url: string) =>
    control.evaluate(async (u) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const tab = (await api.tabs.query({})).find((t) => t.url === u);
      if (tab?.id === undefined) throw new Error(`no tab shows ${u}`);
      return tab.id;
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
      await control.evaluate(storeSettings, { api: 'browser' as const, settings });
      await settled(settings, registered);
    },
    registered,
    close: () => ff.close(),
  };
}
