// The clutter around the story: every block beside the path from the article root up to
// `<body>` that reads as navigation, promos, related links, ads, cookie notices, legal text or
// comments, with the reason; and, in the block that holds the headline, the share bars and
// breadcrumbs beside it. Kept: the headline, bylines and dates, pictures, and any block with
// prose of its own (it may be part of the story the detector did not take). The root and its
// ancestors are never touched, nor is any text inside the story.

import { clutterReason, type DetectedArticle, type Measure } from './detectArticle';
import type { BoilerplateReason } from './vocabulary';

export interface BoilerplateBlock {
  element: Element;
  reason: BoilerplateReason;
}

/** A block this much links is navigation or a list of teasers. */
const LINK_BLOCK_DENSITY = 0.5;
const NOT_CONTENT = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'TEMPLATE', 'NOSCRIPT', 'H1']);
/** Bylines, datelines and timestamps next to the headline: the reader wants them. */
const BYLINE =
  /byline|dateline|author|date|time|meta|publish|credit|caption|standfirst|subtitle|subhead|lede|lead|intro|summary|teaser-text|dek/i;

function holdsHeadline(el: Element): boolean {
  return el.tagName.toUpperCase() === 'H1' || el.querySelector('h1') !== null;
}

function reasonFor(el: Element, m: Measure | undefined): BoilerplateReason | null {
  const tag = el.tagName.toUpperCase();
  const explicit = clutterReason(el, m);
  if (explicit) return explicit;
  if (!m || m.chars === 0) return null;
  if (m.linkChars > m.chars * LINK_BLOCK_DENSITY) return tag === 'HEADER' || el.querySelector('nav') ? 'nav' : 'links';
  // Text with no prose of its own, that is not a byline, a date or a picture's: page furniture.
  if (m.prose > 0 || tag === 'TIME' || el.querySelector('time, img, picture, video, figure') !== null) return null;
  if (BYLINE.test(`${el.getAttribute('class') ?? ''} ${el.id ?? ''}`)) return null;
  return 'other';
}

export function classifyBoilerplate(article: DetectedArticle, measures: WeakMap<Element, Measure>): BoilerplateBlock[] {
  const blocks: BoilerplateBlock[] = [...article.strays];
  const body = article.root.ownerDocument.body;
  const consider = (el: Element): void => {
    if (NOT_CONTENT.has(el.tagName.toUpperCase())) return;
    if (holdsHeadline(el)) {
      // The headline's own block: keep the headline, sort out what sits beside it.
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) consider(c);
      return;
    }
    const reason = reasonFor(el, measures.get(el));
    if (reason) blocks.push({ element: el, reason });
  };
  for (let child: Element = article.root; child !== body && child.parentElement; child = child.parentElement) {
    for (let sibling = child.parentElement.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
      if (sibling !== child) consider(sibling);
    }
  }
  return blocks;
}
