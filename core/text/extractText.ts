// Plain text of a DOM subtree, with a map from every text offset back to the DOM text node it
// came from, so highlights can be placed on the live page without touching its nodes.

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

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function isSpace(code: number): boolean {
  // space, tab, newline, carriage return, form feed, and the no-break space sites pad with
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 160;
}

export function extractText(root: Element, skip: SkipElement = () => false): ExtractedText {
  return runToEnd(extractTextSteps(root, skip));
}

/** The text of `root` in document order, in one walk that may pause every STEP elements. */
export function* extractTextSteps(root: Element, skip: SkipElement = () => false): Steps<ExtractedText> {
  const parts: string[] = [];
  const runs: TextRun[] = [];
  let length = 0;
  let pending = NO_BREAK;

  // Non-space characters, and single plain spaces between them (sticky: matched from `i` on).
  const stretch = /[^ \t\n\r\f\u00a0]+(?: [^ \t\n\r\f\u00a0]+)*/y;
  const emitText = (node: Text): void => {
    const data = node.data;
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
      runs.push({ start: length, node, offset: i, length: j - i });
      length += j - i;
      i = j;
    }
  };

  // Each open element with the child to read next, and whether it is a block (a paragraph
  // break before and after it).
  const stack: Array<{ next: ChildNode | null; block: boolean }> = [{ next: root.firstChild, block: false }];
  let work = 0;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as { next: ChildNode | null; block: boolean };
    const child = frame.next;
    if (!child) {
      stack.pop();
      if (frame.block) pending = PARAGRAPH;
      continue;
    }
    frame.next = child.nextSibling;
    if (child.nodeType === TEXT_NODE) {
      emitText(child as Text);
    } else if (child.nodeType === ELEMENT_NODE) {
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag) || skip(el)) continue;
      if (tag === 'BR') {
        if (pending < LINE) pending = LINE;
        continue;
      }
      const block = BLOCK_TAGS.has(tag);
      if (block) pending = PARAGRAPH;
      stack.push({ next: el.firstChild, block });
      if (++work % STEP === 0) yield;
    }
  }
  return { text: parts.join(''), runs };
}

/** Index of the run holding text offset `at`, or of the first run after it when `at` falls in a gap. */
export function runIndexAt(runs: readonly TextRun[], at: number): number {
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
