// Finds the story's body on a page: the element that holds the most prose for the least clutter.
//
// Pass 1 measures every element's text (characters, link characters, paragraphs of prose).
// Pass 2 scores each text block (prose counts for, links and text under clutter markup count
// against) and sums the scores up the tree; the element with the highest sum is the root. A root
// adds its parent only when the parent brings more story than clutter, so the root is the
// tightest container of the story.

import { runToEnd, STEP, type Steps } from '../steps';
import { BLOCK_TAGS, HEADING_TAGS, SKIP_TAGS } from '../text/blockTags';
import { type ExtractedText, extractTextSteps } from '../text/extractText';
import { type PageSignals, readPageSignals } from './pageSignals';
import { SIGNALS } from './signals';
import { attributeReason, type BoilerplateReason, compileVocabularySteps, headingReason, META_LINE, TAG_REASONS } from './vocabulary';

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

const emptyMeasure = (): Measure => ({
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

export interface DetectedArticle {
  root: Element;
  /** The story's text with its map back to the page's text nodes. */
  extracted: ExtractedText;
  /** Elements inside the root left out of the story (share bars, promos, link lists). */
  strays: Array<{ element: Element; reason: BoilerplateReason }>;
}

export interface Detection {
  signals: PageSignals;
  article: DetectedArticle | null;
  /** Why the page is not an article, when it is not. */
  rejected?: string;
  measures: WeakMap<Element, Measure>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Bylines, datelines and timestamps: part of the article's header, not of its text. */
const BYLINE = /byline|dateline|timestamp|(?:^|[\s_-])(?:meta|author|authors|date|published|credits?)(?:$|[\s_-])/i;
/** Captions, credits and galleries: shown with the story, not part of its text. */
const CAPTION = /caption|(?:^|[\s_-])credits?(?:$|[\s_-])|gallery|slideshow|carousel|lightbox/i;
/** Class names that hide an element in every stylesheet framework. */
const HIDDEN_CLASSES = ['hidden', 'd-none', 'is-hidden', 'visually-hidden', 'sr-only', 'screen-reader-text', 'u-hidden', 'hide'];
/** One of them among an element's classes (which the DOM separates by ASCII white space). */
const HIDDEN_CLASS = new RegExp(`(?:^|[ \\t\\n\\f\\r])(?:${HIDDEN_CLASSES.join('|')})(?:[ \\t\\n\\f\\r]|$)`);
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

/** An element the page does not show (attribute or inline style). */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || HIDDEN_CLASS.test(el.getAttribute('class') ?? '')) return true;
  const style = el.getAttribute('style');
  return style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/**
 * Every element that could be hidden by markup, in one query: the attributes isHiddenByMarkup
 * reads (the class names exactly, the style loosely). One native query costs less than reading
 * three attributes of every element on the page; a class selector is matched by the class's name,
 * where a selector on part of the attribute reads every element's.
 */
const MAYBE_HIDDEN = ['[hidden]', ...HIDDEN_CLASSES.map((c) => `.${c}`), '[style*="none" i]', '[style*="hidden" i]'].join(', ');

function hiddenByMarkupIn(root: Element): Set<Element> {
  const hidden = new Set<Element>();
  for (const el of root.querySelectorAll(MAYBE_HIDDEN)) if (isHiddenByMarkup(el)) hidden.add(el);
  return hidden;
}

interface MeasureFrame {
  el: Element;
  tag: string;
  isBlock: boolean;
  m: Measure;
  /** The block whose own text this element's text counts toward. */
  own: Measure;
  link: boolean;
  next: ChildNode | null;
}

/** Every element's text measures, bottom-up, in one walk that may pause every STEP elements. */
function* measureSteps(body: Element): Steps<WeakMap<Element, Measure>> {
  const measures = new WeakMap<Element, Measure>();
  const hidden = hiddenByMarkupIn(body);
  const open = (el: Element, tag: string, block: Measure, inLink: boolean): MeasureFrame => {
    const m = emptyMeasure();
    const isBlock = BLOCK_TAGS.has(tag);
    return { el, tag, isBlock, m, own: isBlock ? m : block, link: inLink || tag === 'A', next: el.firstChild };
  };
  const stack: MeasureFrame[] = [open(body, body.tagName.toUpperCase(), emptyMeasure(), false)];
  let work = 0;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as MeasureFrame;
    const child = frame.next;
    if (child) {
      frame.next = child.nextSibling;
      if (child.nodeType === TEXT_NODE) {
        const n = collapsedLength((child as Text).data);
        frame.m.chars += n;
        frame.own.ownChars += n;
        if (frame.link) {
          frame.m.linkChars += n;
          frame.own.ownLinkChars += n;
        }
      } else if (child.nodeType === ELEMENT_NODE) {
        const c = child as Element;
        const childTag = c.tagName.toUpperCase();
        if (childTag === 'BR') frame.own.ownBreaks++;
        else if (!SKIP_TAGS.has(childTag) && !hidden.has(c)) {
          stack.push(open(c, childTag, frame.own, frame.link));
          if (++work % STEP === 0) yield;
        }
      }
      continue;
    }
    const { el, tag, isBlock, m } = frame;
    if (isBlock) {
      const unlinked = m.ownChars - m.ownLinkChars;
      if (unlinked >= SIGNALS.paragraphChars && m.ownLinkChars <= m.ownChars * SIGNALS.maxLinkDensity) {
        m.prose += unlinked;
        // text<br><br>text<br><br>text is several paragraphs in one element.
        m.paragraphs += 1 + Math.min(Math.floor(m.ownBreaks / 2), Math.floor(unlinked / SIGNALS.paragraphChars) - 1);
      }
      if (HEADING_TAGS.has(tag) && m.chars > 0 && m.linkChars >= m.chars * 0.9) m.headlineLinks += 1;
    }
    measures.set(el, m);
    stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.m.chars += m.chars;
      parent.m.linkChars += m.linkChars;
      parent.m.prose += m.prose;
      parent.m.paragraphs += m.paragraphs;
      parent.m.headlineLinks += m.headlineLinks;
    }
  }
  return measures;
}

