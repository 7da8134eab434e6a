// The clutter around the story: every block beside the path from the article root up to
// `<body>` that reads as navigation, promos, related links, ads, cookie notices, legal text or
// comments, with the reason; and, in the block that holds the headline, the share bars and
// breadcrumbs beside it. Kept: the headline, bylines and dates, pictures, and any block with
// prose of its own (it may be part of the story the detector did not take). The root and its
// ancestors are never touched, nor is any text inside the story.

import { BELOW, classAndId, elementChildren, type SnapshotTree } from '../page/snapshotTree';
import type { IndexedBlock } from './detection';
import { clutterReason, type Measure, type Measures } from './measure';
import type { BoilerplateReason } from './vocabulary';

/** A block this much links is navigation or a list of teasers. */
const LINK_BLOCK_DENSITY = 0.5;
const NOT_CONTENT = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'TEMPLATE', 'NOSCRIPT', 'H1']);
/** Bylines, datelines and timestamps next to the headline: the reader wants them. */
const BYLINE =
  /byline|dateline|author|date|time|meta|publish|credit|caption|standfirst|subtitle|subhead|lede|lead|intro|summary|teaser-text|dek/i;

const has = (tree: SnapshotTree, i: number, below: number): boolean => ((tree.below[i] as number) & below) !== 0;

function holdsHeadline(tree: SnapshotTree, i: number): boolean {
  return tree.s.tags[i] === 'H1' || has(tree, i, BELOW.headline);
}

function reasonFor(tree: SnapshotTree, i: number, m: Measure | undefined, storyOdds: Float32Array): BoilerplateReason | null {
  const tag = tree.s.tags[i];
  const explicit = clutterReason(tree, i, m);
  if (explicit) return explicit;
  if (!m || m.chars === 0) return null;
  if (m.linkChars > m.chars * LINK_BLOCK_DENSITY) return tag === 'HEADER' || has(tree, i, BELOW.nav) ? 'nav' : 'links';
  // Prose beside the story that the block classifier reads, every block of it, as more likely
  // not a story's than a story's: teasers, promos and blurbs written as paragraphs.
  if (m.prose > 0 && (storyOdds[i] as number) < 0 && !has(tree, i, BELOW.headline)) return 'other';
  // Text with no prose of its own, that is not a byline, a date or a picture's: page furniture.
  if (m.prose > 0 || tag === 'TIME' || has(tree, i, BELOW.media)) return null;
  if (BYLINE.test(classAndId(tree, i))) return null;
  return 'other';
}

/**
 * The clutter around the story rooted at `root`, after the strays found inside it. `storyOdds`
 * gives, per element, the block classifier's highest log-odds of story among the blocks in it.
 */
export function classifyBoilerplate(
  tree: SnapshotTree,
  measures: Measures,
  root: number,
  strays: IndexedBlock[],
  storyOdds: Float32Array,
): IndexedBlock[] {
  const blocks: IndexedBlock[] = [...strays];
  const consider = (i: number): void => {
    if (NOT_CONTENT.has(tree.s.tags[i] as string)) return;
    if (holdsHeadline(tree, i)) {
      // The headline's own block: keep the headline, sort out what sits beside it.
      for (const child of elementChildren(tree, i)) consider(child);
      return;
    }
    const reason = reasonFor(tree, i, measures[i], storyOdds);
    if (reason) blocks.push({ index: i, reason });
  };
  // From the root up to <body> (node 0), the siblings beside each step.
  for (let child = root; child > 0; child = tree.s.parents[child] as number) {
    for (const sibling of elementChildren(tree, tree.s.parents[child] as number)) {
      if (sibling !== child) consider(sibling);
    }
  }
  return blocks;
}
