// The extension's messages (contract.md §3), typed once for the content script, popup and tests.

export type LedeMessage =
  | { type: 'lede:get-analysis' }
  /** Lede's addition to the contract: run on this page now, whatever the settings say (the reader asked). */
  | { type: 'lede:run' }
  | { type: 'lede:set'; highlight?: boolean; cleanup?: boolean }
  | { type: 'lede:reveal'; kind: 'company' | 'figure'; index: number };

/** Sent by the content script to the background to set the tab's toolbar badge. */
export interface BadgeMessage {
  type: 'lede:badge';
  count: number;
}

export function isLedeMessage(value: unknown): value is LedeMessage {
  const type = (value as { type?: unknown } | null)?.type;
  return type === 'lede:get-analysis' || type === 'lede:run' || type === 'lede:set' || type === 'lede:reveal';
}

/**
 * Sent by the content script to the background: the text half of the analysis
 * (core/analyzeText.ts), run there so it stays off the page's main thread. Answered with a
 * TextAnalysis.
 */
export interface AnalyseTextMessage {
  type: 'lede:analyse-text';
  text: string;
  title: string;
}

export function isAnalyseTextMessage(value: unknown): value is AnalyseTextMessage {
  const m = value as Partial<AnalyseTextMessage> | null;
  return m?.type === 'lede:analyse-text' && typeof m.text === 'string' && typeof m.title === 'string';
}

/** The `commands` entry of the clean-view shortcut (wxt.config.ts). */
export const TOGGLE_COMMAND = 'toggle-cleanup';
