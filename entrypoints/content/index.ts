// Content script: runs Lede's controller on the page and answers the popup's messages.
import './style.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { Analysis } from '../../core/types';
import { createController } from '../../effects/controller';
import { type PageWatcher, watchPage } from '../../effects/watchPage';
import { isLedeMessage, type LedeMessage } from '../../utils/messages';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  main() {
    const lede = createController(document, () => location.href, { highlight: true, cleanup: true });
    let watching: AbortController | null = null;
    let watcher: PageWatcher | null = null;

    const badge = (analysis: Analysis): void => {
      const count = analysis.article ? analysis.companies.length + analysis.figures.length : 0;
      browser.runtime.sendMessage({ type: 'lede:badge', count }).catch(() => {
        // The background may be asleep or reloading; the badge is cosmetic.
      });
    };

    /** Runs a change of Lede's own to the page without the watcher taking it for the page's. */
    const quietly = <T>(change: () => T): T => (watcher ? watcher.quiet(change) : change());

    const run = (): Analysis => {
      try {
        const analysis = quietly(() => lede.run());
        badge(analysis);
        return analysis;
      } catch (error) {
        // A page Lede cannot read stays as it was.
        quietly(() => lede.stop());
        console.debug('Lede could not analyse this page', error);
        return lede.snapshot();
      }
    };

    // One observer for the page's life while Lede is on: late paragraphs, replaced articles,
    // single-page navigation, a story rendered after document_idle.
    const watch = (on: boolean): void => {
      if (on && !watching) {
        watching = new AbortController();
        watcher = watchPage(document, () => lede.root(), run, watching.signal);
      } else if (!on && watching) {
        watching.abort();
        watching = watcher = null;
      }
    };

    run();
    watch(true);

    const answer = (message: LedeMessage): Analysis | { ok: boolean } => {
      switch (message.type) {
        case 'lede:get-analysis':
          return lede.snapshot();
        case 'lede:set': {
          const toggles: { highlight?: boolean; cleanup?: boolean } = {};
          if (typeof message.highlight === 'boolean') toggles.highlight = message.highlight;
          if (typeof message.cleanup === 'boolean') toggles.cleanup = message.cleanup;
          const analysis = quietly(() => lede.set(toggles));
          const { highlight, cleanup } = lede.toggles();
          watch(highlight || cleanup);
          return analysis;
        }
        case 'lede:reveal':
          return { ok: lede.reveal(message.kind, message.index) };
      }
    };

    browser.runtime.onMessage.addListener(async (message: unknown) => {
      if (!isLedeMessage(message)) return undefined;
      return answer(message);
    });
  },
});
