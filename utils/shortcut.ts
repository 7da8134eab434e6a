// What the clean-view keyboard shortcut does on a tab: run Lede there if it is off (the reader
// asked), else flip the clean view. `send` talks to the tab's content script.
import type { Analysis } from '../core/types';
import type { LedeMessage } from './messages';

export async function toggleCleanView(send: (message: LedeMessage) => Promise<Analysis | null>): Promise<void> {
  const analysis = await send({ type: 'lede:get-analysis' });
  if (!analysis) return;
  if (!analysis.running) await send({ type: 'lede:run' });
  else await send({ type: 'lede:set', cleanup: !analysis.toggles?.cleanup });
}
