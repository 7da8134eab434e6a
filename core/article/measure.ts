// What the detector measures of each element of the page's snapshot, and why an element looks
// like clutter: read by the scoring pass (detectArticle.ts) and by the clean-up
// (classifyBoilerplate.ts) alike.

import { firstElementChild, type SnapshotTree, textOf } from '../page/snapshotTree';
import { attributeReason, type BoilerplateReason, headingReason, TAG_REASONS } from './vocabulary';

export interface Measure {
  /** Characters of text in the subtree (whitespace collapsed). */
  chars: number;
  /** Of which inside links. */
  linkChars: number;
  /** Characters in prose paragraphs in the subtree. */
  prose: number;
  /** Prose paragraphs in the subtree. */
  paragraphs: number;
  /** Headings whose text is all link: teaser headlines. */
  headlineLinks: number;
  /** The element's own inline text (when it is a block). */
  ownChars: number;
  ownLinkChars: number;
  /** Line breaks inside the element's own text: paragraphs written as text<br><br>text. */
  ownBreaks: number;
  /** Why the element looks like clutter, once read (undefined until then). */
  reason?: BoilerplateReason | null;
}

export const emptyMeasure = (): Measure => ({
  chars: 0,
  linkChars: 0,
  prose: 0,
  paragraphs: 0,
  headlineLinks: 0,
  ownChars: 0,
  ownLinkChars: 0,
  ownBreaks: 0,
  reason: undefined,
});

/** Per snapshot node: an element's measures; none for text, skipped and hidden elements. */
export type Measures = Array<Measure | undefined>;

const LISTS = new Set(['UL', 'OL', 'LI']);

/** Blocks this short are labels or one-liners: their opening words say what they are. */
const SHORT_BLOCK_CHARS = 300;

/**
 * The words that say what a block is: its heading when it opens with one, or its own text when
 * it is short. A long block's first words are its content, not its label (an article that opens
 * with a photo credit "Copyright: ..." is not a footer).
 */
function leadingText(tree: SnapshotTree, i: number, m: Measure | undefined): string {
  const first = firstElementChild(tree, i);
  if (first >= 0 && /^H[2-6]$/.test(tree.s.tags[first] as string)) return textOf(tree, first, 80);
  if (m && m.chars > SHORT_BLOCK_CHARS) return '';
  // A list's first item is one of its items, not a label over the others (a how-to's steps open
  // with `Sign up for …`).
  if (LISTS.has(tree.s.tags[i] as string)) return '';
  return textOf(tree, i, 80);
}

/**
 * A paragraph of prose that opens with `related` words is a sentence of the story, not a label
 * over further links (`Weitere Informationen erteilt …`); promos and footers written as a
 * paragraph stay what their words say.
 */
function unlessProseParagraph(
  reason: BoilerplateReason | null,
  tree: SnapshotTree,
  i: number,
  m: Measure | undefined,
): BoilerplateReason | null {
  return reason === 'related' && m && m.prose > 0 && tree.s.tags[i] === 'P' ? null : reason;
}

/** Why an element looks like clutter from its markup and its opening words, or null. */
export function clutterReason(tree: SnapshotTree, i: number, m?: Measure): BoilerplateReason | null {
  // Read once per element: the scoring pass, the text extraction and the clean-up all ask.
  if (m?.reason !== undefined) return m.reason;
  const rare = tree.s.attributes[i];
  const reason =
    TAG_REASONS[tree.s.tags[i] as string] ??
    attributeReason({
      role: rare?.role,
      className: tree.s.classes[i] as string,
      id: tree.s.ids[i] as string,
      label: rare?.label,
      component: rare?.component,
    }) ??
    unlessProseParagraph(headingReason(leadingText(tree, i, m)), tree, i, m);
  if (m) m.reason = reason;
  return reason;
}
