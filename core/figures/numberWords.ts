// Numbers written in words, of any composition, in each language: `two hundred and two thousand`,
// `einhundertneunundneunzig`, `quatre-vingt-dix-sept`, `tres millones cincuenta y dos mil`. The
// words are the generated number words (core/data/figures.json, from CLDR's spell-out rules);
// a run of words is cut into them (German and Dutch write a number as one word) and the pieces
// are put together by one grammar:
//
//   number := [group] (SCALE [JOIN] group?)* [DECIMAL-WORD small+]
//   group  := (HUNDREDS [JOIN] [small] | small) [HALF] | HALF
//   small  := 0..99 | tens units (`twenty one`)
//
// A scale larger than the one before multiplies all before it (`mil millones` = 10⁹).

import type { Token } from '../text/tokenize';
import { type Atom, type FigureLanguage, fold } from './figureLanguage';

export interface WordNumber {
  value: number;
  /** Token index after the number. */
  end: number;
}

type Trie = FigureLanguage['numberWords'];

/** The fewest number words that spell `letters` exactly, else null. */
function cut(trie: Trie, letters: string): Atom[] | null {
  const n = letters.length;
  const best: Array<{ count: number; from: number; atom: Atom } | null> = new Array(n + 1).fill(null);
  best[0] = { count: 0, from: -1, atom: [0, 's'] };
  for (let k = 0; k < n; k++) {
    const here = best[k];
    if (!here) continue;
    let node = trie;
    for (let j = k; j < n; j++) {
      const child = node.next.get(letters[j] as string);
      if (!child) break;
      node = child;
      if (node.atom) {
        const seen = best[j + 1];
        if (!seen || seen.count > here.count + 1) best[j + 1] = { count: here.count + 1, from: k, atom: node.atom };
      }
    }
  }
  if (!best[n]) return null;
  const atoms: Atom[] = [];
  for (let at = n; at > 0; ) {
    const step = best[at] as { from: number; atom: Atom };
    atoms.push(step.atom);
    at = step.from;
  }
  return atoms.reverse();
}

/** Whether a word is made of number words alone (cached per language: most words are not). */
function isNumberWord(language: FigureLanguage, key: string): boolean {
  const cache = language.numberWordCache;
  // Most words open with a letter no number word does.
  if (!language.numberWords.next.has(key[0] as string)) return false;
  let known = cache.get(key);
  if (known === undefined) {
    known = cut(language.numberWords, key) !== null;
    if (cache.size > 50_000) cache.clear();
    cache.set(key, known);
  }
  return known;
}

/** Whether a word is a number word or a piece of one (`y` in `treinta y uno`). */
export function startsNumber(language: FigureLanguage, key: string): boolean {
  return language.numberPieces.has(key) || isNumberWord(language, key);
}

/** Whether a number may open with the word (not `and` or `point`; `a` only before `million`). */
export function opensNumber(language: FigureLanguage, key: string, next: Token | undefined): boolean {
  if (language.inNumberOnly.has(key)) return false;
  if (language.articles.has(key)) return !!next && next.kind === 'word' && isNumberWord(language, fold(next.lower));
  return isNumberWord(language, key);
}

/** The value the pieces spell, or null where they break the grammar (`two three`, a trailing `and`). */
function compose(atoms: readonly Atom[]): number | null {
  let total = 0;
  let group = 0;
  let hasGroup = false;
  let hundreds = false;
  let small = -1;
  let compound = false;
  let lastScale = Number.POSITIVE_INFINITY;
  let sawScale = false;
  for (let k = 0; k < atoms.length; k++) {
    const [value, kind] = atoms[k] as Atom;
    const next = atoms[k + 1];
    switch (kind) {
      case 'a':
      case 'v':
        // `a million`, `several million`: only first, and only before a hundred or a scale.
        if (k !== 0 || !next || (next[1] !== 'm' && next[1] !== 'x')) return null;
        group = value;
        hasGroup = true;
        small = 1;
        break;
      case 's':
        if (small >= 0) {
          // twenty one: tens, then units, once.
          if (compound || small < 20 || small % 10 !== 0 || value < 1 || value > 9) return null;
          compound = true;
        }
        group += value;
        small = small >= 0 ? small + value : value;
        hasGroup = true;
        break;
      case 'h':
        if (hasGroup) return null;
        group = value;
        hasGroup = true;
        hundreds = true;
        break;
      case 'm':
        if (hundreds || small > 9 || compound) return null;
        group = small > 0 ? small * 100 : Number.isNaN(group) ? Number.NaN : 100;
        hasGroup = true;
        hundreds = true;
        small = -1;
        break;
      case 'x': {
        let count = group;
        if (!hasGroup) {
          // A thousand needs no one (`mil`, `mille`, `tausend`, `… millions mille`); a larger
          // scale right after a smaller one multiplies it (`mil millones`). `Millionen` alone is vague.
          if (value === 1000 && (k === 0 || lastScale > 1000)) count = 1;
          else if (sawScale && value > lastScale) count = 0;
          else return null;
        }
        if (value < lastScale) total += count * value;
        else total = (total + count) * value;
        lastScale = value;
        sawScale = true;
        group = 0;
        hasGroup = false;
        hundreds = false;
        small = -1;
        compound = false;
        break;
      }
      case 'f':
        // `zweieinhalb`: a half onto the group before, or a number and a half alone (`anderthalb`);
        // only a scale may follow (`zweieinhalbtausend`).
        if (next && next[1] !== 'x') return null;
        if (hasGroup && !Number.isNaN(group)) group += value;
        else if (!hasGroup && value >= 1) group = value;
        else return null;
        hasGroup = true;
        break;
      case 'c':
        // `one hundred and two`, `mil e um`: only after a hundreds or a scale, before what follows.
        if (!next || (next[1] !== 's' && next[1] !== 'h') || (!hundreds && !(sawScale && !hasGroup))) return null;
        break;
      case 'd': {
        // `two hundred point zero three`, `cuarenta y siete coma veintiocho`: the digits after it.
        if (!hasGroup && !sawScale) return null;
        let digits = '';
        for (let j = k + 1; j < atoms.length; j++) {
          const [v, kd] = atoms[j] as Atom;
          if (kd !== 's') return null;
          digits += String(v);
        }
        if (!digits) return null;
        return Number(`${total + group}.${digits}`);
      }
    }
  }
  if (!hasGroup && !sawScale) return null;
  return total + group;
}

const HYPHEN = '-';

/**
 * Numbers in words starting at token `i`, longest first: each a value and the index after it.
 * The words run on over spaces and hyphens (`twenty-one`) while each is made of number words.
 */
export function readNumberWords(tokens: Token[], i: number, language: FigureLanguage): WordNumber[] {
  const words: Array<{ key: string; index: number }> = [];
  for (let j = i; j < tokens.length && words.length < 48; ) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word') break;
    const key = fold(t.lower);
    if (!startsNumber(language, key)) break;
    words.push({ key, index: j });
    const after = tokens[j + 1];
    const hyphened = after?.text === HYPHEN && !after.spaced && tokens[j + 2]?.kind === 'word' && !tokens[j + 2]?.spaced;
    j += hyphened ? 2 : 1;
    if (!hyphened && !tokens[j]?.spaced) break;
  }
  const found: WordNumber[] = [];
  for (let n = words.length; n > 0; n--) {
    const atoms = cut(
      language.numberWords,
      words
        .slice(0, n)
        .map((w) => w.key)
        .join(''),
    );
    const value = atoms ? compose(atoms) : null;
    if (value !== null) found.push({ value, end: (words[n - 1] as { index: number }).index + 1 });
  }
  return found;
}
