// What the article detector reads of a page, copied out of the DOM in one walk: every element and
// text node under a root, in document order, with the few attributes the detector looks at.
//
// The detector then works on plain arrays, not on live nodes. On the page, touching each node
// once in one small loop is the least a reader of the page can do; the detector's own work can
// then run anywhere: sent as a message, in the extension's background, where its code is already
// compiled and warm, instead of cold on every page in a fresh content script. The page keeps
// `nodes` to find the elements and text nodes an answer names by index.

import { STEP, type Steps } from '../steps';

export interface PageSnapshot {
  /** Per node: its upper-case tag name, '' for a text node. Node 0 is the root. */
  tags: string[];
  /** Per node: its parent's index; -1 for the root. */
  parents: number[];
  /** Per node: a text node's data, '' for an element. */
  texts: string[];
  /** Per node: an element's class attribute and id ('' when it has none). */
  classes: string[];
  ids: string[];
  /** The rarer attributes the detector reads, for the elements that have any. */
  attributes: Record<number, RareAttributes>;
  /** Elements the page's markup hides (`hidden`, a hiding class, an inline style). */
  hidden: number[];
}

export interface RareAttributes {
  role?: string;
  label?: string;
  component?: string;
  itemprop?: string;
  ariaHidden?: string;
  /** Set on the element the reader picked as the story (`data-lede-chosen`), for the page's reading only. */
  chosen?: string;
}

export interface Snapshotted {
  snapshot: PageSnapshot;
  /** The live node behind each index. */
  nodes: Node[];
  /** Characters of text and class names copied: what sending the snapshot costs. */
  chars: number;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements whose contents are code or drawing, never read (the element itself is kept). */
export const OPAQUE = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'SVG']);

/**
 * The tag an element is read as: an `a` without `href` is no link (a named anchor, a tab's label
 * written as `<a name>`), so it counts as the inline element it renders as, not as a link.
 */
export function readTag(tag: string, hasHref: boolean): string {
  return tag === 'A' && !hasHref ? 'SPAN' : tag;
}

/** Class names that hide an element in every stylesheet framework. */
const HIDDEN_CLASSES = ['hidden', 'd-none', 'is-hidden', 'visually-hidden', 'sr-only', 'screen-reader-text', 'u-hidden', 'hide'];
/** One of them among an element's classes (which the DOM separates by ASCII white space). */
const HIDDEN_CLASS = new RegExp(`(?:^|[ \\t\\n\\f\\r])(?:${HIDDEN_CLASSES.join('|')})(?:[ \\t\\n\\f\\r]|$)`);
const HIDING_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** An element the page does not show, by its markup (attribute, class or inline style). */
export function isHiddenByMarkup(hidden: boolean, className: string, style: string | null): boolean {
  return hidden || HIDDEN_CLASS.test(className) || (style !== null && HIDING_STYLE.test(style));
}

/**
 * Every element that could be hidden by markup, or has one of the rarer attributes, in one
 * native query: cheaper than reading five more attributes of every element. A class selector is
 * matched by the class's name, where a selector on part of the attribute reads every element's.
 */
const HIDING = ['[hidden]', ...HIDDEN_CLASSES.map((c) => `.${c}`), '[style*="none" i]', '[style*="hidden" i]'];
/** The rarer attributes the detector reads: their names in the markup and their keys in the snapshot. */
/** The attribute the page sets on the element the reader picked while it reads itself, so the analysis finds it. */
export const CHOSEN = 'data-lede-chosen';

const RARE_ATTRIBUTES: ReadonlyArray<readonly [string, keyof RareAttributes]> = [
  ['role', 'role'],
  ['aria-label', 'label'],
  ['data-component', 'component'],
  ['itemprop', 'itemprop'],
  ['aria-hidden', 'ariaHidden'],
  [CHOSEN, 'chosen'],
];
export const RARE_ATTRIBUTE_NAMES = RARE_ATTRIBUTES.map(([name]) => name);
const NOTABLE = [...HIDING, ...RARE_ATTRIBUTE_NAMES.map((name) => `[${name}]`)].join(', ');

/** An element's rarer attributes, `attribute` giving each by name (null or undefined when absent); null when it has none. */
export function rareAttributes(attribute: (name: string) => string | null | undefined): RareAttributes | null {
  const found: RareAttributes = {};
  let any = false;
  for (const [name, key] of RARE_ATTRIBUTES) {
    const value = attribute(name);
    if (value === null || value === undefined) continue;
    found[key] = value;
    any = true;
  }
  return any ? found : null;
}

/** The snapshot of `root`'s subtree, in one walk that may pause every few STEPs of nodes. */
export function* snapshotSteps(root: Element): Steps<Snapshotted> {
  const nodes: Node[] = [root];
  const tags = [root.tagName.toUpperCase()];
  const parents = [-1];
  const texts = [''];
  const classes = [root.getAttribute('class') ?? ''];
  const ids = [root.getAttribute('id') ?? ''];
  let chars = 0;
  // The open elements above `parent`, and the next node to read.
  const stack: number[] = [];
  let parent = 0;
  let node: Node | null = OPAQUE.has(tags[0] as string) ? null : root.firstChild;
  let work = 0;
  while (node) {
    const type = node.nodeType;
    let down: Node | null = null;
    if (type === TEXT_NODE) {
      const data = (node as Text).data;
      nodes.push(node);
      parents.push(parent);
      tags.push('');
      texts.push(data);
      classes.push('');
      ids.push('');
      chars += data.length;
    } else if (type === ELEMENT_NODE) {
      const el = node as Element;
      const tag = readTag(el.tagName.toUpperCase(), el.hasAttribute('href'));
      const className = el.getAttribute('class') ?? '';
      // Not `el.id`: on a form, a control named `id` takes the property's place.
      const id = el.getAttribute('id') ?? '';
      nodes.push(node);
      parents.push(parent);
      tags.push(tag);
      texts.push('');
      classes.push(className);
      ids.push(id);
      chars += className.length + id.length;
      if (!OPAQUE.has(tag)) down = el.firstChild;
    }
    if (++work % (STEP * 4) === 0) yield;
    if (down) {
      stack.push(parent);
      parent = nodes.length - 1;
      node = down;
      continue;
    }
    let next = node.nextSibling;
    while (!next && parent !== 0) {
      node = nodes[parent] as Node;
      parent = stack.pop() as number;
      next = node.nextSibling;
    }
    node = next;
  }

  const attributes: Record<number, RareAttributes> = {};
  const hidden: number[] = [];
  const notable = root.querySelectorAll(NOTABLE);
  if (notable.length > 0) {
    const index = new Map<Node, number>();
    for (let i = 1; i < nodes.length; i++) if (tags[i] !== '') index.set(nodes[i] as Node, i);
    for (const el of notable) {
      const i = index.get(el);
      if (i === undefined) continue;
      const rare = rareAttributes((name) => el.getAttribute(name));
      if (rare) attributes[i] = rare;
      if (isHiddenByMarkup(el.hasAttribute('hidden'), classes[i] as string, el.getAttribute('style'))) hidden.push(i);
    }
  }
  return { snapshot: { tags, parents, texts, classes, ids, attributes, hidden }, nodes, chars };
}
