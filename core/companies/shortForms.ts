// A company named in full and then by the first word of its name (`Halden Robotics` … `Halden`,
// `Halden's`) is one company: one sense per text. The short form standing alone later is a
// mention of it, wherever the tagger took it for something else, unless the text gives that word
// as a person's surname or the lists know it as a given name, a place or a title; and every
// mention named by the opening of a longer name given before it takes that name, so the popup
// counts them together. An opening shared by two different names is left as it is.

import type { Token } from '../text/tokenize';
import type { CompanyMention } from '../types';
import type { CompanyLexicon } from './lexicon';
import { mentionFromSpan } from './mentionFromSpan';
import { isCapitalised } from './nameTokens';
import { COMPANY_HEADS, LEGAL_SUFFIXES } from './signals';

/** Words that join a name's parts: an opening does not end on one (`Bank of`). */
const JOINERS = new Set(['of', 'and', '&', 'de', 'for', 'the']);

/** The openings of the longer company names a text has given, in text order. */
export class NameOpenings {
  /** Each opening, to its full name (null where two names share it). */
  private readonly longer = new Map<string, string | null>();

  /** The full name `name` opens, where the text gave one before. */
  fullName(name: string): string | undefined {
    return this.longer.get(name) ?? undefined;
  }

  add(name: string): void {
    const words = name.split(' ');
    for (let k = 1; k < words.length; k++) {
      if (JOINERS.has((words[k - 1] as string).toLowerCase())) continue;
      const opening = words.slice(0, k).join(' ');
      const known = this.longer.get(opening);
      this.longer.set(opening, known === undefined || known === name ? name : null);
    }
  }
}

/**
 * Mentions by a single-word short form in the sentence `tokens[from..to)` that the tagger's
 * `found` mentions leave out, given the openings of the names before the sentence and the words
 * the text uses as surnames.
 */
export function shortFormMentions(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
  found: CompanyMention[],
  openings: NameOpenings,
  surnames: { has(word: string): boolean },
  lexicon: CompanyLexicon,
): CompanyMention[] {
  const added: CompanyMention[] = [];
  let m = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    while (m < found.length && (found[m] as CompanyMention).end <= t.start) m++;
    const covering = found[m];
    if (covering && covering.start <= t.start) continue;
    if (!isCapitalised(t) || !openings.fullName(t.text)) continue;
    // Alone: not a word of a longer capitalised name (`Halden Street`, `Mr Halden`).
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if ((i > from && isCapitalised(before)) || (isCapitalised(after) && after?.spaced)) continue;
    if (surnames.has(t.text) || COMPANY_HEADS.has(t.text) || LEGAL_SUFFIXES.has(t.text)) continue;
    const lower = t.lower;
    if (lexicon.givenNames.has(lower) || lexicon.places.has(lower) || lexicon.personTitles.has(t.text)) continue;
    added.push(mentionFromSpan(text, tokens, i, i + 1, to, lexicon));
  }
  return added;
}

/** Each mention named by the opening of a longer name given before it takes that name. */
export function withShortFormsFolded(mentions: CompanyMention[]): CompanyMention[] {
  const openings = new NameOpenings();
  return mentions.map((mention) => {
    const full = openings.fullName(mention.name);
    openings.add(mention.name);
    return full ? { ...mention, name: full } : mention;
  });
}
