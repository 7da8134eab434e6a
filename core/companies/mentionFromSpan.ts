// A company's span of tokens as a mention: the legal form after it and a possessive are part of
// the mention, not of the canonical name (`Apple Inc.'s` is a mention of `Apple`); a full stop
// that ends the sentence as well as an abbreviation (`… Morningstar, Inc.`) is the sentence's.

import type { Token } from '../text/tokenize';
import type { CompanyMention } from '../types';
import type { CompanyLexicon } from './lexicon';
import { afterLegalSuffix, afterPossessive, knownAt } from './nameTokens';
import { LEGAL_SUFFIXES } from './signals';

const DETERMINERS = new Set(['The', 'the', 'THE', 'A', 'An', 'a', 'an']);

/**
 * The mention of the company named by `tokens[from..to)`, in a sentence that ends before
 * `sentenceEnd`; its name ends by `nameTo` where the caller knows the legal form that follows.
 */
export function mentionFromSpan(
  text: string,
  tokens: Token[],
  spanStart: number,
  to: number,
  sentenceEnd: number,
  lexicon: CompanyLexicon,
  nameTo = to,
): CompanyMention {
  // `The` before a name is not part of it (`The Wall Street Journal`).
  const from = to - spanStart > 1 && DETERMINERS.has((tokens[spanStart] as Token).text) ? spanStart + 1 : spanStart;
  let end = Math.min(afterPossessive(tokens, Math.min(afterLegalSuffix(tokens, to), sentenceEnd)), sentenceEnd);
  if ((tokens[end - 1] as Token).text === '.' && end === sentenceEnd && end - 1 > from) end--;
  // The name without its legal form (`Zentrix Robotics GmbH` → `Zentrix Robotics`).
  let nameEnd = nameTo;
  while (
    nameEnd > from + 1 &&
    (LEGAL_SUFFIXES.has((tokens[nameEnd - 1] as Token).text) || /^[.,]$/.test((tokens[nameEnd - 1] as Token).text))
  )
    nameEnd--;
  const first = tokens[from] as Token;
  const known = knownAt(lexicon, tokens, from);
  const name = known && known.end === nameEnd ? known.canonical : text.slice(first.start, (tokens[nameEnd - 1] as Token).end);
  const stop = (tokens[end - 1] as Token).end;
  return { text: text.slice(first.start, stop), start: first.start, end: stop, name };
}
