// More training text from the same sentences: each document again with some of its names
// replaced by names from the typed lists (a listed company for an organisation, sometimes with a
// legal form after it; a given name and a surname for a person; a listed place for a place). The
// corpora's tweets and encyclopaedia articles seldom name the companies the news does, so without
// this the tagger cannot learn how much the lists and the legal forms say.

import type { Entity, EntityType, NerDocument } from './nerCorpora';

export interface ReplacementNames {
  companies: string[];
  givenNames: string[];
  surnames: string[];
  places: string[];
}

export interface Augmenting {
  /** Share of names replaced. */
  share: number;
  /** Share of replaced organisations given a legal form. */
  legalForms: number;
}

const LEGAL_FORMS = ['Inc.', 'Inc', 'Corp.', 'Corp', 'Ltd', 'Ltd.', 'plc', 'LLC', 'Co.', 'Group', 'Holdings', 'AG', 'SA', 'NV', 'SE'];

const titleCase = (word: string): string => word.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());

/** The document with some names replaced; entities keep their types, with their new offsets. */
export function withNamesReplaced(doc: NerDocument, names: ReplacementNames, augmenting: Augmenting, random: () => number): NerDocument {
  const pick = (list: string[]): string => list[Math.floor(random() * list.length)] as string;
  const replacement = (type: EntityType): string | null => {
    if (random() >= augmenting.share) return null;
    if (type === 'ORG') {
      const name = pick(names.companies);
      return random() < augmenting.legalForms ? `${name}${random() < 0.3 ? ',' : ''} ${pick(LEGAL_FORMS)}` : name;
    }
    if (type === 'PER')
      return random() < 0.3 ? titleCase(pick(names.surnames)) : `${titleCase(pick(names.givenNames))} ${titleCase(pick(names.surnames))}`;
    if (type === 'LOC') return titleCase(pick(names.places));
    return null;
  };
  let text = '';
  let at = 0;
  const entities: Entity[] = [];
  for (const e of [...doc.entities].sort((a, b) => a.start - b.start)) {
    text += doc.text.slice(at, e.start);
    const name = replacement(e.type) ?? doc.text.slice(e.start, e.end);
    entities.push({ type: e.type, start: text.length, end: text.length + name.length });
    text += name;
    at = e.end;
  }
  text += doc.text.slice(at);
  return { corpus: doc.corpus, id: `${doc.id}+names`, text, entities };
}
