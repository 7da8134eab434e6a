// The clutter around the story: every block beside the path from the article root up to
// `<body>` that reads as navigation, promos, related links, ads, cookie notices, legal text or
// comments, with the reason. Blocks that hold the headline, the byline or pictures, and plain
// blocks of text nobody has marked as clutter, are left alone; the root and its ancestors are
// never touched, nor is any text inside the story.

import { clutterReason, type DetectedArticle, type Measure } from './detectArticle';
import type { BoilerplateReason } from './vocabulary';

export interface BoilerplateBlock {
  element: Element;
  reason: BoilerplateReason;
}

/** A block this much links is navigation or a list of teasers. */
const LINK_BLOCK_DENSITY = 0.5;

function holdsHeadline(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  return tag === 'H1' || el.querySelector('h1') !== null;
}

export function classifyBoilerplate(article: DetectedArticle, measures: WeakMap<Element, Measure>): BoilerplateBlock[] {
  const blocks: BoilerplateBlock[] = [...article.strays];
  const body = article.root.ownerDocument.body;
  for (let child: Element = article.root; child !== body && child.parentElement; child = child.parentElement) {
    for (let sibling = child.parentElement.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
      if (sibling === child) continue;
      const tag = sibling.tagName.toUpperCase();
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'LINK' || tag === 'META' || tag === 'TEMPLATE' || tag === 'NOSCRIPT') continue;
      if (holdsHeadline(sibling)) continue;
      const m = measures.get(sibling);
      const reason =
        clutterReason(sibling) ??
        (m && m.chars > 0 && m.linkChars > m.chars * LINK_BLOCK_DENSITY
          ? tag === 'HEADER' || sibling.querySelector('nav')
            ? 'nav'
            : 'links'
          : null);
      if (reason) blocks.push({ element: sibling, reason });
    }
  }
  return blocks;
}
