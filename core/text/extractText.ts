// Plain text of a DOM subtree, with a map from every text offset back to the DOM text node it
// came from, so highlights can be placed on the live page without touching its nodes.

import { snapshotSteps } from '../page/snapshot';
import { type SnapshotTree, treeOf } from '../page/snapshotTree';
import { runToEnd, STEP, type Steps } from '../steps';
import { BLOCK_TAGS, SKIP_TAGS } from './blockTags';

/** A stretch of output text copied one-to-one from a DOM text node. */
export interface TextRun {
  /** Offset in the extracted text. */
  start: number;
  node: Text;
  /** Offset in the node's data. */
  offset: number;
  length: number;
}

export interface ExtractedText {
  text: string;
  runs: TextRun[];
}

/** Decides whether an element's subtree is left out of the text (boilerplate, hidden parts). */
export type SkipElement = (element: Element) => boolean;

// Break levels, weakest first: what separates the next text from the text before it.
const NO_BREAK = 0;
const SPACE = 1;
const LINE = 2;
const PARAGRAPH = 3;
const SEPARATORS = ['', ' ', '\n', '\n\n'];

function isSpace(code: number): boolean {
  // space, tab, newline, carriage return, form feed, and the no-break space sites pad with
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 160;
}

/**
 * The text as extraction over a page snapshot gives it: runs name text nodes by their index in
 * the snapshot, four numbers each (start in the text, node, offset in its data, length), so the
 * answer can travel as a message and the page finds the nodes again.
 */
export interface IndexedText {
  text: string;
  runs: number[];
}

/** The text of `root`, a DOM element (the CLI's and tests' way in). */
export function extractText(root: Element, skip: SkipElement = () => false): ExtractedText {
  const { snapshot, nodes } = runToEnd(snapshotSteps(root));
  const tree = treeOf(snapshot);
  return liveText(runToEnd(extractIndexedSteps(tree, 0, (i) => skip(nodes[i] as Element))), nodes);
}

/** Indexed text with its runs on the live text nodes. */
function liveText(indexed: IndexedText, nodes: readonly Node[]): ExtractedText {
  return runToEnd(liveTextSteps(indexed, nodes));
}

/** The same, in steps: a very long article has a hundred thousand runs. */
export function* liveTextSteps({ text, runs }: IndexedText, nodes: readonly Node[]): Steps<ExtractedText> {
  const live: TextRun[] = [];
  for (let k = 0; k < runs.length; k += 4) {
    if (k > 0 && k % (STEP * 64) === 0) yield;
    live.push({
      start: runs[k] as number,
      node: nodes[runs[k + 1] as number] as Text,
      offset: runs[k + 2] as number,
      length: runs[k + 3] as number,
    });
  }
  return { text, runs: live };
}

/** The text under snapshot node `root` in document order, in one pass that may pause every STEP elements. */
export function* extractIndexedSteps(tree: SnapshotTree, root: number, skip: (index: number) => boolean): Steps<IndexedText> {
  const { tags, texts } = tree.s;
  const ends = tree.ends;
  const parts: string[] = [];
  const runs: number[] = [];
  let length = 0;
  let pending = NO_BREAK;

  // Non-space characters, and single plain spaces between them (sticky: matched from `i` on).
  const stretch = /[^ \t\n\r\f\u00a0]+(?: [^ \t\n\r\f\u00a0]+)*/y;
  const emitText = (node: number): void => {
    const data = texts[node] as string;
    let i = 0;
    while (i < data.length) {
      if (isSpace(data.charCodeAt(i))) {
        if (pending < SPACE) pending = SPACE;
        i++;
        continue;
      }
      if (length > 0 && pending > NO_BREAK) {
        parts.push(SEPARATORS[pending] as string);
        length += SEPARATORS[pending]?.length ?? 0;
      }
      pending = NO_BREAK;
      // Copy the longest stretch that maps one-to-one: words joined by single plain spaces.
      stretch.lastIndex = i;
      stretch.test(data);
      const j = stretch.lastIndex;
      parts.push(data.slice(i, j));
      runs.push(length, node, i, j - i);
      length += j - i;
      i = j;
    }
  };

  // The open block elements (a paragraph break after each), innermost last.
  const open: number[] = [];
  const end = ends[root] as number;
  let work = 0;
  for (let i = root + 1; i < end; i++) {
    while (open.length > 0 && (ends[open[open.length - 1] as number] as number) <= i) {
      open.pop();
      pending = PARAGRAPH;
    }
    const tag = tags[i] as string;
    if (tag === '') {
      emitText(i);
      continue;
    }
    if (SKIP_TAGS.has(tag) || skip(i)) {
      i = (ends[i] as number) - 1;
      continue;
    }
    if (tag === 'BR') {
      if (pending < LINE) pending = LINE;
      continue;
    }
    if (BLOCK_TAGS.has(tag)) {
      pending = PARAGRAPH;
      open.push(i);
    }
    if (++work % STEP === 0) yield;
  }
  return { text: parts.join(''), runs };
}

/** Index of the run holding text offset `at`, or of the first run after it when `at` falls in a gap. */
function runIndexAt(runs: readonly TextRun[], at: number): number {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const run = runs[mid] as TextRun;
    if (run.start + run.length <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The DOM positions of a span of the extracted text, or null when it maps to no text node. */
export function domSpan(
  runs: readonly TextRun[],
  start: number,
  end: number,
): { startNode: Text; startOffset: number; endNode: Text; endOffset: number } | null {
  if (runs.length === 0 || end <= start) return null;
  const first = runs[runIndexAt(runs, start)] as TextRun;
  const last = runs[runIndexAt(runs, end - 1)] as TextRun;
  if (first.start >= end) return null;
  const startOffset = first.offset + Math.max(0, start - first.start);
  const endOffset = last.offset + Math.min(last.length, end - last.start);
  return { startNode: first.node, startOffset, endNode: last.node, endOffset };
}
