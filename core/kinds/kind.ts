// A kind of highlight: what Lede marks on the page and lists in the popup. Everything that
// differs from one kind to the next is a field here, so the page's highlights, the settings, the
// stylesheet, the popup, `reveal` and the CLI loop over the registry (registry.ts) instead of
// naming kinds one by one.

import type { Span } from '../types';

/** Finds a kind's spans in the article's text: for kinds the company and figure recognisers do not read. */
export type OwnRecogniser = (text: string, sentences: readonly Span[]) => Span[];

export interface Kind {
  /** Names its highlight (`lede-<id>`), its marks (`data-lede-mark="<id>"`), its colours (`--lede-<id>-bg`) and its setting. */
  readonly id: string;
  /** What finds it: the company reading, the figure grammar (figures of kind `id`), or a recogniser of its own. */
  readonly recogniser: 'companies' | 'figures' | OwnRecogniser;
  /** The highlight's default background, `#rrggbb`; the text colour on it is chosen for contrast. */
  readonly colour: string;
  /** The `_locales` message that names it to the reader. */
  readonly label: string;
  /** Where the popup lists it: with the companies, with the figures, or in a section of its own. */
  readonly section: 'companies' | 'figures' | 'own';
}

export function hasOwnRecogniser(kind: Kind): kind is Kind & { recogniser: OwnRecogniser } {
  return typeof kind.recogniser === 'function';
}
