// How an answer read from the page's markup (snapshotFromMarkup.ts) names the page's nodes, and
// how the page finds them: without a copy of every node, the page can only be told where to look.
//
// - Elements by their place among their parent's element children, ancestors first: the page
//   steps down `children` from <body>, once per ancestor the answer needs, and checks each tag.
// - The article's text by character: where each run starts among the characters of all the text
//   nodes under the article's root but a script's or a style's, in document order. Serializing
//   merges a page's neighbouring text nodes and drops its empty ones; it never moves a character,
//   so this holds where node indices would not. The page walks the root's text nodes once and
//   checks each run's text.
// A page whose nodes are not where the answer says (its scripts changed it meanwhile, or markup
// the reader read wrongly) gets a LocateError, and is read node by node instead.

import type { BoilerplateBlock, DetectedArticle, SnapshotDetection } from '../article/detection';
import { STEP, type Steps } from '../steps';
import type { TextRun } from '../text/extractText';
import type { MarkupSnapshot } from './snapshotFromMarkup';
import type { SnapshotTree } from './snapshotTree';

export interface Locators {
  /** Elements to find, ancestors first: snapshot index, its parent's, its place among the parent's element children, its tag. */
  elements: Array<{ index: number; parent: number; position: number; tag: string }>;
  /** The article's runs, three numbers each: start in the text, start among the root's text characters, length. */
  runs: number[];
}

export class LocateError extends Error {}

/** HTML elements whose text is code (an svg's `style` is named in lower case, and its text counted). */
const CODE = new Set(['SCRIPT', 'STYLE']);

/** Where the page finds what `detection` names (the background's side). */
export function* locateSteps(tree: SnapshotTree, unread: MarkupSnapshot['unread'], detection: SnapshotDetection): Steps<Locators> {
  const { tags, parents, texts } = tree.s;
  const ends = tree.ends;
  const article = detection.article;
  const named = [...detection.boilerplate.map((b) => b.index), ...(article ? [article.root, ...article.strays.map((b) => b.index)] : [])];
  const wanted = new Set<number>();
  for (let i of named) {
    while (i > 0 && !wanted.has(i)) {
      wanted.add(i);
      i = parents[i] as number;
    }
  }
  const elements: Locators['elements'] = [];
  for (const index of [...wanted].sort((a, b) => a - b)) {
    const parent = parents[index] as number;
    let position = 0;
    for (let k = parent + 1; k < index; k = ends[k] as number) if (tags[k] !== '') position++;
    elements.push({ index, parent, position, tag: tags[index] as string });
  }
  yield;

  const runs: number[] = [];
  if (article) {
    const indexed = article.extracted.runs;
    // Characters before each node under the root, counted as the page's text nodes hold them.
    let chars = 0;
    let k = 0;
    for (let node = article.root + 1; node < (ends[article.root] as number) && k < indexed.length; node++) {
      while (k < indexed.length && indexed[k + 1] === node) {
        runs.push(indexed[k] as number, chars + (indexed[k + 2] as number), indexed[k + 3] as number);
        k += 4;
      }
      chars += (texts[node] as string).length + (unread[node] ?? 0);
      if (node % (STEP * 16) === 0) yield;
    }
    if (k < indexed.length) throw new LocateError('a run outside the article, or out of order');
  }
  return { elements, runs };
}

/** The live elements and text runs the answer names (the page's side). */
export function* locatedDetectionSteps(
  detection: SnapshotDetection,
  locators: Locators,
  body: Element,
): Steps<{ article: DetectedArticle | null; boilerplate: BoilerplateBlock[] }> {
  const found = new Map<number, Element>([[0, body]]);
  for (const { index, parent, position, tag } of locators.elements) {
    const element = found.get(parent)?.children[position];
    if (!element || element.tagName.toUpperCase() !== tag) throw new LocateError(`no ${tag} where the answer put it`);
    found.set(index, element);
  }
  const at = (index: number): Element => {
    const element = found.get(index);
    if (!element) throw new LocateError(`no element for ${index}`);
    return element;
  };
  const live = ({ index, reason }: { index: number; reason: BoilerplateBlock['reason'] }): BoilerplateBlock => ({
    element: at(index),
    reason,
  });
  const boilerplate = detection.boilerplate.map(live);
  const article = detection.article;
  if (!article) return { article: null, boilerplate };

  const root = at(article.root);
  const text = article.extracted.text;
  const runs: TextRun[] = [];
  const walker = (body.ownerDocument as Document).createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  /** The next text node the answer counts: a script's or style's text is code, which neither side counts. */
  const nextText = (): Text | null => {
    let next = walker.nextNode();
    while (next && CODE.has((next.parentNode as Node).nodeName)) next = walker.nextNode();
    return next as Text | null;
  };
  let node = nextText();
  let data = node?.data ?? '';
  let nodeStart = 0;
  const wanted = locators.runs;
  for (let k = 0; k < wanted.length; k += 3) {
    if (k > 0 && k % (STEP * 48) === 0) yield;
    let start = wanted[k] as number;
    let from = wanted[k + 1] as number;
    let length = wanted[k + 2] as number;
    // A run the page holds in several text nodes (which serializing wrote as one) splits.
    while (length > 0) {
      while (node && nodeStart + data.length <= from) {
        nodeStart += data.length;
        node = nextText();
        data = node?.data ?? '';
      }
      if (!node) throw new LocateError('the article has fewer characters than the answer says');
      const offset = from - nodeStart;
      const piece = Math.min(length, data.length - offset);
      if (data.slice(offset, offset + piece) !== text.slice(start, start + piece))
        throw new LocateError('the article text differs from the answer');
      runs.push({ start, node, offset, length: piece });
      start += piece;
      from += piece;
      length -= piece;
    }
  }
  return { article: { root, extracted: { text, runs }, strays: article.strays.map(live) }, boilerplate };
}
