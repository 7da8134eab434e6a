// Content script: runs Lede's controller on the page as the reader's settings say, follows
// changes to them, and answers the popup's messages.
import './style.css';
import 'virtual:lede-kind-styles.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Superseded } from '../../core/slices';
import type { Analysis } from '../../core/types';
import { afterFirstPaint } from '../../effects/afterFirstPaint';
import { createController } from '../../effects/controller';
import { paintColours } from '../../effects/paintColours';
import { type PageWatcher, watchPage } from '../../effects/watchPage';
import { isLedeMessage, type LedeMessage } from '../../utils/messages';
import { analysePageInBackground } from '../../utils/pageInBackground';
import { DEFAULT_COLOURS, enabledKinds, runsOnLoad, siteOf } from '../../utils/settings';
import { loadSettings, onSettingsChanged } from '../../utils/settingsStore';

/** Set in the extension's isolated world, so a second injection (the popup's) does nothing. */
const LOADED = Symbol.for('lede.content');

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  async main() {
    const scope = globalThis as unknown as Record<symbol, boolean>;
    if (scope[LOADED]) return;
    scope[LOADED] = true;

    // Answer from the start; messages wait for the settings to load.
    let ready: () => void = () => {};
    const loaded = new Promise<void>((resolve) => {
      ready = () => resolve();
    });
    browser.runtime.onMessage.addListener(async (message: unknown) => {
      if (!isLedeMessage(message)) return undefined;
      await loaded;
      return answer(message);
    });

    let settings = await loadSettings();
    const host = (): string => siteOf(location.href);
    const lede = createController(
      document,
      () => location.href,
      { highlight: settings.highlight, cleanup: settings.cleanup },
      enabledKinds(settings),
      analysePageInBackground,
    );
    let running = false;
    let watching: AbortController | null = null;
    let watcher: PageWatcher | null = null;
    let colours: AbortController | null = null;

    const badge = (analysis: Analysis | null): void => {
      const count = analysis?.article ? analysis.companies.length + analysis.figures.length : 0;
      browser.runtime.sendMessage({ type: 'lede:badge', count }).catch(() => {
        // The background may be asleep or reloading; the badge is cosmetic.
      });
    };

    /** Runs a change of Lede's own to the page without the watcher taking it for the page's. */
    const quietly = <T>(change: () => T): T => (watcher ? watcher.quiet(change) : change());

    // Not running: nothing is pending either; the popup offers to run.
    const snapshot = (): Analysis => (running ? { ...lede.snapshot(), running } : { ...lede.snapshot(), pending: false, running });

    // Analyses in slices between the page's own tasks; Lede's page changes land in the last one.
    const run = async (): Promise<void> => {
      try {
        badge(await lede.runSliced(quietly));
      } catch (error) {
        if (error instanceof Superseded) return; // a newer run (the page changed again) took over
        // A page Lede cannot read stays as it was.
        quietly(() => lede.stop());
        console.debug('Lede could not analyse this page', error);
      }
    };

    // One observer for the page's life while Lede is on: late paragraphs, replaced articles,
    // single-page navigation, a story rendered after document_idle.
    const watch = (on: boolean): void => {
      if (on && !watching) {
        watching = new AbortController();
        watcher = watchPage(
          document,
          () => lede.root(),
          () => void run(),
          watching.signal,
        );
      } else if (!on && watching) {
        watching.abort();
        watching = watcher = null;
      }
    };

    const paint = (): void => {
      colours?.abort();
      colours = new AbortController();
      paintColours(document, settings.colours, DEFAULT_COLOURS, colours.signal);
    };

    /** Starts Lede on the page; its first analysis waits for `settled` (the reader's own request does not). */
    const start = (settled: Promise<void> = Promise.resolve()): Analysis => {
      if (!running) {
        running = true;
        paint();
        void settled.then(() => {
          if (running) void run();
        });
        const { highlight, cleanup } = lede.toggles();
        watch(highlight || cleanup);
      }
      return snapshot();
    };

    const stop = (): void => {
      if (!running) return;
      running = false;
      watch(false);
      quietly(() => lede.stop());
      colours?.abort();
      colours = null;
      badge(null);
    };

    // On load, after the page's first frames (effects/afterFirstPaint.ts).
    if (runsOnLoad(settings, host())) start(afterFirstPaint(window));

    onSettingsChanged((next) => {
      const before = settings;
      settings = next;
      if (running) {
        lede.setKinds(enabledKinds(next));
        if (JSON.stringify(before.colours) !== JSON.stringify(next.colours)) paint();
      }
      // A change that concerns this page: the global switch, the mode, or this site's choice.
      const wasOn = runsOnLoad(before, host());
      const isOn = runsOnLoad(next, host());
      if (isOn && !wasOn) start();
      else if (!isOn && wasOn) stop();
    });

    function answer(message: LedeMessage): Analysis | { ok: boolean } {
      switch (message.type) {
        case 'lede:get-analysis':
          return snapshot();
        case 'lede:run':
          return start();
        case 'lede:set': {
          const toggles: { highlight?: boolean; cleanup?: boolean } = {};
          if (typeof message.highlight === 'boolean') toggles.highlight = message.highlight;
          if (typeof message.cleanup === 'boolean') toggles.cleanup = message.cleanup;
          if (!running) start();
          quietly(() => lede.set(toggles));
          const { highlight, cleanup } = lede.toggles();
          watch(highlight || cleanup);
          return snapshot();
        }
        case 'lede:reveal':
          return { ok: lede.reveal(message.kind, message.index) };
      }
    }

    ready();
  },
});
