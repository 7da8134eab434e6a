// HTML to a DOM Document in Node, for the CLI, tests and benchmarks.
//
// Two libraries, each for what it does best:
// - parse5 parses: it implements the WHATWG HTML parsing algorithm, so a saved page gets the
//   tree a browser would build, malformed markup and all (stray tags before <html>, unclosed
//   elements, `</` inside scripts). Its output is serialised back as well-formed HTML.
// - linkedom holds the tree: a small, fast DOM with every API the core uses (element walks,
//   querySelector, attributes). On well-formed HTML its tree is the browser's; on its own it
//   mis-parses some real pages (an empty <body>), which is why parse5 goes first.
// Readability.js is measured on the same Document in the benchmarks, so comparisons are fair.
import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';

export function parseHtml(html: string): Document {
  return parseHTML(serialize(parse(html))).document as unknown as Document;
}
