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
import { BELOW, classAndId, elementChildren, type SnapshotTree, textOf, treeSteps } from '../page/snapshotTree';
import { runToEnd, STEP, type Steps } from '../steps';
import { BLOCK_TAGS, HEADING_TAGS, SKIP_TAGS } from '../text/blockTags';
import { extractIndexedSteps } from '../text/extractText';
import type { DeclineReason } from '../types';
import { type BlockContext, type BlockRows, blockFeatureSteps } from './blockFeatures';
import { BLOCK_MODEL, type BlockModel, storyOdds } from './blockModel';
import { classifyBoilerplate } from './classifyBoilerplate';
import type { IndexedBlock, ReaderChoice, SnapshotDetection } from './detection';
import { clutterReason, emptyMeasure, type Measure, type Measures } from './measure';
import type { PageSignals } from './pageSignals';
import { offersToBuy } from './price';
import { SIGNALS } from './signals';
import { type BoilerplateReason, compileVocabularySteps, META_LINE } from './vocabulary';

/** How the detection is steered: the reader's choice, and (for training and cross-validation) the classifier's weights. */
interface DetectOptions extends ReaderChoice {
  /** The block classifier's weights (the shipped ones when absent). */
  model?: BlockModel;
}

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
function headlineOf(tree: SnapshotTree, title: string, measures: Measures): { heading: number; block: number } {
  if (!title) return { heading: -1, block: -1 };
  let heading = -1;
  for (let i = 0; i < tree.size && heading < 0; i++) {
    if (tree.s.tags[i] !== 'H1') continue;
    const text = normalised(textOf(tree, i));
    if (text.length > 0 && (title.includes(text) || text.includes(title))) heading = i;
  }
  if (heading < 0) return { heading, block: -1 };
  let el = tree.s.parents[heading] as number;
  for (let depth = 0; el > 0 && depth < SIGNALS.headlineBlockDepth; depth++, el = tree.s.parents[el] as number) {
    if ((measures[el]?.prose ?? 0) >= SIGNALS.paragraphChars * 2) return { heading, block: el };
  }
  return { heading, block: -1 };
}

/** Whether an element's markup names the story's body, read once per element (the scorer and the classifier both ask). */
function bodyMarks(tree: SnapshotTree): (i: number) => boolean {
  const read = new Int8Array(tree.size).fill(-1);
  return (i) => {
    if ((read[i] as number) < 0)
      read[i] = ARTICLE_BODY.test(classAndId(tree, i)) || tree.s.attributes[i]?.itemprop === 'articleBody' ? 1 : 0;
    return read[i] === 1;
  };
}

/** What the block classifier reads of the page beyond the blocks themselves. */
function blockContext(
  tree: SnapshotTree,
  measures: Measures,
  totalProse: number,
  headline: { heading: number; block: number },
  marksBody: (i: number) => boolean,
): BlockContext {
  return {
    measures,
    totalProse,
    headline: headline.heading,
    headlineBlock: headline.block,
    reasonOf: (i) => clutterReason(tree, i, measures[i]),
    holdsStory: (i, reason) => holdsStory(tree, i, measures[i] as Measure, totalProse, reason),
    marksBody,
  };
}

/** The classifier's log-odds by snapshot index (NaN where a node is no block). */
function nodeOdds(size: number, rows: BlockRows, model: BlockModel): Float32Array {
  const odds = new Float32Array(size).fill(Number.NaN);
  const scores = storyOdds(rows, model);
  for (let b = 0; b < rows.blocks.length; b++) odds[rows.blocks[b] as number] = scores[b] as number;
  return odds;
}

/**
 * The elements the classifier is asked about: those in the story's root (what its text leaves
 * out) and in the blocks with prose beside the path from the root up (what clean-up hides).
 */
