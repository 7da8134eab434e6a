// One sentence through the tagger: its name candidates scored with their features, the names
// the list says are no company's kept out of organisations, and the labels decoded. The reading
// of a text (recogniseCompanies.ts) and training (scripts/companyTaggerTraining.ts, which tags
// its documents for the second reading) both tag through here.

import type { Token } from '../text/tokenize';
import type { EntityTagger } from './entityTagger';
import type { CompanyLexicon } from './lexicon';
import { isCapitalised, knownAt } from './nameTokens';
import { sentenceStyle } from './sentenceStyle';
import { LEGAL_SUFFIXES } from './signals';
import { contextFeatures, type DocumentWords, type FirstReading, nameCandidates } from './tokenFeatures';

/** The longest name on the list of names that are no company's, in words. */
const MAX_NOT_COMPANY_WORDS = 3;
const DETERMINERS = new Set(['The', 'This', 'That', 'These', 'Those', 'THE']);

/** The labels of `tokens[from..to)`, one a token (entityLabels.ts). */
export function tagSentence(
  tagger: EntityTagger,
  text: string,
  tokens: Token[],
  from: number,
  to: number,
  lexicon: CompanyLexicon,
  words: DocumentWords,
  first?: FirstReading,
): Uint8Array {
  const style = sentenceStyle(text.slice((tokens[from] as Token).start, (tokens[to - 1] as Token).end));
  const wanted = nameCandidates(tokens, from, to);
  return tagger.tag(
    tokens.slice(from, to).map((t) => t.text),
    (emit) => contextFeatures(text, tokens, from, to, lexicon, words, style, emit, wanted, first),
    listedNotCompanies(tokens, from, to, lexicon),
    wanted,
  );
}

/**
 * The tokens of names the list says are no company's (products, generic initialisms: `Nano
 * Banana`, `CEO`), where no known company's name starts (`Wall Street` in `Wall Street Journal`).
 * A determiner on the list may still open a name's span (`The Australian Financial Review`),
 * which the mention leaves out, and a legal form (listed alone) still ends one.
 */
function listedNotCompanies(tokens: Token[], from: number, to: number, lexicon: CompanyLexicon): Uint8Array {
  const marked = new Uint8Array(to - from);
  for (let i = from; i < to; i++) {
    // The list names products and initialisms: words with a capital (`Nano Banana`, `iPhone`).
    if (!isCapitalised(tokens[i])) continue;
    const known = knownAt(lexicon, tokens, i);
    if (known) {
      i = known.end - 1;
      continue;
    }
    let phrase = '';
    for (let w = 0; w < MAX_NOT_COMPANY_WORDS && i + w < to; w++) {
      phrase += `${w ? ' ' : ''}${(tokens[i + w] as Token).text}`;
      if (lexicon.notCompanies.has(phrase) && !(w === 0 && (DETERMINERS.has(phrase) || LEGAL_SUFFIXES.has(phrase))))
        marked.fill(1, i - from, i + w + 1 - from);
    }
  }
  return marked;
}
