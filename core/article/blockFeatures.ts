// What the block classifier reads of each text block: its length and link density, its words
// and punctuation, its tag and the tags above it, what its markup and its ancestors' call it,
// where it stands (before or after the headline, in the headline's block, in the marked-up body),
// and its neighbours. Plain numbers in a fixed order, the same in training (scripts/train-article.ts)
// and on a page, so a model fitted on many pages reads every page the same way.

import { type SnapshotTree, textOf } from '../page/snapshotTree';
import { STEP, type Steps } from '../steps';
import { BLOCK_TAGS } from '../text/blockTags';
import { SIGNALS } from './signals';
import { type BoilerplateReason, META_LINE } from './vocabulary';

/** Every feature's name, in the order of a block's row. */
export const FEATURE_NAMES = [
  'chars',
  'unlinkedChars',
  'linkDensity',
  'prose',
  'breaks',
  'wordsPerSentence',
  'commas',
  'wordLength',
  'digits',
  'endsSentence',
  'metaLine',
  'tagP',
  'tagDiv',
  'tagListItem',
  'tagCell',
  'tagH1',
  'tagHeading',
  'tagQuote',
  'tagDefinition',
  'tagSection',
  'tagCaption',
  'tagLandmark',
  'inArticle',
  'inMain',
  'inAside',
  'inNav',
  'inFooter',
  'inHeader',
  'inForm',
  'inList',
  'inTable',
  'inLink',
  'inMarkedBody',
  'inHeadlineBlock',
  'clutterNav',
  'clutterShare',
  'clutterTeaser',
  'clutterAd',
  'clutterComments',
  'clutterLegal',
  'clutterSidebar',
  'clutterOther',
  'clutterUntrusted',
  'position',
  'beforeHeadline',
  'headlineDistance',
  'parentLinkDensity',
  'parentProseShare',
  'grandparentProseShare',
  'parentParagraphs',
  'repeated',
  'depth',
  'previousProse',
  'nextProse',
  'previousLinkDensity',
  'nextLinkDensity',
  'pageProse',
] as const;

export const FEATURE_COUNT = FEATURE_NAMES.length;
const F = Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, i])) as Record<(typeof FEATURE_NAMES)[number], number>;

/** What the classifier needs of an element's measures (detectArticle's Measure). */
interface BlockMeasure {
  chars: number;
  linkChars: number;
  prose: number;
  paragraphs: number;
  ownChars: number;
  ownLinkChars: number;
  ownBreaks: number;
}

/** The page around the blocks: what the detector has already read. */
export interface BlockContext {
  measures: ReadonlyArray<BlockMeasure | undefined>;
  totalProse: number;
  /** The headline's `<h1>` and the block it stands in (-1: none). */
  headline: number;
  headlineBlock: number;
  /** Why an element's markup looks like clutter (read once per element), or null. */
  reasonOf: (i: number) => BoilerplateReason | null;
  /** Whether clutter markup on `i` is not trusted: the block holds the story. */
  holdsStory: (i: number, reason: BoilerplateReason) => boolean;
  /** Whether an element's markup names the story's body. */
  marksBody: (i: number) => boolean;
}

/** The text blocks of a page (elements with text of their own) and one row of features each. */
export interface BlockRows {
  /** Snapshot index of each block, in document order. */
  blocks: number[];
  /** blocks.length × FEATURE_COUNT values, row by row. */
  features: Float32Array;
}

// Ancestry bits, inherited down the tree.
const IN = {
  article: 1,
  main: 2,
  aside: 4,
  nav: 8,
  footer: 16,
  header: 32,
  form: 64,
  list: 128,
  table: 256,
  link: 512,
  body: 1024,
  headline: 2048,
};
const ANCESTOR_TAGS: Record<string, number> = {
  ARTICLE: IN.article,
  MAIN: IN.main,
  ASIDE: IN.aside,
  NAV: IN.nav,
  FOOTER: IN.footer,
  HEADER: IN.header,
  FORM: IN.form,
  LI: IN.list,
  UL: IN.list,
  OL: IN.list,
  TABLE: IN.table,
  A: IN.link,
};