function askedAbout(tree: SnapshotTree, measures: Measures, root: number): Uint8Array {
  const wanted = new Uint8Array(tree.size);
  wanted.fill(1, root, tree.ends[root] as number);
  for (let child = root; child > 0; child = tree.s.parents[child] as number) {
    const parent = tree.s.parents[child] as number;
    const end = tree.ends[parent] as number;
    for (let j = parent + 1; j < end; j = tree.ends[j] as number) {
      if (j !== child && (measures[j]?.prose ?? 0) > 0) wanted.fill(1, j, tree.ends[j] as number);
    }
  }
  return wanted;
}

/** Per element, the highest log-odds of story among the blocks in its subtree (-Infinity where it holds none). */
function highestOdds(tree: SnapshotTree, odds: Float32Array): Float32Array {
  const highest = new Float32Array(tree.size).fill(Number.NEGATIVE_INFINITY);
  const parents = tree.s.parents;
  // Children come after their parent: one pass from the end sees every subtree whole.
  for (let i = tree.size - 1; i >= 0; i--) {
    const own = odds[i] as number;
    if (own > (highest[i] as number)) highest[i] = own;
    const p = parents[i] as number;
    if (p >= 0 && (highest[i] as number) > (highest[p] as number)) highest[p] = highest[i] as number;
  }
  return highest;
}

/** The best-scoring element: each block's own score plus its descendants', in one pass. */
function* scoreSteps(
  tree: SnapshotTree,
  measures: Measures,
  totalProse: number,
  trustMarkup: boolean,
  underHeadline: number,
  marksBody: (i: number) => boolean,
): Steps<number> {
  const { tags, parents } = tree.s;
  const ends = tree.ends;
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
    marked[i] = (p >= 0 && marked[p]) || marksBody(i) ? 1 : 0;
    near[i] = (p >= 0 && near[p]) || i === underHeadline ? 1 : 0;
    open.push(i);
    if (++work % STEP === 0) yield;
  }
  while (open.length > 0) close(open.pop() as number);
  return best;
}

