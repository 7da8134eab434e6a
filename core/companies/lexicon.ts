// Loads the generated company, name and place lists (scripts/build-lexicon.ts) into the lookups
// the recogniser uses. Built once, on first use.

import data from '../data/lexicon.json';
import { tokenize } from '../text/tokenize';

export interface KnownName {
  /** The name's tokens, as the tokenizer splits them. */
  words: string[];
  canonical: string;
  /** Also an everyday word, name or place: needs a signal or a mid-sentence capital. */
  ambiguous: boolean;
}

export interface CompanyLexicon {
  /** Known names by their first token, longest first. */
  byFirstWord: Map<string, KnownName[]>;
  notCompanies: Set<string>;
  personTitles: Set<string>;
  firstNames: Set<string>;
  places: Set<string>;
}

let cached: CompanyLexicon | null = null;

export function companyLexicon(): CompanyLexicon {
  if (cached) return cached;
  const ambiguous = new Set(data.ambiguous);
  const byFirstWord = new Map<string, KnownName[]>();
  for (const [canonical, ...aliases] of data.companies as string[][]) {
    for (const name of [canonical as string, ...aliases]) {
      const words = tokenize(name).map((t) => t.text);
      const first = words[0];
      if (!first) continue;
      const list = byFirstWord.get(first) ?? [];
      list.push({ words, canonical: canonical as string, ambiguous: ambiguous.has(name) });
      byFirstWord.set(first, list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  cached = {
    byFirstWord,
    notCompanies: new Set(data.notCompanies),
    personTitles: new Set(data.personTitles),
    firstNames: new Set(data.firstNames),
    places: new Set(data.places),
  };
  return cached;
}