// Clutter groups: the vocabulary's reasons, folded to what they say about a block.
const CLUTTER: Record<BoilerplateReason, number> = {
  nav: 1,
  links: 1,
  share: 2,
  related: 4,
  promo: 4,
  newsletter: 4,
  ad: 8,
  comments: 16,
  footer: 32,
  disclaimer: 32,
  cookie: 32,
  sidebar: 64,
  author: 128,
  tags: 128,
  ticker: 128,
  other: 128,
};
const UNTRUSTED = 256;
const CLUTTER_FEATURES: ReadonlyArray<readonly [number, number]> = [
  [1, F.clutterNav],
  [2, F.clutterShare],
  [4, F.clutterTeaser],
  [8, F.clutterAd],
  [16, F.clutterComments],
  [32, F.clutterLegal],
  [64, F.clutterSidebar],
  [128, F.clutterOther],
  [UNTRUSTED, F.clutterUntrusted],
];

const TAG_FEATURE: Record<string, number> = {
  P: F.tagP,
  DIV: F.tagDiv,
  LI: F.tagListItem,
  DD: F.tagDefinition,
  DT: F.tagDefinition,
  TD: F.tagCell,
  TH: F.tagCell,
  H1: F.tagH1,
  H2: F.tagHeading,
  H3: F.tagHeading,
  H4: F.tagHeading,
  H5: F.tagHeading,
  H6: F.tagHeading,
  BLOCKQUOTE: F.tagQuote,
  PRE: F.tagQuote,
  SECTION: F.tagSection,
  ARTICLE: F.tagSection,
  MAIN: F.tagSection,
  BODY: F.tagSection,
  FIGCAPTION: F.tagCaption,
  FIGURE: F.tagCaption,
  CAPTION: F.tagCaption,
  NAV: F.tagLandmark,
  ASIDE: F.tagLandmark,
  HEADER: F.tagLandmark,
  FOOTER: F.tagLandmark,
  FORM: F.tagLandmark,
  ADDRESS: F.tagLandmark,
};

/** A logarithm that keeps features of a few units: chars of 10 to 10,000 become 0.3 to 1. */
const log = (x: number): number => Math.log1p(Math.max(0, x)) / 10;
const ratio = (a: number, b: number): number => (b > 0 ? Math.min(1, a / b) : 0);

/** Per own block: words, sentence ends, commas, digits, and whether its text ends a sentence. */
interface TextCounts {
  words: Int32Array;
  sentences: Int32Array;
  commas: Int32Array;
  digits: Int32Array;
  letters: Int32Array;
  lastMark: Uint8Array;
}

// Character classes, looked up by code: a table read per character is much cheaper than tests.
const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
const SENTENCE_END = 3;
const COMMA = 4;
/** White space and closing quotes or brackets: they do not change how a text ends. */
const NEUTRAL = 5;
const CHAR_CLASS = (() => {
  const table = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    if (c >= 48 && c <= 57) table[c] = DIGIT;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && (c < 0x2000 || c >= 0x2e80)))
      table[c] = LETTER;
  }
  // Sentence ends and clause marks of the scripts news is written in (Latin, CJK, Arabic, Devanagari).
  for (const c of [46, 33, 63, 0x3002, 0xff01, 0xff1f, 0x061f, 0x0964, 0x2026]) table[c] = SENTENCE_END;
  for (const c of [44, 59, 0x3001, 0xff0c, 0x060c]) table[c] = COMMA;
  for (const c of [9, 10, 12, 13, 32, 34, 39, 41, 160, 0x201d, 0x2019, 0xbb]) table[c] = NEUTRAL;
  return table;
})();

/** Characters of a block read for its ratios: the opening of a long paragraph says as much as all of it. */
const SAMPLE_CHARS = 400;

function countText(text: string, block: number, counts: TextCounts): void {
  let inWord = false;
  let last = 0;
  const sampled = (counts.letters[block] as number) + (counts.digits[block] as number) >= SAMPLE_CHARS;
  // Past the sample only the text's last characters are read: they say whether it ends a sentence.
  for (let k = sampled ? Math.max(0, text.length - 8) : 0; k < text.length; k++) {
    const kind = CHAR_CLASS[text.charCodeAt(k)] as number;
    if (kind === LETTER || kind === DIGIT) {
      last = 1;
      if (sampled) continue;
      if (!inWord) counts.words[block] = (counts.words[block] as number) + 1;
      inWord = true;
      if (kind === DIGIT) counts.digits[block] = (counts.digits[block] as number) + 1;
      else counts.letters[block] = (counts.letters[block] as number) + 1;
      continue;
    }
    inWord = false;
    if (kind === SENTENCE_END) {
      if (!sampled) counts.sentences[block] = (counts.sentences[block] as number) + 1;
      last = 2;
    } else if (kind === COMMA) {
      if (!sampled) counts.commas[block] = (counts.commas[block] as number) + 1;
      last = 1;
    } else if (kind === OTHER) last = 1;
  }
  if (last > 0) counts.lastMark[block] = last;
}

