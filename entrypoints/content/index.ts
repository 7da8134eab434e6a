// Content script: runs Lede's controller on the page and answers the popup's messages.
import './style.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { Analysis } from '../../core/types';
import { createController } from '../../effects/controller';
import { isLedeMessage, type LedeMessage } from '../../utils/messages';

/** How long to keep looking for a story that a script renders after load. */
const SETTLE_WINDOW_MS = 10_000;
const SETTLE_DEBOUNCE_MS = 400;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  main() {
    const lede = createController(document, location.href, { highlight: true, cleanup: true });

    const badge = (analysis: Analysis): void => {
      const count = analysis.article ? analysis.companies.length + analysis.figures.length : 0;
      browser.runtime.sendMessage({ type: 'lede:badge', count }).catch(() => {
        // The background may be asleep or reloading; the badge is cosmetic.
      });
    };

    const run = (): Analysis => {
      try {
        const analysis = lede.run();
        badge(analysis);
        return analysis;
      } catch (error) {
        // A page Lede cannot read stays as it was.
        lede.stop();
        console.debug('Lede could not analyse this page', error);
        return lede.snapshot();
      }
    };

    const first = run();
    // document_idle is not "content ready": a script-rendered story may arrive later.
    if (!first.article) {
      let timer = 0;
      const observer = new MutationObserver(() => {
        window.clearTimeout(timer);
        timer = window.setTimeout(() => {
          if (run().article) observer.disconnect();
        }, SETTLE_DEBOUNCE_MS);
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      window.setTimeout(() => observer.disconnect(), SETTLE_WINDOW_MS);
    }

    const answer = (message: LedeMessage): Analysis | { ok: boolean } => {
      switch (message.type) {
        case 'lede:get-analysis':
          return lede.snapshot();
        case 'lede:set': {
          const toggles: { highlight?: boolean; cleanup?: boolean } = {};
          if (typeof message.highlight === 'boolean') toggles.highlight = message.highlight;
          if (typeof message.cleanup === 'boolean') toggles.cleanup = message.cleanup;
          return lede.set(toggles);
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
