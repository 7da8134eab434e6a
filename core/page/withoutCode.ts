// The page's markup without what the background never reads: the text of its scripts and styles,
// and its comments. On news pages that is often most of the markup (inline state, ad code,
// critical CSS), and every character sent costs the page's thread its share of the message.
//
// The elements stay, empty, so the snapshot read from the markup is the one read from the whole
// of it; the page skips script and style text when it finds the answer's characters
// (core/page/locate.ts), as the background does. An svg is left whole: its text is in the page's
// text nodes the answer counts. So is a raw-text element such as a noscript, whose text may look
// like markup and is read as text.
//
// It reads the markup as the browser's serializer writes it (see snapshotFromMarkup.ts) and finds
// what to leave out with native searches, not a loop over characters: this runs on the page,
// in a content script that starts cold. A serializer that writes `<` unescaped in attribute values
// (browsers before 2025) could make a value look like a tag, so the caller checks that first.

/** Where something to leave out, or to leave whole, may start. */
const NEXT = /<(?:!--|(script|style)(?=[\t\n\f\r />])|(svg|noscript|xmp|iframe|noembed|noframes)(?=[\t\n\f\r />]))/g;
/** The rest of a start tag: attribute values are double-quoted and may hold `>`. */
const START_TAG_REST = /[^>"]*(?:"[^"]*"[^>"]*)*>/y;
const SVG_TAG = /<(\/?)svg(?=[\t\n\f\r />])/g;

/** The index just past the start tag that opens at `at`, or -1. */
function pastStartTag(markup: string, at: number): number {
  START_TAG_REST.lastIndex = at + 1;
  return START_TAG_REST.test(markup) ? START_TAG_REST.lastIndex : -1;
}

/** The index of the `</svg>` that closes the svg whose contents start at `from`, or -1. */
function svgEnd(markup: string, from: number): number {
  let depth = 1;
  SVG_TAG.lastIndex = from;
  for (let m = SVG_TAG.exec(markup); m; m = SVG_TAG.exec(markup)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index;
  }
  return -1;
}

/** `markup` (an element's `outerHTML`) with its scripts' and styles' text and its comments left out. */
export function withoutCode(markup: string): string {
  const parts: string[] = [];
  // The markup from `copied` on is not yet in `parts`.
  let copied = 0;
  NEXT.lastIndex = 0;
  for (let m = NEXT.exec(markup); m; m = NEXT.exec(markup)) {
    const at = m.index;
    const name = m[1] ?? m[2];
    if (name === undefined) {
      // A comment: the snapshot has no place for one.
      const end = markup.indexOf('-->', at + 4);
      if (end < 0) break;
      parts.push(markup.slice(copied, at));
      copied = NEXT.lastIndex = end + 3;
      continue;
    }
    const open = pastStartTag(markup, at);
    if (open < 0) break;
    const close = name === 'svg' ? svgEnd(markup, open) : markup.indexOf(`</${name}>`, open);
    if (close < 0) break;
    if (m[1] !== undefined && close > open) {
      parts.push(markup.slice(copied, open));
      copied = close;
    }
    NEXT.lastIndex = close + name.length + 3;
  }
  if (copied === 0) return markup;
  parts.push(markup.slice(copied));
  return parts.join('');
}

/** Whether this document's serializer escapes `<` in attribute values, so no value can look like a tag. */
export function escapesAttributeMarkup(doc: Document): boolean {
  const probe = doc.createElement('b');
  probe.setAttribute('title', '<');
  return !probe.outerHTML.includes('"<"');
}
