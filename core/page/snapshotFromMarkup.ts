// The page snapshot read from the page's own serialization (`body.outerHTML`) instead of a walk
// over its nodes. On the page that is one native call, where a walk costs a dozen DOM reads per
// node in a content script that starts cold on every page; the reading happens here, in the
// extension's background, whose code stays warm.
//
// The markup is what the browser's serializer writes, not what a site wrote: every element but the
// void ones has its end tag, attribute values are double-quoted, and text escapes only `&`, `<`,
// `>` and the no-break space (attribute values `&`, `"`, and in newer browsers `<` and `>`). So
// this is a reader of that output, not an HTML parser: no implied tags, no error recovery. Markup
// it cannot read (a page's script put `</script>` inside a script) is an error, and the caller
// reads the page the other way. What serializing loses, the page's split text nodes (written out
// as one) and empty ones, changes no element and no character, which is all the answer names.

import { STEP, type Steps } from '../steps';
import {
  isHiddenByMarkup,
  OPAQUE,
  type PageSnapshot,
  RARE_ATTRIBUTE_NAMES,
  type RareAttributes,
  rareAttributes,
  readTag,
} from './snapshot';

export interface MarkupSnapshot {
  snapshot: PageSnapshot;
  /**
   * Characters of text the live page holds inside an svg, by element index: the page's text nodes
   * there, which the snapshot leaves out. (Script and style text the page skips itself.)
   */
  unread: Record<number, number>;
}

/** A markup the reader cannot follow; the page is then read node by node. */
export class MarkupError extends Error {}

/** Elements the serializer writes without an end tag, and without children. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'basefont',
  'bgsound',
  'frame',
  'keygen',
  'param',
]);

/** Elements whose text the serializer writes as it is, unescaped, up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);

const ENTITY = /&(amp|lt|gt|quot|nbsp);/g;
const DECODED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: '\u00a0' };
const decode = (s: string): string => (s.includes('&') ? s.replace(ENTITY, (_, name: string) => DECODED[name] as string) : s);

/** The attributes the snapshot keeps, by their names in the markup, listed by the names' length. */
const KEPT_BY_LENGTH: string[][] = [];
for (const name of ['class', 'id', 'style', 'hidden', ...RARE_ATTRIBUTE_NAMES]) {
  KEPT_BY_LENGTH[name.length] = [...(KEPT_BY_LENGTH[name.length] ?? []), name];
}
const RARE = new Set(RARE_ATTRIBUTE_NAMES);

/** The kept attribute whose name the markup writes from `at` to `end`, if it is one; read in place, no copy made. */
function keptName(html: string, at: number, end: number): string | undefined {
  const names = KEPT_BY_LENGTH[end - at];
  if (names) for (const name of names) if (html.startsWith(name, at)) return name;
  return undefined;
}

/** Tag names in upper case, as the DOM's `tagName` gives them; a page uses a few dozen. */
const UPPER = new Map<string, string>();
function upperCase(name: string): string {
  let upper = UPPER.get(name);
  if (upper === undefined) {
    upper = name.toUpperCase();
    if (UPPER.size < 512) UPPER.set(name, upper);
  }
  return upper;
}

const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 12 || code === 13;