/** Blocks this short are labels or one-liners: their opening words say what they are. */
const SHORT_BLOCK_CHARS = 300;

/**
 * The words that say what a block is: its heading when it opens with one, or its own text when
 * it is short. A long block's first words are its content, not its label (an article that opens
 * with a photo credit "Copyright: ..." is not a footer).
 */
function leadingText(el: Element, m: Measure | undefined): string {
  const first = el.firstElementChild;
  if (first && /^H[2-6]$/.test(first.tagName.toUpperCase())) return (first.textContent ?? '').slice(0, 80);
  if (m && m.chars > SHORT_BLOCK_CHARS) return '';
  return (el.textContent ?? '').slice(0, 80);
}

/** Why an element looks like clutter from its markup and its opening words, or null. */
export function clutterReason(el: Element, m?: Measure): BoilerplateReason | null {
  // Read once per element: the scoring pass, the text extraction and the clean-up all ask.
  if (m?.reason !== undefined) return m.reason;
  const tagReason = TAG_REASONS[el.tagName.toUpperCase()];
  const reason = tagReason ?? attributeReason(el) ?? headingReason(leadingText(el, m));
  if (m) m.reason = reason;
  return reason;
}

/**
 * Clutter markup is not trusted on a block that holds the story's landmarks (the headline, a
 * `<main>`, marked-up article body) or most of the page's prose: a wrapper named `has-sidebar` or
 * `pg-rail__body` around the story is not a sidebar. Comment threads are the one clutter that is
 * often longer than the story, so their markup is trusted up to a larger share.
 */
function holdsStory(el: Element, m: Measure, totalProse: number, reason: BoilerplateReason): boolean {
  if (m.prose >= totalProse * (reason === 'comments' ? SIGNALS.commentsShareOfProse : SIGNALS.storyShareOfProse)) return true;
  return m.prose > 0 && el.querySelector('h1, main, [itemprop="articleBody"]') !== null;
}

interface Best {
  el: Element | null;
  score: number;
}

/**
 * The block the headline stands in: the nearest ancestor of the `<h1>` that reads as the page's
 * title and that holds some prose. The story is written under its headline, not in a rail beside
 * it; its paragraphs weigh a little more.
 */
function headlineBlock(doc: Document, title: string, measures: WeakMap<Element, Measure>): Element | null {
  if (!title) return null;
  const heading = [...doc.querySelectorAll('h1')].find((h) => {
    const text = normalised(h.textContent ?? '');
    return text.length > 0 && (title.includes(text) || text.includes(title));
  });
  let el = heading?.parentElement ?? null;
  for (let depth = 0; el && el !== doc.body && depth < SIGNALS.headlineBlockDepth; depth++, el = el.parentElement) {
    if ((measures.get(el)?.prose ?? 0) >= SIGNALS.paragraphChars * 2) return el;
  }
  return null;
}

interface ScoreFrame {
  el: Element;
  m: Measure;
  tag: string;
  under: boolean;
  marked: boolean;
  near: boolean;
  total: number;
  next: Element | null;
}