/** Whether the element at `i` holds a quotation (an embedded post's `<blockquote>`). */
function quotes(tree: SnapshotTree, i: number): boolean {
  for (let k = i + 1; k < (tree.ends[i] as number); k++) if (tree.s.tags[k] === 'BLOCKQUOTE') return true;
  return false;
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
function notAnArticle(m: Measure, signals: PageSignals): DeclineReason | null {
  // A listing or app that also calls itself an article (a blog post with list markup) is an
  // article; one that only has <article> cards is not.
  if (signals.declaresKind && signals.declaresKind !== 'shop' && !signals.declaresArticleType) return signals.declaresKind;
  // Product descriptions and reviews read like prose; a declared product, a cart and a price say shop.
  if (signals.sellsProduct || (signals.declaresKind === 'shop' && !signals.declaresArticleType)) return 'shop';
  const factor = signals.declaresArticle ? SIGNALS.declaredArticleFactor : 1;
  if (m.prose < SIGNALS.minArticleChars * factor) return 'no-long-text';
  // One short block is a blurb, unless the page says it is an article (a short post is one).
  if (!signals.declaresArticleType && m.paragraphs < SIGNALS.minParagraphs && m.prose < SIGNALS.singleBlockArticleChars) {
    return 'no-long-text';
  }
  // A roundup that declares itself an article may link a headline per item.
  if (
    !signals.declaresArticleType &&
    m.headlineLinks >= SIGNALS.maxHeadlineLinks &&
    m.headlineLinks > m.paragraphs * SIGNALS.headlineToParagraphRatio
  ) {
    return 'listing';
  }
  return null;
}

/**
 * The root of a page's one clear main text, or -1. Prose (here also a short `<p>` of a sentence
 * or so) runs from block to block in document order; a linked headline, a list of links or
 * clutter ends a run (subheadings and datelines do not). When the longest run has enough prose to
 * read as a story and several times the prose of any other run, it is the page's main text: a
 * blog post, a club's report, a press release that the other rules found short, plain or
 * teaser-like. A list of teasers has many short runs of about one length, and none stands out.
 */
function clearMainText(tree: SnapshotTree, measures: Measures, totalProse: number): number {
  const { tags, parents } = tree.s;
  let best = { prose: 0, first: -1, last: -1 };
  let second = 0;
  let run = { prose: 0, first: -1, last: -1 };
  const end = (): void => {
    if (run.prose > best.prose) [second, best] = [best.prose, run];
    else second = Math.max(second, run.prose);
    run = { prose: 0, first: -1, last: -1 };
  };
  for (let i = 1; i < tree.size; i++) {
    const tag = tags[i] as string;
    if (tag === '') continue;
    const m = measures[i];
    if (!m) {
      i = (tree.ends[i] as number) - 1;
      continue;
    }
    const reason = m.chars > 0 ? clutterReason(tree, i, m) : null;
    if (reason && !holdsStory(tree, i, m, totalProse, reason)) {
      end();
      i = (tree.ends[i] as number) - 1;
      continue;
    }
    if (!BLOCK_TAGS.has(tag) || m.ownChars === 0) continue;
    const unlinked = m.ownChars - m.ownLinkChars;
    if (m.ownLinkChars > m.ownChars * SIGNALS.maxLinkDensity) end();
    else if (unlinked >= SIGNALS.paragraphChars || (tag === 'P' && unlinked >= SIGNALS.clearTextSentenceChars)) {
      if (run.first < 0) run.first = i;
      run.last = i;
      run.prose += unlinked;
    }
  }
  end();
  if (best.prose < SIGNALS.clearTextChars || best.prose < second * SIGNALS.clearTextDominance) return -1;
  // The run's root: the nearest element that holds its first and last block.
  let root = best.first;
  while (root > 0 && (tree.ends[root] as number) <= best.last) root = parents[root] as number;
  return root;
}

/**
 * A story is more than one paragraph: where the best root is a lone `<p>` whose parent holds
 * another paragraph of text beside it (a photo post's short lines between its pictures, a lead
 * above a long paragraph), the story is the parent, whose clutter the text leaves out and
 * clean-up hides.
 */
function beyondOneParagraph(tree: SnapshotTree, measures: Measures, root: number): number {
  if (root <= 0 || tree.s.tags[root] !== 'P') return root;
  const parent = tree.s.parents[root] as number;
  if (parent <= 0) return root;
  const another = elementChildren(tree, parent).some((child) => {
    const m = measures[child];
    return child !== root && tree.s.tags[child] === 'P' && !!m && m.chars - m.linkChars >= SIGNALS.clearTextSentenceChars;
  });
  return another ? parent : root;
}

/** The story in a snapshot of `<body>`, its clutter, or why there is none. */
export function* detectInSnapshotSteps(
  snapshot: PageSnapshot,
  signals: PageSignals,
  given?: SnapshotTree,
  options: DetectOptions = {},
): Steps<SnapshotDetection> {
  const tree = given ?? (yield* treeSteps(snapshot));
  const measured = yield* measureSteps(tree);
  const totalProse = measured[0]?.prose ?? 0;
  const title = normalised(signals.title);
  const headline = headlineOf(tree, title, measured);
  const underHeadline = headline.block;
  yield* compileVocabularySteps();
  const marksBody = bodyMarks(tree);
  let root: number;
  let declined: DeclineReason | null;
  if (options.root !== undefined) {
    // The reader's choice: the story is there, whatever the page looks like.
    root = measured[options.root] && snapshot.tags[options.root] !== '' ? options.root : -1;
    declined = root >= 0 && (measured[root] as Measure).chars > 0 ? null : 'empty';
  } else {
    root = yield* scoreSteps(tree, measured, totalProse, true, underHeadline, marksBody);
    root = beyondOneParagraph(tree, measured, root);
    declined = root >= 0 ? notAnArticle(measured[root] as Measure, signals) : 'empty';
    if (declined && totalProse >= SIGNALS.minArticleChars) {
      // All the page's prose sits under clutter markup (a forum thread of `comment` blocks, a
      // template that calls every post a `widget`): read the page by its text alone.
      const plain = yield* scoreSteps(tree, measured, totalProse, false, underHeadline, marksBody);
      const plainDeclined = plain >= 0 ? notAnArticle(measured[plain] as Measure, signals) : 'empty';
      if (!plainDeclined || (root < 0 && plain >= 0)) [root, declined] = [plain, plainDeclined];
    }
    if (declined === 'no-long-text' || (declined === 'listing' && !signals.declaresKind)) {
      const clear = clearMainText(tree, measured, totalProse);
      if (clear >= 0) [root, declined] = [clear, null];
    }
    // "Treat as article": the best candidate, whatever the page was declined for.
    if (declined && options.force && root >= 0) declined = null;
  }
  if (root < 0 || declined) return { article: null, boilerplate: [], declined: declined ?? 'empty' };
  const rootMeasure = measured[root] as Measure;
  const rows = yield* blockFeatureSteps(
    tree,
    blockContext(tree, measured, totalProse, headline, marksBody),
    askedAbout(tree, measured, root),
  );
  const odds = nodeOdds(tree.size, rows, options.model ?? BLOCK_MODEL);

  const strays: IndexedBlock[] = [];
  // A link inside a paragraph's sentence (`you can also subscribe to this newsletter here`) is
  // part of what the sentence says, whatever its markup names.
  const inSentence = (i: number): boolean => {
    if (snapshot.tags[i] !== 'A') return false;
    const parent = measured[tree.s.parents[i] as number];
    return !!parent && parent.ownChars - parent.ownLinkChars >= SIGNALS.clearTextSentenceChars;
  };
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
      (m.chars > 0 &&
      m.linkChars > m.chars * SIGNALS.innerLinkListDensity &&
      m.prose === 0 &&
      (tree.links[i] as number) >= 2 &&
      // A deals story's links are its offers (`Get it on Amazon for $139`): they stay with it.
      !offersToBuy(textOf(tree, i, 2000, ' '))
        ? 'links'
        : null);
    if (reason && !inSentence(i)) {
      // A post the story embeds and quotes (`social-media-embed`) is shown with it, not hidden
      // as a share bar (a share bar has no prose and quotes nothing); like any quoted post, it is
      // left out of the story's own text.
      if (reason !== 'share' || (m.prose === 0 && !quotes(tree, i))) strays.push({ index: i, reason });
      return true;
    }
    // A block the classifier reads as furniture (an author box, a caption, a promo line) with
    // little text below it: its own text is all that is left out.
    if ((odds[i] as number) < 0 && m.chars - m.ownChars < SIGNALS.paragraphChars) return true;
    // Shown with the story but not its text: bylines, captions and credits, galleries, meta lines.
    const markup = classAndId(tree, i);
    if (m.chars <= SIGNALS.maxMetaLineChars && BLOCK_TAGS.has(tag) && META_LINE.test(textOf(tree, i).trimStart())) return true;
    if (tag === 'FIGURE' || tag === 'FIGCAPTION' || CAPTION.test(markup)) return true;
    return BYLINE.test(markup) && m.prose === 0;
  };
  const extracted = yield* extractIndexedSteps(tree, root, skip);
  // A root whose every block is left out (a front page of teasers and captions) has no story; one
  // the reader chose or forced has nothing to read.
  if (!/\p{L}/u.test(extracted.text))
    return { article: null, boilerplate: [], declined: options.root === undefined && !options.force ? 'no-long-text' : 'empty' };
  const boilerplate = classifyBoilerplate(tree, measured, root, strays, highestOdds(tree, odds));
  return { article: { root, extracted, strays }, boilerplate };
}

/** A page's text blocks and their features as the detector reads them: what the classifier is trained on. */
export function readBlocks(snapshot: PageSnapshot, signals: PageSignals): { tree: SnapshotTree; rows: BlockRows } {
  const tree = runToEnd(treeSteps(snapshot));
  const measured = runToEnd(measureSteps(tree));
  const totalProse = measured[0]?.prose ?? 0;
  const headline = headlineOf(tree, normalised(signals.title), measured);
  const rows = runToEnd(blockFeatureSteps(tree, blockContext(tree, measured, totalProse, headline, bodyMarks(tree))));
  return { tree, rows };
}