/** Reads `outerHTML` of the snapshot's root; pauses every few STEPs of nodes. */
export function* snapshotFromMarkupSteps(html: string): Steps<MarkupSnapshot> {
  const tags: string[] = [];
  const parents: number[] = [];
  const texts: string[] = [];
  const classes: string[] = [];
  const ids: string[] = [];
  const attributes: Record<number, RareAttributes> = {};
  const hidden: number[] = [];
  const unread: Record<number, number> = {};
  // Open elements: their names as written (for the end tag) and their indices.
  const open: string[] = [];
  const openAt: number[] = [];
  let at = 0;
  let work = 0;

  const fail = (why: string): never => {
    throw new MarkupError(`${why} at ${at}`);
  };

  const addText = (data: string): void => {
    if (data === '') return;
    tags.push('');
    parents.push(openAt[openAt.length - 1] ?? fail('text outside the root'));
    texts.push(data);
    classes.push('');
    ids.push('');
  };

  /**
   * The start tag at `at` (just after `<`): its name, kept attributes, and whether one of them is
   * among the rarer ones; `at` ends after `>`.
   */
  const startTag = (): { name: string; kept: Record<string, string>; rare: boolean; href: boolean } => {
    let end = at;
    while (end < html.length && !isSpace(html.charCodeAt(end)) && html[end] !== '>') end++;
    const name = html.slice(at, end);
    const kept: Record<string, string> = {};
    let rare = false;
    let href = false;
    at = end;
    for (;;) {
      while (isSpace(html.charCodeAt(at))) at++;
      if (html[at] === '>') {
        at++;
        return { name, kept, rare, href };
      }
      if (at >= html.length) fail('an unfinished tag');
      // A name's first character may be anything, `=` included (`<style ="">`).
      let nameEnd = at + 1;
      let code = html.charCodeAt(nameEnd);
      while (nameEnd < html.length && code !== 61 /* = */ && code !== 62 /* > */ && !isSpace(code)) code = html.charCodeAt(++nameEnd);
      const attribute = keptName(html, at, nameEnd);
      // Whether a link has its target; its value is not copied.
      if (nameEnd - at === 4 && html.startsWith('href', at)) href = true;
      at = nameEnd;
      let valueStart = at;
      if (code === 61) {
        if (html.charCodeAt(at + 1) !== 34 /* " */) fail('an unquoted attribute');
        valueStart = at + 2;
        const close = html.indexOf('"', valueStart);
        if (close < 0) fail('an unfinished attribute');
        at = close + 1;
      }
      // Only a kept attribute's value is copied out of the markup.
      if (attribute !== undefined) {
        kept[attribute] = valueStart === at ? '' : decode(html.slice(valueStart, at - 1));
        if (RARE.has(attribute)) rare = true;
      }
    }
  };

  /** Moves `at` past the next `marker`, which must come. */
  const skipPast = (marker: string, what: string): void => {
    const close = html.indexOf(marker, at);
    at = close < 0 ? fail(`an unclosed ${what}`) : close + marker.length;
  };

  /** Skips an opaque element's contents, up to and past its end tag; returns their text's length. */
  const skipContents = (name: string, countText: boolean): number => {
    let depth = 1;
    let chars = 0;
    while (depth > 0) {
      const lt = html.indexOf('<', at);
      if (lt < 0) fail(`an unclosed ${name}`);
      if (countText && lt > at) chars += decode(html.slice(at, lt)).length;
      at = lt + 1;
      if (html.startsWith('!--', at)) {
        at += 3;
        skipPast('-->', 'comment');
      } else if (html[at] === '/') {
        skipPast('>', 'end tag');
        depth--;
      } else {
        const inner = startTag().name;
        // Inside an svg a style is an svg element, whose text the serializer escapes.
        if (RAW_TEXT.has(inner)) {
          const raw = rawText(inner);
          if (countText) chars += decode(raw).length;
        } else if (!VOID.has(inner)) depth++;
      }
    }
    return chars;
  };

  /** A raw-text element's contents, as written, and `at` past its end tag. */
  const rawText = (name: string): string => {
    const close = html.indexOf(`</${name}>`, at);
    if (close < 0) fail(`an unclosed ${name}`);
    const data = html.slice(at, close);
    at = close + name.length + 3;
    return data;
  };

  if (html[0] !== '<') fail('markup that does not open with a tag');
  while (at < html.length) {
    if (++work % (STEP * 4) === 0) yield;
    const lt = html.indexOf('<', at);
    if (lt < 0) {
      if (open.length > 0) fail('an unclosed element');
      addText(decode(html.slice(at)));
      break;
    }
    if (lt > at) addText(decode(html.slice(at, lt)));
    at = lt + 1;
    if (html.startsWith('!--', at)) {
      at += 3;
      skipPast('-->', 'comment');
      continue;
    }
    if (html[at] === '/') {
      const close = html.indexOf('>', at);
      if (close < 0 || html.slice(at + 1, close) !== open[open.length - 1]) fail('an end tag that closes no open element');
      open.pop();
      openAt.pop();
      at = close + 1;
      if (open.length === 0) break;
      continue;
    }
    if (html[at] === '!' || html[at] === '?') {
      skipPast('>', 'declaration');
      continue;
    }
    const { name, kept, rare, href } = startTag();
    const index = tags.length;
    const tag = readTag(upperCase(name), href);
    tags.push(tag);
    parents.push(index === 0 ? -1 : (openAt[openAt.length - 1] ?? fail('an element after the root')));
    texts.push('');
    classes.push(kept.class ?? '');
    ids.push(kept.id ?? '');
    // The root's own attributes are not read, as in the walk (which queries below it).
    if (index > 0) {
      const found = rare ? rareAttributes((name) => kept[name]) : null;
      if (found) attributes[index] = found;
      if (isHiddenByMarkup(kept.hidden !== undefined, kept.class ?? '', kept.style ?? null)) hidden.push(index);
    }
    if (OPAQUE.has(tag)) {
      // A script's or style's text is code, which the page skips too when it counts characters
      // (and may not have sent, see withoutCode.ts); an svg's text is in its elements; a
      // template's contents are not in the page's tree at all.
      if (RAW_TEXT.has(name)) skipPast(`</${name}>`, name);
      else {
        const chars = skipContents(name, tag === 'SVG');
        if (chars > 0) unread[index] = chars;
      }
    } else if (RAW_TEXT.has(name)) {
      openAt.push(index);
      addText(rawText(name));
      openAt.pop();
    } else if (!VOID.has(name)) {
      open.push(name);
      openAt.push(index);
      continue;
    }
    // A root with nothing more to read: whatever follows is not inside it.
    if (index === 0) break;
  }
  if (open.length > 0) fail('an unclosed element');
  return { snapshot: { tags, parents, texts, classes, ids, attributes, hidden }, unread };
}