/** The best-scoring element: each block's own score plus its descendants', in one walk. */
function* scoreSteps(
  body: Element,
  measures: WeakMap<Element, Measure>,
  totalProse: number,
  trustMarkup: boolean,
  underHeadline: Element | null,
): Steps<Element | null> {
  const best: Best = { el: null, score: 0 };
  if (trustMarkup) yield* compileVocabularySteps();
  const open = (el: Element, penalised: boolean, bodyMarked: boolean, nearHeadline: boolean): ScoreFrame | null => {
    const m = measures.get(el);
    if (!m) return null;
    const tag = el.tagName.toUpperCase();
    // A block with no text cannot pull the score either way: its markup need not be read.
    const reason = penalised || el === body || !trustMarkup || m.chars === 0 ? null : clutterReason(el, m);
    const clutter = reason !== null && !holdsStory(el, m, totalProse, reason);
    const marked =
      bodyMarked || ARTICLE_BODY.test(`${el.getAttribute('class') ?? ''} ${el.id ?? ''}`) || el.getAttribute('itemprop') === 'articleBody';
    const near = nearHeadline || el === underHeadline;
    return { el, m, tag, under: penalised || clutter, marked, near, total: 0, next: el.firstElementChild };
  };
  const root = open(body, false, false, false);
  const stack: ScoreFrame[] = root ? [root] : [];
  let work = 0;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as ScoreFrame;
    const child = frame.next;
    if (child) {
      frame.next = child.nextElementSibling;
      const opened = open(child, frame.under, frame.marked, frame.near);
      if (opened) stack.push(opened);
      if (++work % STEP === 0) yield;
      continue;
    }
    const { el, m, tag } = frame;
    if (BLOCK_TAGS.has(tag) && m.ownChars > 0) {
      const bonus = (frame.marked ? SIGNALS.articleBodyBonus : 0) + (frame.near ? SIGNALS.headlineBonus : 0);
      frame.total += blockScore(m, tag, frame.under, bonus);
    }
    if (frame.total > best.score) {
      best.score = frame.total;
      best.el = el;
    }
    stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.total += frame.total;
  }
  return best.el;
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

export function detectArticle(doc: Document): Detection {
  return runToEnd(detectArticleSteps(doc));
}

export function* detectArticleSteps(doc: Document): Steps<Detection> {
  const signals = readPageSignals(doc);
  // Reading the page's signals queries the whole document: a step of its own.
  yield;
  const body = doc.body;
  if (!body) return { signals, article: null, rejected: 'no body', measures: new WeakMap() };
  const measured = yield* measureSteps(body);
  const totalProse = measured.get(body)?.prose ?? 0;
  const title = normalised(signals.title);
  const underHeadline = headlineBlock(doc, title, measured);
  let root = yield* scoreSteps(body, measured, totalProse, true, underHeadline);
  let rejected = root ? notAnArticle(measured.get(root) as Measure, signals) : 'no prose';
  if (rejected && totalProse >= SIGNALS.minArticleChars) {
    // All the page's prose sits under clutter markup (a forum thread of `comment` blocks, a
    // template that calls every post a `widget`): read the page by its text alone.
    const plain = yield* scoreSteps(body, measured, totalProse, false, underHeadline);
    const plainRejected = plain ? notAnArticle(measured.get(plain) as Measure, signals) : 'no prose';
    if (!plainRejected) [root, rejected] = [plain, null];
  }
  if (!root || rejected) return { signals, article: null, rejected: rejected ?? 'no prose', measures: measured };
  const rootMeasure = measured.get(root) as Measure;

  const strays: DetectedArticle['strays'] = [];
  const skip = (el: Element): boolean => {
    if (isHiddenByMarkup(el) || el.getAttribute('aria-hidden') === 'true') return true;
    const tag = el.tagName.toUpperCase();
    const m = measured.get(el);
    if (!m) return false;
    if (tag === 'H1' && title && normalised(el.textContent ?? '') === title) return true;
    // A block holding much of the story's prose is the story, whatever its class says.
    if (m.prose >= rootMeasure.prose * SIGNALS.storyShareOfProse) return false;
    const reason =
      clutterReason(el, m) ??
      (tag === 'FORM' ? 'promo' : null) ??
      (m.headlineLinks >= 2 ? 'related' : null) ??
      (m.chars > 0 && m.linkChars > m.chars * SIGNALS.innerLinkListDensity && m.prose === 0 && el.querySelectorAll('a').length >= 2
        ? 'links'
        : null);
    if (reason) {
      strays.push({ element: el, reason });
      return true;
    }
    // Shown with the story but not its text: bylines, captions and credits, galleries, meta lines.
    const described = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`;
    if (m.chars <= SIGNALS.maxMetaLineChars && BLOCK_TAGS.has(tag) && META_LINE.test(el.textContent?.trimStart() ?? '')) return true;
    if (tag === 'FIGURE' || tag === 'FIGCAPTION' || CAPTION.test(described)) return true;
    return BYLINE.test(described) && m.prose === 0;
  };
  const extracted = yield* extractTextSteps(root, skip);
  return { signals, article: { root, extracted, strays }, measures: measured };
}
