// HTML to a DOM Document in Node, for the CLI, tests and benchmarks.
//
// linkedom: a fast, small DOM with the tree APIs the core uses (firstChild/nextSibling walks,
// querySelector, attributes, Range-free text access). It parses a typical news page several
// times faster than jsdom and keeps the markup as the browser's parser would for the
// well-formed pages the corpus holds; Readability.js is measured on it too, so comparisons in
// the benchmarks are like for like.
import { parseHTML } from 'linkedom';

export function parseHtml(html: string): Document {
  // linkedom builds <body> only from a whole document; fragments get the wrapper a browser adds.
  const whole = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(whole).document as unknown as Document;
}
