// The extension's messages (contract §3 and Lede's own), typed once: one map from each message's
// name to its request and its answer, used by the background, the content script and the popup.
// Our own few lines rather than a messaging library: the contract fixes the messages' shape on
// the wire (`{ "type": "lede:get-analysis" }`), which a library's envelope would change, and the
// content script carries no bytes for it.

import { browser } from 'wxt/browser';
import type { MarkupRequest, PageAnswer, PageRequest } from '../core/handover';
import type { Analysis } from '../core/types';

interface MessageMap {
  /** Contract: the analysis of the page as it is now. */
  'lede:get-analysis': { request: object; answer: Analysis };
  /** Lede's addition to the contract: run on this page now, whatever the settings say (the reader asked). */
  'lede:run': { request: object; answer: Analysis };
  /** Contract: apply the toggles, answer the new analysis. */
  'lede:set': { request: { highlight?: boolean; cleanup?: boolean }; answer: Analysis };
  /** Contract: scroll to and flash the `index`-th item of `kind` ('company', 'figure', or a kind with its own recogniser). */
  'lede:reveal': { request: { kind: string; index: number }; answer: { ok: boolean } };
  /** Content script → background: set the tab's toolbar badge. */
  'lede:badge': { request: { count: number }; answer: undefined };
  /**
   * Content script → background: the page's markup or snapshot and its signals (core/analyze.ts),
   * analysed there, where the code stays warm from page to page, instead of on the page's main thread.
   */
  'lede:analyse-page': { request: { request: PageRequest | MarkupRequest }; answer: PageAnswer };
  /** Content script → background: the analysis the background kept for this tab (`PageAnswer.kept`), or null. */
  'lede:kept-analysis': { request: object; answer: Analysis | null };
}

export type MessageName = keyof MessageMap;
export type Message<K extends MessageName = MessageName> = K extends MessageName ? { type: K } & MessageMap[K]['request'] : never;
export type Answer<K extends MessageName> = MessageMap[K]['answer'];

/** The messages the content script answers (the popup, the shortcut and the tests send them). */
export type LedeMessage = Message<'lede:get-analysis' | 'lede:run' | 'lede:set' | 'lede:reveal'>;

const PAGE_MESSAGES: ReadonlySet<string> = new Set(['lede:get-analysis', 'lede:run', 'lede:set', 'lede:reveal']);

const typeOf = (value: unknown): unknown => (value as { type?: unknown } | null)?.type;

export function isLedeMessage(value: unknown): value is LedeMessage {
  const type = typeOf(value);
  return typeof type === 'string' && PAGE_MESSAGES.has(type);
}

function isBadgeMessage(value: unknown): value is Message<'lede:badge'> {
  return typeOf(value) === 'lede:badge' && typeof (value as { count?: unknown }).count === 'number';
}

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');
const isIndices = (value: unknown, size: number): value is number[] =>
  Array.isArray(value) && value.every((v) => Number.isInteger(v) && v >= -1 && v < size);

/** A well-formed snapshot (the detector indexes its arrays without checking them again), or markup, which its reader checks. */
export function isAnalysePageMessage(value: unknown): value is Message<'lede:analyse-page'> {
  const m = value as Partial<Message<'lede:analyse-page'>> | null;
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

/** Which of the messages is well-formed, by name: what arrives is checked before any handler sees it. */
const WELL_FORMED: { [K in MessageName]: (value: unknown) => boolean } = {
  'lede:get-analysis': () => true,
  'lede:run': () => true,
  'lede:set': (v) => {
    const { highlight, cleanup } = v as { highlight?: unknown; cleanup?: unknown };
    return [highlight, cleanup].every((t) => t === undefined || typeof t === 'boolean');
  },
  'lede:reveal': (v) => {
    const { kind, index } = v as { kind?: unknown; index?: unknown };
    return typeof kind === 'string' && Number.isInteger(index) && (index as number) >= 0;
  },
  'lede:badge': isBadgeMessage,
  'lede:analyse-page': isAnalysePageMessage,
  'lede:kept-analysis': () => true,
};

interface Sender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
}

export type Handlers = {
  [K in MessageName]?: (message: Message<K>, sender: Sender) => Answer<K> | Promise<Answer<K>>;
};

/**
 * Answers the messages `handlers` names, and only from Lede's own pages and scripts: a message
 * from anywhere else, of another name, or of the wrong shape gets no answer.
 */
export function listen(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const type = typeOf(message);
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    const name = type as MessageName;
    if (!WELL_FORMED[name](message)) return undefined;
    const handler = handlers[name] as (m: unknown, s: Sender) => unknown;
    return Promise.resolve(handler(message, sender));
  });
}

/** Sends a message to the background. */
export function sendToBackground<K extends MessageName>(message: Message<K>): Promise<Answer<K>> {
  return browser.runtime.sendMessage(message) as Promise<Answer<K>>;
}

/** The `commands` entry of the clean-view shortcut (wxt.config.ts). */
export const TOGGLE_COMMAND = 'toggle-cleanup';
