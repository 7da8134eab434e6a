// Finds the story's body on a page: the element that holds the most prose for the least clutter.
//
// Pass 1 measures every element's text (characters, link characters, paragraphs of prose).
// Pass 2 scores each text block (prose counts for, links and text under clutter markup count
// against) and sums the scores up the tree; the element with the highest sum is the root. A root
// adds its parent only when the parent brings more story than clutter, so the root is the
// tightest container of the story.
//
// It reads a snapshot of the page (core/page/snapshot.ts), not the live DOM, so it runs wherever
// the snapshot is sent; elements are named by their index in it.

import type { PageSnapshot } from '../page/snapshot';
import { BELOW, classAndId, type SnapshotTree, textOf, treeSteps } from '../page/snapshotTree';
import { STEP, type Steps } from '../steps';
import { BLOCK_TAGS, HEADING_TAGS, SKIP_TAGS } from '../text/blockTags';
import { extractIndexedSteps } from '../text/extractText';
import { classifyBoilerplate } from './classifyBoilerplate';
import type { IndexedBlock, SnapshotDetection } from './detection';
import { clutterReason, emptyMeasure, type Measure, type Measures } from './measure';
import type { PageSignals } from './pageSignals';
import { SIGNALS } from './signals';
import { type BoilerplateReason, compileVocabularySteps, META_LINE } from './vocabulary';

/** Bylines, datelines and timestamps: part of the article's header, not of its text. */
const BYLINE = /byline|dateline|timestamp|(?:^|[\s_-])(?:meta|author|authors|date|published|credits?)(?:$|[\s_-])/i;
/** Captions, credits and galleries: shown with the story, not part of its text. */
const CAPTION = /caption|(?:^|[\s_-])credits?(?:$|[\s_-])|gallery|slideshow|carousel|lightbox/i;
/** Markup that names the story's body. */
const ARTICLE_BODY =
  /article-?body|articlebody|story-?body|post-?(?:body|content|text)|entry-?content|article-?(?:content|text)|body-?text|main-?text|rich-?text|field-?body/i;

/**
 * White space that collapses away: a run at the start goes entirely, a longer run elsewhere
 * leaves one space. (Matched by the regular expression engine: a loop over every character is
 * slow in code that runs once per page.)
 */
const COLLAPSING = /^[ \t\n\r\f\u00a0]+|[ \t\n\r\f\u00a0]{2,}/g;

function collapsedLength(text: string): number {
  let n = text.length;
  COLLAPSING.lastIndex = 0;
  for (let run = COLLAPSING.exec(text); run; run = COLLAPSING.exec(text)) n -= run.index === 0 ? run[0].length : run[0].length - 1;
  return n;
}

/**
 * Every element's text measures, bottom-up, in one pass that may pause every STEP elements.
 * Elements are opened in document order and closed when the pass leaves their subtree.
 */
function* measureSteps(tree: SnapshotTree): Steps<Measures> {
  const { tags, texts, parents } = tree.s;
  const { ends, hidden } = tree;
  const measures: Measures = new Array(tree.size);
  // Per element: the block whose own text its text counts toward (-1: none), and whether it is in a link.
  const own = new Int32Array(tree.size);
  const inLink = new Uint8Array(tree.size);
  const close = (i: number): void => {
    const m = measures[i] as Measure;
    const tag = tags[i] as string;
    if (BLOCK_TAGS.has(tag)) {
      const unlinked = m.ownChars - m.ownLinkChars;
      if (unlinked >= SIGNALS.paragraphChars && m.ownLinkChars <= m.ownChars * SIGNALS.maxLinkDensity) {
        m.prose += unlinked;
        // text<br><br>text<br><br>text is several paragraphs in one element.
        m.paragraphs += 1 + Math.min(Math.floor(m.ownBreaks / 2), Math.floor(unlinked / SIGNALS.paragraphChars) - 1);
      }
      if (HEADING_TAGS.has(tag) && m.chars > 0 && m.linkChars >= m.chars * 0.9) m.headlineLinks += 1;
    }
    const parent = measures[parents[i] as number];
    if (parent) {
      parent.chars += m.chars;
      parent.linkChars += m.linkChars;
      parent.prose += m.prose;
      parent.paragraphs += m.paragraphs;
      parent.headlineLinks += m.headlineLinks;
    }
  };
  const rootTag = tags[0] as string;
  measures[0] = emptyMeasure();
  own[0] = BLOCK_TAGS.has(rootTag) ? 0 : -1;
  inLink[0] = rootTag === 'A' ? 1 : 0;
  const open: number[] = [0];
  let work = 0;
  for (let i = 1; i < tree.size; i++) {
    while ((ends[open[open.length - 1] as number] as number) <= i) close(open.pop() as number);
    const p = parents[i] as number;
    const tag = tags[i] as string;
    if (tag === '') {
      const n = collapsedLength(texts[i] as string);
      const m = measures[p] as Measure;
      const block = measures[own[p] as number];
      m.chars += n;
      if (block) block.ownChars += n;
      if (inLink[p]) {
        m.linkChars += n;
        if (block) block.ownLinkChars += n;
      }
      continue;
    }
    if (tag === 'BR') {
      const block = measures[own[p] as number];
      if (block) block.ownBreaks++;
    }
    if (tag === 'BR' || SKIP_TAGS.has(tag) || hidden[i]) {
      i = (ends[i] as number) - 1;
      continue;
    }
    measures[i] = emptyMeasure();
    own[i] = BLOCK_TAGS.has(tag) ? i : (own[p] as number);
    inLink[i] = inLink[p] || tag === 'A' ? 1 : 0;
    open.push(i);
    if (++work % STEP === 0) yield;
  }
  while (open.length > 0) close(open.pop() as number);
  return measures;
}

