// Where the reader's pick of a story is on a site's next page: a selector by the element's own
// names (an id, or its classes under the nearest ancestor with an id), which a site's template
// keeps from page to page, and a fallback by its place among its parents' children, for pages
// whose classes carry nothing to go by.

import type { StoryPlace } from '../utils/settings';

/** Ids and classes that look made per page or per build (numbers, hashes): no use on the next page. */
const MADE_UP = /\d{3,}|[0-9a-f]{6,}|^[a-z]{1,2}\d|--/i;

const cssName = (name: string): string => (typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(name) : name.replace(/[^\w-]/g, '\\$&'));

/** An element's tag and the classes that look like a template's own. */
function named(el: Element): string {
  const classes = [...el.classList].filter((c) => !MADE_UP.test(c) && !c.startsWith('lede')).slice(0, 3);
  return el.tagName.toLowerCase() + classes.map((c) => `.${cssName(c)}`).join('');
}

/** The element's place: its tag and position among its parent's children of that tag, from <body> down. */
function placeOf(el: Element): string {
  const steps: string[] = [];
  for (let at: Element | null = el; at && at.tagName !== 'BODY'; at = at.parentElement) {
    const same = at.parentElement ? [...at.parentElement.children].filter((c) => c.tagName === at?.tagName) : [at];
    steps.unshift(`${at.tagName.toLowerCase()}:nth-of-type(${same.indexOf(at) + 1})`);
  }
  return ['body', ...steps].join(' > ');
}

export function storyPlace(el: Element): StoryPlace {
  const doc = el.ownerDocument;
  const unique = (selector: string): boolean => {
    try {
      const found = doc.querySelectorAll(selector);
      return found.length === 1 && found[0] === el;
    } catch {
      return false;
    }
  };
  if (el.id && !MADE_UP.test(el.id) && unique(`#${cssName(el.id)}`)) return { selector: `#${cssName(el.id)}`, fallback: placeOf(el) };
  const path: string[] = [];
  for (let at: Element | null = el; at && at.tagName !== 'BODY'; at = at.parentElement) {
    if (at !== el && at.id && !MADE_UP.test(at.id)) {
      path.unshift(`#${cssName(at.id)}`);
      break;
    }
    path.unshift(named(at));
    if (unique(path.join(' > '))) break;
  }
  const selector = path.join(' > ');
  return { selector: unique(selector) ? selector : placeOf(el), fallback: placeOf(el) };
}

/** The story's element on this page: by its selector, else its place; null where neither holds text. */
export function findStory(doc: Document, place: StoryPlace): Element | null {
  for (const selector of [place.selector, place.fallback]) {
    try {
      const el = doc.querySelector(selector);
      if (el && (el.textContent ?? '').trim().length > 0) return el;
    } catch {
      // A selector stored by hand or by an older Lede that this page cannot parse: try the next.
    }
  }
  return null;
}
