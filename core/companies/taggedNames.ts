// What a first reading of a whole text tagged each capitalised word as, for the second reading:
// the same name is the same thing throughout a text, so a word tagged an organisation in three
// sentences and left alone in a fourth (`Halden said …`) is likely one there too, and a surname
// the text gave with its given name is a person's where it stands alone (`said Ford`). The
// tagger learns how much each count says (stacking: the training documents are tagged by models
// that did not learn from them, scripts/companyTaggerTraining.ts).

import type { Token } from '../text/tokenize';
import { LABELS } from './entityLabels';
import { isCapitalised } from './nameTokens';

/** The kinds counted for each word: the four kinds of name, then outside every name. */
export const NAME_KINDS = 5;
const OUTSIDE_KIND = 4;

export interface TaggedNames {
  /** Each capitalised word: how often it was tagged as part of each kind of name (NAME_KINDS). */
  kinds: Map<string, Int32Array>;
  /** First words of organisations' names of two words or more (`Halden` of `Halden Robotics`). */
  organisationFirst: Map<string, number>;
  /** Last words of people's names of two words or more (`Holt` of `Maren Holt`). */
  personLast: Map<string, number>;
  /** Names of two capitalised words or more, by their words (nameKey), to how often each kind tagged them. */
  longNames: Map<string, Int32Array>;
}

/** The key of a name by its words, as `longNames` keeps it. */
const nameKey = (words: readonly string[]): string => words.join(' ');

export function emptyTaggedNames(): TaggedNames {
  return { kinds: new Map(), organisationFirst: new Map(), personLast: new Map(), longNames: new Map() };
}

export const ORGANISATION = (LABELS.indexOf('B-ORG') - 1) >> 1;
const PERSON = (LABELS.indexOf('B-PER') - 1) >> 1;

const bump = (map: Map<string, number>, key: string): void => {
  map.set(key, (map.get(key) ?? 0) + 1);
};

/** Counts the labels of a sentence, whose first token is `tokens[from]`, into `names`. */
export function tallyTaggedNames(names: TaggedNames, tokens: Token[], from: number, labels: Uint8Array): void {
  const count = (t: Token, kind: number) => {
    let kinds = names.kinds.get(t.text);
    if (!kinds) {
      kinds = new Int32Array(NAME_KINDS);
      names.kinds.set(t.text, kinds);
    }
    kinds[kind] = (kinds[kind] as number) + 1;
  };
  for (let k = 0; k < labels.length; k++) {
    const y = labels[k] as number;
    const t = tokens[from + k] as Token;
    if (y === 0) {
      if (isCapitalised(t)) count(t, OUTSIDE_KIND);
      continue;
    }
    // A name starts at its B- label (odd); its I- labels (the next number) follow.
    let end = k + 1;
    while (end < labels.length && labels[end] === y + 1) end++;
    const kind = (y - 1) >> 1;
    let words = 0;
    let first: Token | undefined;
    let last: Token | undefined;
    for (let j = k; j < end; j++) {
      const w = tokens[from + j] as Token;
      if (!isCapitalised(w)) continue;
      count(w, kind);
      first ??= w;
      last = w;
      words++;
    }
    if (words > 1 && first && last) {
      const key = nameKey(tokens.slice(from + k, from + end).map((w) => w.text));
      let kinds = names.longNames.get(key);
      if (!kinds) {
        kinds = new Int32Array(NAME_KINDS);
        names.longNames.set(key, kinds);
      }
      kinds[kind] = (kinds[kind] as number) + 1;
      if (kind === ORGANISATION) bump(names.organisationFirst, first.text);
      if (kind === PERSON) bump(names.personLast, last.text);
    }
    k = end - 1;
  }
}

/** The counts of `all` less those of `own` (the sentence being tagged says nothing of itself). */
export function otherKinds(all: TaggedNames, own: TaggedNames, word: string, into: Int32Array): boolean {
  const total = all.kinds.get(word);
  if (!total) return false;
  const mine = own.kinds.get(word);
  let any = false;
  for (let x = 0; x < NAME_KINDS; x++) {
    into[x] = (total[x] as number) - ((mine?.[x] as number | undefined) ?? 0);
    if ((into[x] as number) > 0) any = true;
  }
  return any;
}

/** How often `word` stands in `map` outside the sentence being tagged. */
export function otherCount(all: Map<string, number>, own: Map<string, number>, word: string): number {
  return (all.get(word) ?? 0) - (own.get(word) ?? 0);
}

/** Whether a capitalised word of the sentence `tokens[from..to)` was tagged in another sentence. */
export function taggedElsewhere(all: TaggedNames, own: TaggedNames, tokens: Token[], from: number, to: number): boolean {
  const others = new Int32Array(NAME_KINDS);
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (!isCapitalised(t)) continue;
    if (otherKinds(all, own, t.text, others)) return true;
    if (otherCount(all.organisationFirst, own.organisationFirst, t.text) > 0) return true;
    if (otherCount(all.personLast, own.personLast, t.text) > 0) return true;
  }
  return false;
}
