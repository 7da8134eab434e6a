// A company's full name given again is the same company: one sense per text. Where a reading of
// the whole text tagged a name of two capitalised words or more as an organisation more often
// than as anything else (`Acme Widgets` in `Shares of Acme Widgets rose`), its other occurrences
// the tagger left outside every name (`Acme Widgets said …`, before or after) are mentions too,
// as are the later occurrences of a long name the second reading tagged.
// Single words are left to the tagger: a surname and a company share them too often (`Ford`).

import type { Token } from '../text/tokenize';
import type { CompanyMention } from '../types';
import type { CompanyLexicon } from './lexicon';
import { mentionFromSpan } from './mentionFromSpan';
import { isCapitalised } from './nameTokens';
import { NAME_KINDS, ORGANISATION, type TaggedNames } from './taggedNames';

/** The organisations' long names of a text, by their first word, longest first. */
export type LongOrganisations = Map<string, string[][]>;

export function longOrganisations(tagged: TaggedNames): LongOrganisations {
  const byFirst: LongOrganisations = new Map();
  for (const [key, kinds] of tagged.longNames) {
    const org = kinds[ORGANISATION] as number;
    let others = 0;
    for (let x = 0; x < NAME_KINDS; x++) if (x !== ORGANISATION) others += kinds[x] as number;
    if (org <= others) continue;
    const words = key.split(' ');
    const list = byFirst.get(words[0] as string) ?? [];
    list.push(words);
    byFirst.set(words[0] as string, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return byFirst;
}

/** Adds the long name of `mention`, tokens `tokens[from..to)`, once the second reading tagged it. */
export function addLongOrganisation(names: LongOrganisations, tokens: Token[], from: number, to: number): void {
  let capitalised = 0;
  for (let i = from; i < to; i++) if (isCapitalised(tokens[i])) capitalised++;
  if (capitalised < 2) return;
  const words = tokens.slice(from, to).map((t) => t.text);
  const list = names.get(words[0] as string) ?? [];
  if (list.some((w) => w.length === words.length && w.every((word, j) => word === words[j]))) return;
  list.push(words);
  list.sort((a, b) => b.length - a.length);
  names.set(words[0] as string, list);
}

/** Occurrences of the text's long organisation names in `tokens[from..to)` outside `found`. */
export function repeatedNameMentions(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
  found: CompanyMention[],
  names: LongOrganisations,
  lexicon: CompanyLexicon,
): CompanyMention[] {
  if (names.size === 0) return [];
  const added: CompanyMention[] = [];
  const covered = (start: number, end: number) => found.some((m) => m.start < end && start < m.end);
  for (let i = from; i < to; i++) {
    const candidates = names.get((tokens[i] as Token).text);
    if (!candidates) continue;
    // Not the tail of a longer capitalised name (`New Acme Widgets`).
    if (i > from && isCapitalised(tokens[i - 1]) && (tokens[i] as Token).spaced) continue;
    const words = candidates.find((w) => i + w.length <= to && w.every((word, j) => (tokens[i + j] as Token).text === word));
    if (!words) continue;
    const end = i + words.length;
    const next = tokens[end];
    if (end < to && isCapitalised(next) && next?.spaced) continue;
    const last = tokens[end - 1] as Token;
    if (covered((tokens[i] as Token).start, last.end)) continue;
    added.push(mentionFromSpan(text, tokens, i, end, to, lexicon));
    i = end - 1;
  }
  return added;
}
