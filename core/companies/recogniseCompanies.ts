// Companies in plain text. In English a trained sequence labeller (entityTagger.ts, features in
// tokenFeatures.ts) tags each sentence's organisations, people, places and other names; its
// organisations are the company mentions. In German, French, Spanish, Italian, Portuguese and
// Dutch only listed names, legal forms and tickers count (listedMentions.ts); in any other
// language, or where the language is unknown, no company is named rather than a wrong one.
// Each mention carries its canonical name; a possessive is part of the mention, not the name.

import weights from '../data/companyTagger.json';
import { runToEnd, STEP, type Steps } from '../steps';
import { capitalisesNouns } from '../text/capitalisesNouns';
import { splitSentences } from '../text/sentences';
import { type Token, tokenize } from '../text/tokenize';
import type { CompanyMention, Span } from '../types';
import { type EntityTagger, entityTagger, LABELS, type StoredWeights } from './entityTagger';
import { companyLexicon } from './lexicon';
import { listedMentionReader } from './listedMentions';
import { mentionFromSpan } from './mentionFromSpan';
import { isCapitalised, knownAt } from './nameTokens';
import { sentenceStyle } from './sentenceStyle';
import { sentenceTokenRanges } from './sentenceTokens';
import { LEGAL_SUFFIXES } from './signals';
import { contextFeatures, emptyDocumentWords, nameCandidates, readDocumentWords } from './tokenFeatures';

/** Languages whose companies are read from the list, legal forms and tickers alone. */
const LISTED_LANGUAGES = new Set(['de', 'fr', 'es', 'it', 'pt', 'nl']);

type Reading = 'tagged' | 'listed' | 'none';

/**
 * How a text in `lang` (a primary BCP 47 subtag; '' when unknown) is read. Without a language, as
 * English, unless the text capitalises its nouns as German does.
 */
function readingFor(lang: string | undefined, text: string): Reading {
  if (lang === undefined) return capitalisesNouns(text) ? 'listed' : 'tagged';
  if (lang === 'en') return 'tagged';
  return LISTED_LANGUAGES.has(lang) ? 'listed' : 'none';
}

let tagger: EntityTagger | null = null;
/** The tagger with the committed weights, built on first use. */
function companyTagger(): EntityTagger {
  tagger ??= entityTagger(weights as StoredWeights, companyLexicon());
  return tagger;
}

/** The longest name on the list of names that are no company's, in words. */
const MAX_NOT_COMPANY_WORDS = 3;
const DETERMINERS = new Set(['The', 'This', 'That', 'These', 'Those', 'THE']);
const ORG_BEGIN = LABELS.indexOf('B-ORG');
const ORG_INSIDE = LABELS.indexOf('I-ORG');

export function recogniseCompanies(
  text: string,
  tokens: Token[] = tokenize(text),
  sentences: Span[] = splitSentences(text),
  lang?: string,
): CompanyMention[] {
  const reading = companyReading(text, sentences, lang);
  runToEnd(reading.readSteps(tokens));
  return runToEnd(reading.finishSteps(1, () => tokens));
}

/**
 * Reading a text's companies a part of its tokens at a time, so a very long article's tokens need
 * not all be kept at once: `readSteps` for each part in text order, which learns what the text
 * says about its words (written in lower case somewhere, marked as a company somewhere), then
 * `finishSteps`, which is given each part's tokens again and tags them knowing all of it.
 */
export function companyReading(
  text: string,
  sentences: Span[],
  lang?: string,
): {
  readSteps(tokens: Token[]): Steps<void>;
  finishSteps(parts: number, tokensOf: (part: number) => Token[] | Steps<Token[]>): Steps<CompanyMention[]>;
} {
  const reading = readingFor(lang, text);
  const lexicon = companyLexicon();
  const words = emptyDocumentWords();

  function* readSteps(tokens: Token[]): Steps<void> {
    if (reading !== 'tagged') return;
    let work = 0;
    for (const [from, to] of sentenceTokenRanges(tokens, sentences)) {
      readDocumentWords(text, tokens, from, to, lexicon, words);
      work += to - from;
      if (work >= STEP) {
        work = 0;
        yield;
      }
    }
  }

  function* finishSteps(parts: number, tokensOf: (part: number) => Token[] | Steps<Token[]>): Steps<CompanyMention[]> {
    const mentions: CompanyMention[] = [];
    if (reading === 'none') return mentions;
    const listed = reading === 'listed' ? listedMentionReader(lexicon) : null;
    for (let part = 0; part < parts; part++) {
      const again = tokensOf(part);
      const tokens = Array.isArray(again) ? again : yield* again;
      let work = 0;
      for (const [from, to] of sentenceTokenRanges(tokens, sentences)) {
        if (listed) for (const mention of listed(text, tokens, from, to)) mentions.push(mention);
        else for (const mention of taggedMentions(text, tokens, from, to)) mentions.push(mention);
        work += to - from;
        if (work >= STEP) {
          work = 0;
          yield;
        }
      }
    }
    return mentions;
  }

  /** The organisations the tagger finds in the sentence `tokens[from..to)`. */
  function taggedMentions(text: string, tokens: Token[], from: number, to: number): CompanyMention[] {
    const style = sentenceStyle(text.slice((tokens[from] as Token).start, (tokens[to - 1] as Token).end));
    const sentence = tokens.slice(from, to);
    const wanted = nameCandidates(tokens, from, to);
    const labels = companyTagger().tag(
      sentence.map((t) => t.text),
      (emit) => contextFeatures(text, tokens, from, to, lexicon, words, style, emit, wanted),
      listedNotCompanies(tokens, from, to),
      wanted,
    );
    const found: CompanyMention[] = [];
    for (let k = 0; k < labels.length; k++) {
      if (labels[k] !== ORG_BEGIN) continue;
      let end = k + 1;
      while (end < labels.length && labels[end] === ORG_INSIDE) end++;
      found.push(mentionFromSpan(text, tokens, from + k, from + end, to, lexicon));
      k = end - 1;
    }
    return found;
  }

  /**
   * The tokens of names the list says are no company's (products, generic initialisms: `Nano
   * Banana`, `CEO`), where no known company's name starts (`Wall Street` in `Wall Street Journal`).
   * A determiner on the list may still open a name's span (`The Australian Financial Review`),
   * which the mention leaves out, and a legal form (listed alone) still ends one.
   */
  function listedNotCompanies(tokens: Token[], from: number, to: number): Uint8Array {
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

  return { readSteps, finishSteps };
}

/**
 * The span of the name alone: without a trailing possessive (`OpenAI's` → `OpenAI`), which the
 * popup counts under the company's name.
 */
export function nameSpan(mention: CompanyMention): { text: string; start: number; end: number } {
  const tail = /(?:['’]s|(?<=s)['’])$/.exec(mention.text);
  const cut = tail ? tail[0].length : 0;
  return { text: mention.text.slice(0, mention.text.length - cut), start: mention.start, end: mention.end - cut };
}