/**
 * How many of an element's siblings (itself included) share its tag and class: a list of teasers
 * repeats one template. Counted for all of a parent's children at once, so a long list costs one
 * pass, not one per item.
 */
function sameKindCount(tree: SnapshotTree, i: number, memo: Int32Array): number {
  if ((memo[i] as number) > 0) return memo[i] as number;
  const { tags, classes, parents } = tree.s;
  const p = parents[i] as number;
  if (p < 0) {
    memo[i] = 1;
    return 1;
  }
  const end = tree.ends[p] as number;
  const counts = new Map<string, number>();
  const kind = (j: number): string => `${tags[j]} ${classes[j]}`;
  for (let j = p + 1; j < end; j = tree.ends[j] as number) counts.set(kind(j), (counts.get(kind(j)) ?? 0) + 1);
  for (let j = p + 1; j < end; j = tree.ends[j] as number) memo[j] = counts.get(kind(j)) as number;
  return memo[i] as number;
}

/**
 * The blocks of the page and their features, in one pass over the tree that may pause every STEP
 * elements. With `wanted`, only the blocks it marks get their row (the others' rows stay zero):
 * the detector asks only about the story's blocks and the prose beside it.
 */
export function* blockFeatureSteps(tree: SnapshotTree, context: BlockContext, wanted?: Uint8Array): Steps<BlockRows> {
  const { tags, parents, texts } = tree.s;
  const { measures, totalProse, headline, headlineBlock } = context;
  const size = tree.size;
  const ancestry = new Uint16Array(size);
  const clutter = new Uint16Array(size);
  const own = new Int32Array(size).fill(-1);
  const depth = new Uint16Array(size);
  const counts: TextCounts = {
    words: new Int32Array(size),
    sentences: new Int32Array(size),
    commas: new Int32Array(size),
    digits: new Int32Array(size),
    letters: new Int32Array(size),
    lastMark: new Uint8Array(size),
  };
  const sameKind = new Int32Array(size);
  const blocks: number[] = [];
  let work = 0;
  for (let i = 0; i < size; i++) {
    const tag = tags[i] as string;
    const p = parents[i] as number;
    if (tag === '') {
      const block = p >= 0 ? (own[p] as number) : -1;
      if (block >= 0 && (!wanted || wanted[block])) countText(texts[i] as string, block, counts);
      continue;
    }
    const m = measures[i];
    if (!m) {
      // Skipped, hidden, or a line break: nothing in it is read.
      i = (tree.ends[i] as number) - 1;
      continue;
    }
    const inherited = p >= 0 ? (ancestry[p] as number) : 0;
    ancestry[i] =
      inherited |
      (ANCESTOR_TAGS[tag] ?? 0) |
      (context.marksBody(i) ? IN.body : 0) |
      (i === headlineBlock || (p >= 0 && (ancestry[p] as number) & IN.headline) ? IN.headline : 0);
    depth[i] = p >= 0 ? (depth[p] as number) + 1 : 0;
    let bits = p >= 0 ? (clutter[p] as number) : 0;
    // Inside clutter its blocks' own markup adds little: it is read only outside it, as the scorer does.
    if ((bits & ~UNTRUSTED) === 0 && i > 0 && m.chars > 0) {
      const reason = context.reasonOf(i);
      if (reason) bits |= context.holdsStory(i, reason) ? UNTRUSTED : CLUTTER[reason];
    }
    clutter[i] = bits;
    own[i] = BLOCK_TAGS.has(tag) ? i : p >= 0 ? (own[p] as number) : -1;
    if (BLOCK_TAGS.has(tag) && m.ownChars > 0) blocks.push(i);
    if (++work % STEP === 0) yield;
  }

  const features = new Float32Array(blocks.length * FEATURE_COUNT);
  const proseOf = (i: number): number => {
    const m = measures[i];
    if (!m) return 0;
    const unlinked = m.ownChars - m.ownLinkChars;
    return unlinked >= SIGNALS.paragraphChars && m.ownLinkChars <= m.ownChars * SIGNALS.maxLinkDensity ? 1 : 0;
  };
  const densityOf = (i: number): number => {
    const m = measures[i];
    return m ? ratio(m.ownLinkChars, m.ownChars) : 0;
  };
  for (let b = 0; b < blocks.length; b++) {
    if (b > 0 && b % STEP === 0) yield;
    const i = blocks[b] as number;
    if (wanted && !wanted[i]) continue;
    const m = measures[i] as BlockMeasure;
    const tag = tags[i] as string;
    const p = parents[i] as number;
    const g = p >= 0 ? (parents[p] as number) : -1;
    const row = features.subarray(b * FEATURE_COUNT, (b + 1) * FEATURE_COUNT);
    const unlinked = m.ownChars - m.ownLinkChars;
    const words = counts.words[i] as number;
    const letters = (counts.letters[i] as number) + (counts.digits[i] as number);
    row[F.chars] = log(m.ownChars);
    row[F.unlinkedChars] = log(unlinked);
    row[F.linkDensity] = ratio(m.ownLinkChars, m.ownChars);
    row[F.prose] = proseOf(i);
    row[F.breaks] = log(m.ownBreaks) * 4;
    row[F.wordsPerSentence] = log(words / Math.max(1, counts.sentences[i] as number)) * 2;
    row[F.commas] = ratio(counts.commas[i] as number, words) * 4;
    row[F.wordLength] = words > 0 ? Math.min(2, letters / words / 10) : 0;
    row[F.digits] = ratio(counts.digits[i] as number, letters);
    row[F.endsSentence] = counts.lastMark[i] === 2 ? 1 : 0;
    row[F.metaLine] = m.ownChars <= SIGNALS.maxMetaLineChars && META_LINE.test(textOf(tree, i, 60).trimStart()) ? 1 : 0;
    const tagFeature = TAG_FEATURE[tag];
    if (tagFeature !== undefined) row[tagFeature] = 1;
    const a = ancestry[i] as number;
    row[F.inArticle] = a & IN.article ? 1 : 0;
    row[F.inMain] = a & IN.main ? 1 : 0;
    row[F.inAside] = a & IN.aside ? 1 : 0;
    row[F.inNav] = a & IN.nav ? 1 : 0;
    row[F.inFooter] = a & IN.footer ? 1 : 0;
    row[F.inHeader] = a & IN.header ? 1 : 0;
    row[F.inForm] = a & IN.form ? 1 : 0;
    row[F.inList] = a & IN.list ? 1 : 0;
    row[F.inTable] = a & IN.table ? 1 : 0;
    row[F.inLink] = a & IN.link ? 1 : 0;
    row[F.inMarkedBody] = a & IN.body ? 1 : 0;
    row[F.inHeadlineBlock] = a & IN.headline ? 1 : 0;
    const c = clutter[i] as number;
    for (const [bit, feature] of CLUTTER_FEATURES) if (c & bit) row[feature] = 1;
    row[F.position] = i / size;
    row[F.beforeHeadline] = headline >= 0 && i < headline ? 1 : 0;
    row[F.headlineDistance] = headline >= 0 ? log(Math.abs(i - headline)) : 1;
    const pm = p >= 0 ? measures[p] : undefined;
    const gm = g >= 0 ? measures[g] : undefined;
    row[F.parentLinkDensity] = pm ? ratio(pm.linkChars, pm.chars) : 0;
    row[F.parentProseShare] = pm ? ratio(pm.prose, totalProse) : 0;
    row[F.grandparentProseShare] = gm ? ratio(gm.prose, totalProse) : 0;
    row[F.parentParagraphs] = pm ? log(pm.paragraphs) * 3 : 0;
    let repeated = sameKindCount(tree, i, sameKind);
    if (p > 0) repeated = Math.max(repeated, sameKindCount(tree, p, sameKind));
    if (g > 0) repeated = Math.max(repeated, sameKindCount(tree, g, sameKind));
    row[F.repeated] = log(repeated - 1) * 3;
    row[F.depth] = log(depth[i] as number) * 3;
    const previous = b > 0 ? (blocks[b - 1] as number) : -1;
    const next = b + 1 < blocks.length ? (blocks[b + 1] as number) : -1;
    row[F.previousProse] = previous >= 0 ? proseOf(previous) : 0;
    row[F.nextProse] = next >= 0 ? proseOf(next) : 0;
    row[F.previousLinkDensity] = previous >= 0 ? densityOf(previous) : 0;
    row[F.nextLinkDensity] = next >= 0 ? densityOf(next) : 0;
    row[F.pageProse] = log(totalProse);
  }
  return { blocks, features };
}
