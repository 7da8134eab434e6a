// The page's part of reading itself for an analysis (core/handover.ts): its markup in one native
// call, or its snapshot node by node, with the signals it declares about itself.

import { type PageSignals, readPageSignals } from '../article/pageSignals';
import type { MarkupRequest, PageRequest } from '../handover';
import { performanceNow, type Steps, timed } from '../steps';
import { snapshotSteps } from './snapshot';
import { escapesAttributeMarkup, withoutCode } from './withoutCode';

/** The page read: the request, the live nodes its indices name, and what the page's part cost. */
export interface ReadPage {
  signals: PageSignals;
  request: PageRequest | null;
  /** The snapshot's root, where located answers are found from. */
  root: Element | null;
  nodes: Node[];
  /** Characters of text and markup in the snapshot: what sending it costs. */
  chars: number;
  /** The page's part of the analysis: reading it, handing it over, finding the answer's nodes. */
  readMs: number;
}

/** Reads the page: its signals, and the snapshot of `<body>` the detector works on. */
export function* readPageSteps(
  doc: Document,
  url: string,
  now: () => number = performanceNow,
  read?: { signals: PageSignals; readMs: number },
): Steps<ReadPage> {
  let readMs = read?.readMs ?? 0;
  const t0 = now();
  const signals = read?.signals ?? readPageSignals(doc);
  readMs += now() - t0;
  if (!doc.body) return { signals, request: null, root: null, nodes: [], chars: 0, readMs };
  // Reading the page's signals queries the whole document: a step of its own.
  yield;
  const { snapshot, nodes, chars } = yield* timed(snapshotSteps(doc.body), now, (ms) => {
    readMs += ms;
  });
  return { signals, request: { snapshot, signals, url }, root: doc.body, nodes, chars, readMs };
}

/**
 * The page as markup: its signals and `body.outerHTML`, one native call, without the scripts'
 * and styles' text (withoutCode.ts). Null when there is no body, or more than `maxElements`
 * elements (serializing a page that large would be one long task).
 */
export function readMarkup(
  doc: Document,
  url: string,
  maxElements: number,
  now: () => number = performanceNow,
): { request: MarkupRequest; root: Element; readMs: number } | null {
  const t0 = now();
  const body = doc.body;
  if (!body || body.querySelectorAll('*').length > maxElements) return null;
  const signals = readPageSignals(doc);
  const markup = escapesAttributeMarkup(doc) ? withoutCode(body.outerHTML) : body.outerHTML;
  return { request: { markup, signals, url }, root: body, readMs: now() - t0 };
}
