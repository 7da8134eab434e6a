// The extension's messages (contract.md §3), typed once for the content script, popup and tests.

import type { MarkupRequest, PageRequest } from '../core/analyze';

export type LedeMessage =
  | { type: 'lede:get-analysis' }
  /** Lede's addition to the contract: run on this page now, whatever the settings say (the reader asked). */
  | { type: 'lede:run' }
  | { type: 'lede:set'; highlight?: boolean; cleanup?: boolean }
  /** `kind`: 'company' or 'figure' (contract §3), or the id of a kind with its own recogniser (core/kinds). */
  | { type: 'lede:reveal'; kind: string; index: number };

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
 * Sent by the content script to the background: the page's markup or snapshot, and its signals
 * (core/analyze.ts), analysed there, where the code stays warm from page to page, instead of on
 * the page's main thread. Answered with a PageAnswer.
 */
export interface AnalysePageMessage {
  type: 'lede:analyse-page';
  request: PageRequest | MarkupRequest;
}

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');
const isIndices = (value: unknown, size: number): value is number[] =>
  Array.isArray(value) && value.every((v) => Number.isInteger(v) && v >= -1 && v < size);

/** A well-formed snapshot (the detector indexes its arrays without checking them again), or markup, which its reader checks. */
export function isAnalysePageMessage(value: unknown): value is AnalysePageMessage {
  const m = value as Partial<AnalysePageMessage> | null;
  if (m?.type !== 'lede:analyse-page' || typeof m.request !== 'object' || m.request === null) return false;
  const { snapshot, signals, markup } = m.request as Partial<PageRequest & MarkupRequest>;
  if (typeof signals?.title !== 'string') return false;
  if (typeof markup === 'string') return snapshot === undefined;
  if (!snapshot) return false;
  const size = snapshot.tags?.length ?? 0;
  return (
    size > 0 &&
    isStrings(snapshot.tags) &&
    isStrings(snapshot.texts) &&
    isStrings(snapshot.classes) &&
    isStrings(snapshot.ids) &&
    [snapshot.texts, snapshot.classes, snapshot.ids, snapshot.parents].every((a) => a?.length === size) &&
    isIndices(snapshot.parents, size) &&
    snapshot.parents.every((p, i) => p < i && p >= (i === 0 ? -1 : 0)) &&
    isIndices(snapshot.hidden, size) &&
    typeof snapshot.attributes === 'object' &&
    snapshot.attributes !== null
  );
}

/** The `commands` entry of the clean-view shortcut (wxt.config.ts). */
export const TOGGLE_COMMAND = 'toggle-cleanup';
