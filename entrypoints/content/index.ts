// Content script: a thin one. It reads the page, hands it to the background to be analysed, and
// puts the answer on the page (mark, hide, highlight, reveal, watch); it carries none of the
// analysis. The background registers it only where Lede runs on its own (utils/registration.ts);
// elsewhere it comes when the reader asks, through the popup. Everything it does hangs off
// WXT's context: when the extension is updated or switched off, its changes to the page are
// undone and its observers stop.
import './style.css';
import 'virtual:lede-kind-styles.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Unanswered } from '../../core/analysisRoute';
import { Superseded } from '../../core/slices';
import type { Analysis } from '../../core/types';
import { afterFirstPaint } from '../../effects/afterFirstPaint';
import { createController } from '../../effects/controller';
import { paintColours } from '../../effects/paintColours';
import { type PageWatcher, watchPage } from '../../effects/watchPage';
import { analyseInBackground, keptAnalysis } from '../../utils/analyseInBackground';
import { listen, sendToBackground } from '../../utils/messages';
import { DEFAULT_COLOURS, enabledKinds, runsOnLoad, type Settings, siteOf } from '../../utils/settings';
import { loadSettingsFor, onSettingsChanged } from '../../utils/settingsStore';

/** How often a page Lede runs on checks that the extension is still there (updated or switched off: undo). */
const ALIVE_CHECK_MS = 2000;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Registered by the background where Lede runs, not by the manifest (utils/registration.ts).
  registration: 'runtime',
  runAt: 'document_idle',
  allFrames: false,
  // WXT would otherwise tell every page, by window.postMessage, that Lede's script started.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // Answer from the start; messages wait for the settings to load.
    let ready: () => void = () => {};
    const loaded = new Promise<void>((resolve) => {
      ready = () => resolve();
    });
    const whenLoaded =
      <A extends unknown[], R>(handler: (...args: A) => R) =>
      async (...args: A): Promise<Awaited<R>> => {
        await loaded;
        return await handler(...args);
      };

    // The handlers run once the settings have loaded and everything below is set up.
    listen({
      'lede:get-analysis': whenLoaded(() => complete(snapshot())),
      'lede:run': whenLoaded(() => complete(start(undefined, true))),
      'lede:set': whenLoaded(({ highlight, cleanup }) => {
        if (!running) start();
        quietly(() => lede.set({ ...(highlight === undefined ? {} : { highlight }), ...(cleanup === undefined ? {} : { cleanup }) }));
        const toggles = lede.toggles();
        watch(toggles.highlight || toggles.cleanup);
        return complete(snapshot());
      }),
      'lede:reveal': whenLoaded(({ kind, index }) => ({ ok: lede.reveal(kind, index) })),
    });

    const host = siteOf(location.href);
    let settings: Settings = await loadSettingsFor(host);
    const lede = createController(
      document,
      () => location.href,
      { highlight: settings.highlight, cleanup: settings.cleanup },
      analyseInBackground,
      enabledKinds(settings),
    );
    let running = false;
    let unanswered: Analysis['unanswered'];
    let alive = 0;
    let watching: AbortController | null = null;
    let watcher: PageWatcher | null = null;
    let colours: AbortController | null = null;
    // A very long article's lists, fetched from the background when first asked for.
    let keptLists: Promise<Analysis | null> | null = null;

    const badge = (analysis: Analysis | null): void => {
      const count = analysis?.article ? analysis.companies.length + analysis.figures.length : 0;
      sendToBackground({ type: 'lede:badge', count }).catch(() => {
        // The background may be asleep or reloading; the badge is cosmetic.
      });
    };

    /** Runs a change of Lede's own to the page without the watcher taking it for the page's. */
    const quietly = <T>(change: () => T): T => (watcher ? watcher.quiet(change) : change());

    // Not running: nothing is pending either; the popup offers to run. Unanswered: the popup offers to try again.
    const snapshot = (): Analysis => {
      const now = lede.snapshot();
      if (!running) return { ...now, pending: false, running };
      return unanswered ? { ...now, pending: false, running, unanswered } : { ...now, running };
    };

    /** The analysis with the lists the background kept for a very long article. */
    const complete = async (analysis: Analysis): Promise<Analysis> => {
      if (!lede.kept() || !analysis.article) return analysis;
      keptLists ??= keptAnalysis();
      const lists = await keptLists;
      return lists ? { ...analysis, companies: lists.companies, figures: lists.figures, summary: lists.summary } : analysis;
    };

    // Analyses in slices between the page's own tasks; Lede's page changes land in the last one.
    const run = async (): Promise<void> => {
      try {
        const analysis = await lede.runSliced(quietly);
        unanswered = undefined;
        keptLists = null;
        badge(lede.kept() ? await complete(analysis) : analysis);
      } catch (error) {
        if (error instanceof Superseded) return; // a newer run (the page changed again) took over
        // A page Lede gets no analysis for stays as it was.
        unanswered = error instanceof Unanswered ? error.reason : 'no-answer';
        quietly(() => lede.stop());
        badge(null);
        console.debug('Lede could not analyse this page', error);
      }
    };

    // One observer for the page's life while Lede is on: late paragraphs, replaced articles,
    // single-page navigation, a story rendered after document_idle.
    const watch = (on: boolean): void => {
      if (on && !watching) {
        watching = new AbortController();
        watcher = watchPage(document, lede, () => void run(), watching.signal);
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

    /**
     * Starts Lede on the page; its first analysis waits for `settled` (the reader's own request
     * does not). `again`: the reader asked, so a page left unanswered is tried once more.
     */
    const start = (settled: Promise<void> = Promise.resolve(), again = false): Analysis => {
      if (running && again && unanswered) {
        unanswered = undefined;
        void run();
      } else if (!running && !ctx.isInvalid) {
        running = true;
        // WXT's timer checks the extension is still there, and invalidates the context if not.
        alive = ctx.setInterval(() => undefined, ALIVE_CHECK_MS);
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
      unanswered = undefined;
      clearInterval(alive);
      watch(false);
      quietly(() => lede.stop());
      colours?.abort();
      colours = null;
      badge(null);
    };

    ctx.onInvalidated(stop);

    // On load, after the page's first frames (effects/afterFirstPaint.ts).
    if (runsOnLoad(settings, host)) start(afterFirstPaint(window));

    const unsubscribe = onSettingsChanged(() => {
      void loadSettingsFor(host).then((next) => {
        const before = settings;
        settings = next;
        if (running) {
          lede.setKinds(enabledKinds(next));
          if (JSON.stringify(before.colours) !== JSON.stringify(next.colours)) paint();
        }
        // A change that concerns this page: the global switch, the mode, or this site's choice.
        const wasOn = runsOnLoad(before, host);
        const isOn = runsOnLoad(next, host);
        if (isOn && !wasOn) start();
        else if (!isOn && wasOn) stop();
      });
    }, host);

    ctx.onInvalidated(unsubscribe);

    ready();
  },
});
