/// <reference types="chrome" />

// Debian's Chromium with the built Chrome extension loaded, through playwright-core.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import type { Analysis } from '../core/types';
import { ROOT } from './paths';

const CHROME_BUILD = join(ROOT, '.output', 'chrome-mv3');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep a headless Chromium off the network and quiet on this machine. */
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every URL the browser asked for while the tests ran. */
  requests: string[];
  close(): Promise<void>;
}

/** `registers`: the extension registers its content script as it starts (Lede does), to wait for. */
export async function launchWithExtension(extensionDir = CHROME_BUILD, registers = true): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'lede-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  // Saved pages reference hosts that cannot be reached: only loopback and the extension itself.
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'chrome-extension:' || url.protocol === 'data:') return route.continue();
    return route.abort('blockedbyclient');
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // The background registers the content script as it starts (utils/registration.ts): a page
  // opened before that would have none.
  for (const deadline = Date.now() + (registers ? 10_000 : 0); Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
    if ((await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).length > 0) break;
  }
  return {
    context,
    worker,
    extensionId,
    requests,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The JavaScript heap the extension's service worker uses after a garbage collection, in bytes,
 * from DevTools (`Runtime.getHeapUsage`; a service worker has no `performance.memory`), asked
 * through a page's DevTools session that attaches to the worker's target (Playwright's sessions
 * cannot address a worker's own, so its messages go through `Target.sendMessageToTarget`).
 */
export async function backgroundHeapBytes(context: BrowserContext, extensionId: string): Promise<number> {
  const page = await context.newPage();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const devtools = await context.newCDPSession(page);
    const { targetInfos } = await devtools.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
    if (!worker) return Number.NaN;
    const { sessionId } = await devtools.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
    const replies = new Map<number, (result: { usedSize?: number } | undefined) => void>();
    devtools.on('Target.receivedMessageFromTarget', (event) => {
      const reply = JSON.parse(event.message) as { id: number; result?: { usedSize?: number } };
      replies.get(reply.id)?.(reply.result);
    });
    const ask = (id: number, method: string) =>
      new Promise<{ usedSize?: number } | undefined>((resolve) => {
        replies.set(id, resolve);
        void devtools.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      });
    const used = (async () => {
      await ask(1, 'HeapProfiler.collectGarbage');
      return (await ask(2, 'Runtime.getHeapUsage'))?.usedSize ?? Number.NaN;
    })();
    const late = new Promise<number>((resolve) => {
      timer = setTimeout(() => resolve(Number.NaN), 10_000);
    });
    return await Promise.race([used, late]);
  } finally {
    clearTimeout(timer);
    await page.close();
  }
}

/**
 * The id of the tab showing `url`: Lede's host permissions let the worker see http(s) tabs' URLs
 * (a page Lede does not run on has no content script to ask).
 */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (url) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
    if (tab?.id === undefined) throw new Error(`no tab shows ${url}`);
    return tab.id;
  }, url);
}

/** Sends a contract message to the content script of the tab showing `url`, from the service worker. */
export async function sendToTab<T>(worker: Worker, url: string, message: unknown): Promise<T> {
  const tabId = await tabIdOf(worker, url);
  return worker.evaluate(({ tabId, message }) => chrome.tabs.sendMessage(tabId, message), { tabId, message }) as Promise<T>;
}

/**
 * The analysis of the tab showing `url` once Lede has finished it (not `pending`), or the last
 * answer (null if none) after `timeoutMs`.
 */
export async function waitForAnalysis(worker: Worker, url: string, timeoutMs = 10_000): Promise<Analysis | null> {
  let analysis: Analysis | null = null;
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
    analysis = await sendToTab<Analysis>(worker, url, { type: 'lede:get-analysis' }).catch(() => null);
    if (analysis && !analysis.pending) return analysis;
  }
  return analysis;
}
