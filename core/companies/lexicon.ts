// Loads the generated company, name and place lists (scripts/build-lexicon.ts) into the lookups
// the recogniser uses. The company names come pre-tokenised and grouped by first token, so a page
// only splits the few entries its words actually reach. Built once, on first use.

import data from '../data/lexicon.json';

interface KnownName {
  /** The name's tokens, as the tokenizer splits them. */
  words: string[];
  canonical: string;
  /** Also an everyday word, name or place: needs a signal or a mid-sentence capital. */
  ambiguous: boolean;
}

export interface CompanyLexicon {
  /** Known names by their first token, longest first. */
  byFirstWord: { get(first: string): KnownName[] | undefined };
  notCompanies: Set<string>;
  personTitles: Set<string>;
  /** Given names (Taylor, Jim), lower case. */
  givenNames: Set<string>;
  /** Words of people's names: given names, surnames and honorifics (jim, nichols, mr), lower case. */
  personNames: Set<string>;
  places: Set<string>;
  /** Brands' names (companies, products and services), lower case. */
  brands: Set<string>;
  /** Listed names that are also everyday German nouns (`Energie`, `Zimmer`): on a German page, companies only with a signal. */
  germanNounNames: Set<string>;
  /** German words whose ending describes the company named after them (`Chemiekonzern`), lower case. */
  germanDescriptors: RegExp;
  /** German words joined after a company's name with a hyphen (`-Chef`, `-Aktie`), lower case. */
  germanCompounds: Set<string>;
}

/** Words ending in one of `endings`. */
const endingIn = (endings: string[]): RegExp => new RegExp(`(?:${endings.join('|')})$`, 'u');

type Entry = [string, string, number];

let cached: CompanyLexicon | null = null;

export function companyLexicon(): CompanyLexicon {
  if (cached) return cached;
  // Read here, not when the module loads: the extension's build parses the list on first read.
  // A small table of the list's first words: most capitalised words are none of them, and a miss
  // is answered there, without growing a cache of every word a page holds.
  const stored = new Map(Object.entries(data.byFirstWord as unknown as Record<string, Entry[]>));
  const read = new Map<string, KnownName[]>();
  cached = {
    byFirstWord: {
      get(first) {
        const entries = stored.get(first);
        if (!entries) return undefined;
        let names = read.get(first);
        if (!names) {
          names = entries.map(([words, canonical, ambiguous]) => ({ words: words.split(' '), canonical, ambiguous: ambiguous === 1 }));
          read.set(first, names);
        }
        return names;
      },
    },
    notCompanies: new Set(data.notCompanies),
    personTitles: new Set(data.personTitles),
    givenNames: new Set(data.firstNames),
    personNames: new Set([...data.firstNames, ...data.surnames]),
    places: new Set(data.places),
    brands: new Set(data.brands),
    germanNounNames: new Set(data.germanNounNames),
    germanDescriptors: endingIn(data.germanDescriptors),
    germanCompounds: new Set(data.germanCompounds),
  };
  return cached;
}
