// HTML to a DOM Document in Node, for the CLI, tests and benchmarks.
//
// Two libraries, each for what it does best:
// - parse5 parses: it implements the WHATWG HTML parsing algorithm, so a saved page gets the
//   tree a browser would build, malformed markup and all (stray tags before <html>, unclosed
//   elements, `</` inside scripts). Its output is serialised back as well-formed HTML.
// - linkedom holds the tree: a small, fast DOM with every API the core uses (element walks,
//   querySelector, attributes). On well-formed HTML its tree is the browser's; on its own it
//   mis-parses some real pages (an empty <body>), which is why parse5 goes first.
// Readability.js is measured on the same Document in the benchmarks, so comparisons are fair.
import { parseHTML } from 'linkedom';
import { type DefaultTreeAdapterMap, parse, serialize } from 'parse5';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

/**
 * Chromium's parser nests elements at most this deep; what a page opens deeper it puts beside
 * the last element it nested. A page nested 100,000 deep is then read in linear time.
 */
const MAX_DEPTH = 512;

/**
 * The subtree below `cap` as Chromium builds it past its depth: every element a child of `cap`,
 * in document order, keeping its own text; its child elements follow it.
 */
function flattened(cap: ParentNode): ChildNode[] {
  const out: ChildNode[] = [];
  const stack: ChildNode[] = [...cap.childNodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as ChildNode;
    node.parentNode = cap;
    out.push(node);
    if (!('childNodes' in node) || node.nodeName === '#document-fragment') continue;
    const elements = node.childNodes.filter((child) => 'childNodes' in child);
    node.childNodes = node.childNodes.filter((child) => !('childNodes' in child));
    for (let i = elements.length - 1; i >= 0; i--) stack.push(elements[i] as ChildNode);
  }
  return out;
}

/** Puts every element nested deeper than MAX_DEPTH beside the deepest one, in document order, as Chromium does. */
function capDepth(root: ParentNode): void {
  const stack: Array<[ParentNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [ParentNode, number];
    if (depth === MAX_DEPTH) {
      node.childNodes = flattened(node);
      continue;
    }
    for (const child of node.childNodes) if ('childNodes' in child) stack.push([child, depth + 1]);
  }
}

export function parseHtml(html: string): Document {
  const tree = parse(html);
  capDepth(tree);
  return parseHTML(serialize(tree)).document as unknown as Document;
}