/**
 * Clutter markup is not trusted on a block that holds the story's landmarks (the headline, a
 * `<main>`, marked-up article body) or most of the page's prose: a wrapper named `has-sidebar` or
 * `pg-rail__body` around the story is not a sidebar. Comment threads are the one clutter that is
 * often longer than the story, so their markup is trusted up to a larger share.
 */
function holdsStory(tree: SnapshotTree, i: number, m: Measure, totalProse: number, reason: BoilerplateReason): boolean {
  if (m.prose >= totalProse * (reason === 'comments' ? SIGNALS.commentsShareOfProse : SIGNALS.storyShareOfProse)) return true;
  return m.prose > 0 && ((tree.below[i] as number) & BELOW.landmark) !== 0;
}

/**
 * The block the headline stands in: the nearest ancestor of the `<h1>` that reads as the page's
 * title and that holds some prose. The story is written under its headline, not in a rail beside
 * it; its paragraphs weigh a little more.
 */
function headlineBlock(tree: SnapshotTree, title: string, measures: Measures): number {
  if (!title) return -1;
  let heading = -1;
  for (let i = 0; i < tree.size && heading < 0; i++) {
    if (tree.s.tags[i] !== 'H1') continue;
    const text = normalised(textOf(tree, i));
    if (text.length > 0 && (title.includes(text) || text.includes(title))) heading = i;
  }
  if (heading < 0) return -1;
  let el = tree.s.parents[heading] as number;
  for (let depth = 0; el > 0 && depth < SIGNALS.headlineBlockDepth; depth++, el = tree.s.parents[el] as number) {
    if ((measures[el]?.prose ?? 0) >= SIGNALS.paragraphChars * 2) return el;
  }
  return -1;
}

/** The best-scoring element: each block's own score plus its descendants', in one pass. */
function* scoreSteps(
  tree: SnapshotTree,
  measures: Measures,
  totalProse: number,
  trustMarkup: boolean,
  underHeadline: number,
): Steps<number> {
  const { tags, parents, attributes } = tree.s;
  const ends = tree.ends;
  if (trustMarkup) yield* compileVocabularySteps();
  // Per element: under clutter markup, inside marked-up story, in the headline's block; its score.
  const under = new Uint8Array(tree.size);
  const marked = new Uint8Array(tree.size);
  const near = new Uint8Array(tree.size);
  const total = new Float64Array(tree.size);
  let best = -1;
  let bestScore = 0;
  const close = (i: number): void => {
    const m = measures[i] as Measure;
    const tag = tags[i] as string;
    if (BLOCK_TAGS.has(tag) && m.ownChars > 0) {
      const bonus = (marked[i] ? SIGNALS.articleBodyBonus : 0) + (near[i] ? SIGNALS.headlineBonus : 0);
      total[i] = (total[i] as number) + blockScore(m, tag, under[i] === 1, bonus);
    }
    if ((total[i] as number) > bestScore) {
      bestScore = total[i] as number;
      best = i;
    }
    const p = parents[i] as number;
    if (p >= 0) total[p] = (total[p] as number) + (total[i] as number);
  };
  const open: number[] = [];
  let work = 0;
  for (let i = 0; i < tree.size; i++) {
    while (open.length > 0 && (ends[open[open.length - 1] as number] as number) <= i) close(open.pop() as number);
    const m = measures[i];
    if (tags[i] === '') continue;
    if (!m) {
      // Not measured: skipped, hidden, or a line break; nothing in it counts.
      i = (ends[i] as number) - 1;
      continue;
    }
    const p = parents[i] as number;
    const penalised = p >= 0 && under[p] === 1;
    // A block with no text cannot pull the score either way: its markup need not be read.
    const reason = penalised || i === 0 || !trustMarkup || m.chars === 0 ? null : clutterReason(tree, i, m);
    const clutter = reason !== null && !holdsStory(tree, i, m, totalProse, reason);
    under[i] = penalised || clutter ? 1 : 0;
    marked[i] = (p >= 0 && marked[p]) || ARTICLE_BODY.test(classAndId(tree, i)) || attributes[i]?.itemprop === 'articleBody' ? 1 : 0;
    near[i] = (p >= 0 && near[p]) || i === underHeadline ? 1 : 0;
    open.push(i);
    if (++work % STEP === 0) yield;
  }
  while (open.length > 0) close(open.pop() as number);
  return best;
}

