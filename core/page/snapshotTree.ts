// A page snapshot read as a tree: where each subtree ends, what lies below each element, and the
// text of a subtree, as the DOM's textContent and querySelector would answer them.

import { runToEnd, STEP, type Steps } from '../steps';
import type { PageSnapshot } from './snapshot';

/** Descendants the detector asks about, one bit each. */
export const BELOW = {
  /** An `<h1>`. */
  headline: 1,
  /** A `<main>` or an element marked `itemprop="articleBody"`: the story's landmarks. */
  landmark: 2,
  nav: 4,
  /** A time, a picture or a video: what a byline or a caption holds. */
  media: 8,
} as const;

const MEDIA_TAGS = new Set(['TIME', 'IMG', 'PICTURE', 'VIDEO', 'FIGURE']);

export interface SnapshotTree {
  s: PageSnapshot;
  size: number;
  /** Per node: the index after its subtree (its descendants are the nodes in between). */
  ends: Int32Array;
  /** Per node: the BELOW bits of its descendants. */
  below: Uint8Array;
  /** Per node: how many links it holds. */
  links: Int32Array;
  /** Per node: 1 when the page's markup hides it. */
  hidden: Uint8Array;
}

function marks(s: PageSnapshot, i: number): number {
  const tag = s.tags[i] as string;
  let bits = 0;
  if (tag === 'H1') bits |= BELOW.headline | BELOW.landmark;
  if (tag === 'MAIN' || s.attributes[i]?.itemprop === 'articleBody') bits |= BELOW.landmark;
  if (tag === 'NAV') bits |= BELOW.nav;
  if (MEDIA_TAGS.has(tag)) bits |= BELOW.media;
  return bits;
}

export function treeOf(s: PageSnapshot): SnapshotTree {
  return runToEnd(treeSteps(s));
}

/** The tree of a snapshot, in one pass that may pause every few STEPs of nodes. */
export function* treeSteps(s: PageSnapshot): Steps<SnapshotTree> {
  const size = s.tags.length;
  const ends = new Int32Array(size);
  const below = new Uint8Array(size);
  const links = new Int32Array(size);
  const hidden = new Uint8Array(size);
  for (const i of s.hidden) hidden[i] = 1;
  // Children come after their parent: one pass from the end sees every subtree whole.
  for (let i = size - 1; i >= 0; i--) {
    if (i > 0 && i % (STEP * 16) === 0) yield;
    if (ends[i] === 0) ends[i] = i + 1;
    const p = s.parents[i] as number;
    if (p < 0) continue;
    if ((ends[i] as number) > (ends[p] as number)) ends[p] = ends[i] as number;
    if (s.tags[i] === '') continue;
    below[p] = (below[p] as number) | (below[i] as number) | marks(s, i);
    links[p] = (links[p] as number) + (links[i] as number) + (s.tags[i] === 'A' ? 1 : 0);
  }
  return { s, size, ends, below, links, hidden };
}

/** An element's class attribute and id: what a page's markup calls it. */
export function classAndId(tree: SnapshotTree, i: number): string {
  return `${tree.s.classes[i]} ${tree.s.ids[i]}`;
}

/** The text under node `i` (its textContent, or its text nodes joined by `separator`), up to about `limit` characters. */
export function textOf(tree: SnapshotTree, i: number, limit = Number.POSITIVE_INFINITY, separator = ''): string {
  const { tags, texts } = tree.s;
  const end = tree.ends[i] as number;
  if (tags[i] === '') return (texts[i] as string).slice(0, limit);
  let text = '';
  for (let j = i + 1; j < end && text.length < limit; j++)
    if (tags[j] === '') text += text ? separator + (texts[j] as string) : (texts[j] as string);
  return text.length > limit ? text.slice(0, limit) : text;
}

/** The first element among node `i`'s children, or -1. */
export function firstElementChild(tree: SnapshotTree, i: number): number {
  const end = tree.ends[i] as number;
  for (let j = i + 1; j < end; j = tree.ends[j] as number) if (tree.s.tags[j] !== '') return j;
  return -1;
}

/** The element children of node `i`, in order. */
export function elementChildren(tree: SnapshotTree, i: number): number[] {
  const children: number[] = [];
  const end = tree.ends[i] as number;
  for (let j = i + 1; j < end; j = tree.ends[j] as number) if (tree.s.tags[j] !== '') children.push(j);
  return children;
}
