// Token-level helpers for reading company names: capitals, possessives, legal forms and known
// names.

import type { Token } from '../text/tokenize';
import type { CompanyLexicon } from './lexicon';
import { LEGAL_SUFFIXES } from './signals';

/** Legal forms written with a full stop that belongs to them (`Inc.`), unlike `AG` or `plc`. */
const ABBREVIATED_SUFFIXES = new Set(['Inc', 'Corp', 'Ltd', 'Co', 'Cos', 'Bhd', 'Pte', 'Pty']);

const CAPITALISED = /^(?:\p{Lu}|\p{Ll}\p{Lu})/u;

/** A word that starts with a capital (`Acme`), or whose second letter is one (`iPhone`). */
export function isCapitalised(t: Token | undefined): boolean {
  if (t?.kind !== 'word') return false;
  // Most words start with an ASCII letter, which the character codes settle without the Unicode
  // expression (run on every word of every text).
  const first = t.text.charCodeAt(0);
  if (first >= 65 && first <= 90) return true;
  if (first >= 97 && first <= 122) {
    const second = t.text.charCodeAt(1);
    if (!(second >= 128)) return second >= 65 && second <= 90;
  } else if (first < 128) return false;
  return CAPITALISED.test(t.text);
}

/** Token index after a possessive `'s` / `’s` that follows token `end - 1`, else `end`. */
export function afterPossessive(tokens: Token[], end: number): number {
  const apostrophe = tokens[end];
  const s = tokens[end + 1];
  if (apostrophe && s && !apostrophe.spaced && !s.spaced && /^['’]$/.test(apostrophe.text) && s.text === 's') return end + 2;
  if (apostrophe && !apostrophe.spaced && /^['’]$/.test(apostrophe.text) && tokens[end - 1]?.text.endsWith('s')) return end + 1;
  return end;
}

/** Index after a legal form following `end` (`Inc.`, `Co., Ltd.`), else `end`. */
export function afterLegalSuffix(tokens: Token[], end: number): number {
  let j = end;
  if (tokens[j]?.text === ',' && LEGAL_SUFFIXES.has(tokens[j + 1]?.text ?? '')) j++;
  while (LEGAL_SUFFIXES.has(tokens[j]?.text ?? '')) {
    const abbreviated = ABBREVIATED_SUFFIXES.has(tokens[j]?.text ?? '');
    j++;
    if (abbreviated && tokens[j]?.text === '.' && !tokens[j]?.spaced) j++;
  }
  return j;
}

export function knownAt(
  lexicon: CompanyLexicon,
  tokens: Token[],
  i: number,
): { end: number; canonical: string; ambiguous: boolean } | null {
  const token = tokens[i];
  const candidates = token && lexicon.byFirstWord.get(token.text);
  if (!candidates) return null;
  for (const name of candidates) {
    let k = 0;
    while (k < name.words.length && tokens[i + k]?.text === name.words[k]) k++;
    // A known name must end at a word boundary: `Meta` not in `Metaverse`, `Arm` not in `Arm-wrestling`.
    if (k === name.words.length) return { end: i + k, canonical: name.canonical, ambiguous: name.ambiguous };
  }
  return null;
}