function blockScore(m: Measure, tag: string, penalised: boolean, bonus: number): number {
  if (penalised) return -m.ownChars * SIGNALS.boilerplatePenalty;
  if (m.ownLinkChars > m.ownChars * SIGNALS.maxLinkDensity) return -m.ownLinkChars * SIGNALS.linkPenalty;
  // Prose counts by its unlinked text: a list item led by a linked name is still prose.
  const unlinked = m.ownChars - m.ownLinkChars;
  if (unlinked < SIGNALS.paragraphChars) return unlinked * SIGNALS.shortTextWeight;
  const weight = 1 + bonus + (tag === 'P' ? SIGNALS.paragraphTagBonus : 0);
  return unlinked * weight;
}

function normalised(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Why the chosen root is not a story, or null when it is one. */
function notAnArticle(m: Measure, signals: PageSignals): string | null {
  // A shop or listing that also calls itself an article (a blog post with product markup) is
  // an article; one that only has <article> cards is not.
  if (signals.declaresNonArticle && !signals.declaresArticleType) return 'the page declares itself a product, listing or app';
  // Product descriptions and reviews read like prose; an add-to-cart control and a price say shop.
  if (signals.sellsProduct && !signals.declaresArticleType) return 'a shop page';
  const factor = signals.declaresArticle ? SIGNALS.declaredArticleFactor : 1;
  if (m.prose < SIGNALS.minArticleChars * factor) return 'too little prose';
  // One short block is a blurb, unless the page says it is an article (a short post is one).
  if (!signals.declaresArticleType && m.paragraphs < SIGNALS.minParagraphs && m.prose < SIGNALS.singleBlockArticleChars) {
    return 'a single block of text';
  }
  // A roundup that declares itself an article may link a headline per item.
  if (
    !signals.declaresArticleType &&
    m.headlineLinks >= SIGNALS.maxHeadlineLinks &&
    m.headlineLinks > m.paragraphs * SIGNALS.headlineToParagraphRatio
  ) {
    return 'a list of teasers';
  }
  return null;
}

/** The story in a snapshot of `<body>`, its clutter, or why there is none. */
export function* detectInSnapshotSteps(snapshot: PageSnapshot, signals: PageSignals, given?: SnapshotTree): Steps<SnapshotDetection> {
  const tree = given ?? (yield* treeSteps(snapshot));
  const measured = yield* measureSteps(tree);
  const totalProse = measured[0]?.prose ?? 0;
  const title = normalised(signals.title);
  const underHeadline = headlineBlock(tree, title, measured);
  let root = yield* scoreSteps(tree, measured, totalProse, true, underHeadline);
  let rejected = root >= 0 ? notAnArticle(measured[root] as Measure, signals) : 'no prose';
  if (rejected && totalProse >= SIGNALS.minArticleChars) {
    // All the page's prose sits under clutter markup (a forum thread of `comment` blocks, a
    // template that calls every post a `widget`): read the page by its text alone.
    const plain = yield* scoreSteps(tree, measured, totalProse, false, underHeadline);
    const plainRejected = plain >= 0 ? notAnArticle(measured[plain] as Measure, signals) : 'no prose';
    if (!plainRejected) [root, rejected] = [plain, null];
  }
  if (root < 0 || rejected) return { article: null, boilerplate: [], rejected: rejected ?? 'no prose' };
  const rootMeasure = measured[root] as Measure;

  const strays: IndexedBlock[] = [];
  const skip = (i: number): boolean => {
    if (tree.hidden[i] || snapshot.attributes[i]?.ariaHidden === 'true') return true;
    const tag = snapshot.tags[i] as string;
    const m = measured[i];
    if (!m) return false;
    if (tag === 'H1' && title && normalised(textOf(tree, i)) === title) return true;
    // A block holding much of the story's prose is the story, whatever its class says.
    if (m.prose >= rootMeasure.prose * SIGNALS.storyShareOfProse) return false;
    const reason =
      clutterReason(tree, i, m) ??
      (tag === 'FORM' ? 'promo' : null) ??
      (m.headlineLinks >= 2 ? 'related' : null) ??
      (m.chars > 0 && m.linkChars > m.chars * SIGNALS.innerLinkListDensity && m.prose === 0 && (tree.links[i] as number) >= 2
        ? 'links'
        : null);
    if (reason) {
      strays.push({ index: i, reason });
      return true;
    }
    // Shown with the story but not its text: bylines, captions and credits, galleries, meta lines.
    const markup = classAndId(tree, i);
    if (m.chars <= SIGNALS.maxMetaLineChars && BLOCK_TAGS.has(tag) && META_LINE.test(textOf(tree, i).trimStart())) return true;
    if (tag === 'FIGURE' || tag === 'FIGCAPTION' || CAPTION.test(markup)) return true;
    return BYLINE.test(markup) && m.prose === 0;
  };
  const extracted = yield* extractIndexedSteps(tree, root, skip);
  const boilerplate = classifyBoilerplate(tree, measured, root, strays);
  return { article: { root, extracted, strays }, boilerplate };
}
