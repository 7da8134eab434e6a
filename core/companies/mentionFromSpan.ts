// A company's span of tokens as a mention: the legal form after it and a possessive are part of
// the mention, not of the canonical name (`Apple Inc.'s` is a mention of `Apple`); a full stop
// that ends the sentence as well as an abbreviation (`… Morningstar, Inc.`) is the sentence's.

import type { Token } from '../text/tokenize';
import type { CompanyMention } from '../types';
import type { CompanyLexicon } from './lexicon';
import { afterLegalSuffix, afterPossessive, knownAt } from './nameTokens';
import { LEGAL_SUFFIXES } from './signals';

const APOSTROPHE = /^['’]$/;
/**
 * Words before a name that are not part of it: determiners, and prepositions and conjunctions
 * opening a sentence or heading (`Although Ford…`). None of them is a name alone.
 */
const NOT_OPENING_A_NAME = new Set([
  'The',
  'the',
  'THE',
  'A',
  'An',
  'a',
  'an',
  'About',
  'After',
  'Against',
  'Among',
  'Amid',
  'Before',
  'Despite',
  'From',
  'Since',
  'Under',
  'With',
  'Without',
  'Although',
  'Though',
  'While',
  'Whereas',
  'Because',
  'However',
  'Meanwhile',
  'Unless',
  'Until',
  'Whether',
]);

/** A number with a unit or a measure written onto it (`512GB`, `4K`, `3D`, `1080p`): a product's figure, no name. */
const MEASURE = /^\d+(?:[.,]\d+)?(?:[KMGT]B|[KBD]|mm|cm|p|[KMG]?Hz|k?W|mAh)$/i;

/** Whether the one token `word` can be no company's name on its own. */
export function namesNothingAlone(word: string): boolean {
  return NOT_OPENING_A_NAME.has(word) || MEASURE.test(word);
}

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
  // `The` before a name is not part of it (`The Wall Street Journal`), nor `About` opening a heading.
  const from = to - spanStart > 1 && NOT_OPENING_A_NAME.has((tokens[spanStart] as Token).text) ? spanStart + 1 : spanStart;
  let end = Math.min(afterPossessive(tokens, Math.min(afterLegalSuffix(tokens, to), sentenceEnd)), sentenceEnd);
  if ((tokens[end - 1] as Token).text === '.' && end === sentenceEnd && end - 1 > from) end--;
  // The name without its possessive or legal form (`Ford’s` → `Ford`, `Zentrix Robotics GmbH` →
  // `Zentrix Robotics`).
  let nameEnd = nameTo;
  const textAt = (k: number) => (tokens[k] as Token).text;
  while (nameEnd > from + 1) {
    const last = textAt(nameEnd - 1);
    if (last === 's' && APOSTROPHE.test(textAt(nameEnd - 2)) && !(tokens[nameEnd - 1] as Token).spaced) nameEnd -= 2;
    else if (APOSTROPHE.test(last) || LEGAL_SUFFIXES.has(last) || /^[.,]$/.test(last)) nameEnd--;
    else break;
  }
  const first = tokens[from] as Token;
  const known = knownAt(lexicon, tokens, from);
  const name = known && known.end === nameEnd ? known.canonical : text.slice(first.start, (tokens[nameEnd - 1] as Token).end);
  const stop = (tokens[end - 1] as Token).end;
  return { text: text.slice(first.start, stop), start: first.start, end: stop, name };
}
