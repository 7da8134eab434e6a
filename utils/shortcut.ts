// The clean-view keyboard shortcut: what it does on a tab — run Lede there if it is off (the
// reader asked), else flip the clean view — and the keys the browser gives it.
import { browser } from 'wxt/browser';
import type { Analysis } from '../core/types';
import { type Message, TOGGLE_COMMAND } from './messages';

/** The shortcut's keys as the browser shows them; "" when none is set. */
export async function cleanViewKeys(): Promise<string> {
  return (await browser.commands.getAll()).find((c) => c.name === TOGGLE_COMMAND)?.shortcut ?? '';
}

/** `send` talks to the tab's content script. */
export async function toggleCleanView(
  send: (message: Message<'lede:get-analysis' | 'lede:run' | 'lede:set'>) => Promise<Analysis | null>,
): Promise<void> {
  const analysis = await send({ type: 'lede:get-analysis' });
  if (!analysis) return;
  if (!analysis.running) await send({ type: 'lede:run' });
  else await send({ type: 'lede:set', cleanup: !analysis.toggles?.cleanup });
}
