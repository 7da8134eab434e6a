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
import { LABELS } from './entityLabels';
import { type EntityTagger, entityTagger, type StoredWeights } from './entityTagger';
import { companyLexicon } from './lexicon';
import { listedMentionReader } from './listedMentions';
import { mentionFromSpan, namesNothingAlone } from './mentionFromSpan';
import { addLongOrganisation, type LongOrganisations, longOrganisations, repeatedNameMentions } from './repeatedNames';
import { sentenceTokenRanges } from './sentenceTokens';
import { NameOpenings, shortFormMentions, withShortFormsFolded } from './shortForms';
import { emptyTaggedNames, type TaggedNames, taggedElsewhere, tallyTaggedNames } from './taggedNames';
import { tagSentence } from './tagSentence';
import { type DocumentWords, emptyDocumentWords, readDocumentWords } from './tokenFeatures';

/** Languages whose companies are read from the list, legal forms and tickers alone. */
const LISTED_LANGUAGES = new Set(['de', 'fr', 'es', 'it', 'pt', 'nl']);

type Reading = 'tagged' | 'listed' | 'none';

/**
 * How a text in `lang` (a primary BCP 47 subtag; '' when unknown) is read. Without a language, as
 * English, unless the text capitalises its nouns as German does.
 */
/** A word in capitals only, as datelines write their place. */
const DATELINE_CAPITALS = /^\p{Lu}{3,}$/u;

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
 * `finishSteps`, which is given each part's tokens twice: a first reading tags every sentence
 * knowing all of that, a second tags again the sentences whose words the first tagged elsewhere
 * in the text (taggedNames.ts), a long organisation name the first reading tagged counts wherever
 * it stands again (repeatedNames.ts), and a name that opens a company's longer name given before it
 * takes that name (shortForms.ts).
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
    if (reading === 'none') return [];
    if (reading === 'listed') {
      // Without a language, a text is read by the list only where it capitalises its nouns as German does.
      const listed = listedMentionReader(lexicon, lang === 'de' || lang === undefined);
      const mentions: CompanyMention[] = [];
      for (let part = 0; part < parts; part++) {
        const again = tokensOf(part);
        const tokens = Array.isArray(again) ? again : yield* again;
        for (const [from, to] of sentenceTokenRanges(tokens, sentences)) for (const m of listed(text, tokens, from, to)) mentions.push(m);
        yield;
      }
      return mentions;
    }
    const tagger = companyTagger();
    // The first reading: each sentence's labels, kept, and what they say about the text's words.
    const firstLabels: Uint8Array[] = [];
    const all = emptyTaggedNames();
    let work = 0;
    for (let part = 0; part < parts; part++) {
      const again = tokensOf(part);
      const tokens = Array.isArray(again) ? again : yield* again;
      for (const [from, to] of sentenceTokenRanges(tokens, sentences)) {
        const labels = tagSentence(tagger, text, tokens, from, to, lexicon, words);
        firstLabels.push(labels);
        tallyTaggedNames(all, tokens, from, labels);
        work += to - from;
        if (work >= STEP) {
          work = 0;
          yield;
        }
      }
    }
    // The second: a sentence none of whose words the first reading tagged elsewhere reads the same.
    const mentions: CompanyMention[] = [];
    const openings = new NameOpenings();
    const longNames = longOrganisations(all);
    let sentence = 0;
    for (let part = 0; part < parts; part++) {
      const again = tokensOf(part);
      const tokens = Array.isArray(again) ? again : yield* again;
      for (const [from, to] of sentenceTokenRanges(tokens, sentences)) {
        let labels = firstLabels[sentence++] as Uint8Array;
        const own = emptyTaggedNames();
        tallyTaggedNames(own, tokens, from, labels);
        if (taggedElsewhere(all, own, tokens, from, to)) labels = tagSentence(tagger, text, tokens, from, to, lexicon, words, { all, own });
        const tagged = organisations(tokens, from, to, labels, longNames);
        const repeated = repeatedNameMentions(text, tokens, from, to, tagged, longNames, lexicon);
        const named = repeated.length ? [...tagged, ...repeated].sort((a, b) => a.start - b.start) : tagged;
        const short = shortFormMentions(text, tokens, from, to, named, openings, surnamesOf(all, words), lexicon);
        const found = short.length ? [...named, ...short].sort((a, b) => a.start - b.start) : named;
        for (const mention of found) {
          mentions.push(mention);
          openings.add(mention.name);
        }
        work += to - from;
        if (work >= STEP) {
          work = 0;
          yield;
        }
      }
    }
    return withShortFormsFolded(mentions);
  }

  /** The organisations among the labels of the sentence `tokens[from..to)`; their long names join `longNames`. */
  function organisations(tokens: Token[], from: number, to: number, labels: Uint8Array, longNames: LongOrganisations): CompanyMention[] {
    const found: CompanyMention[] = [];
    for (let k = 0; k < labels.length; k++) {
      if (labels[k] !== ORG_BEGIN) continue;
      let end = k + 1;
      while (end < labels.length && labels[end] === ORG_INSIDE) end++;
      const spanText = text.slice((tokens[from + k] as Token).start, (tokens[from + end - 1] as Token).end);
      if (end - k <= 2 && namesNothingAlone(spanText)) continue;
      // A place in capitals opens a wire story (`WASHINGTON (AP) —`): a dateline, no company.
      if (end === k + 1 && DATELINE_CAPITALS.test(spanText) && lexicon.places.has(spanText.toLowerCase())) continue;
      found.push(mentionFromSpan(text, tokens, from + k, from + end, to, lexicon));
      addLongOrganisation(longNames, tokens, from + k, from + end);
      k = end - 1;
    }
    return found;
  }

  return { readSteps, finishSteps };
}

/** The words the text uses as surnames: after a given name, or ending a person's tagged name. */
function surnamesOf(tagged: TaggedNames, words: DocumentWords): { has(word: string): boolean } {
  return { has: (word) => words.surnames.has(word) || tagged.personLast.has(word) };
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
