// Companies in plain text: names from the company list, and capitalised names the sentence
// marks as companies (a legal form, a company-like last word, a ticker, `shares of`,
// `chief executive of`). People, places, products and generic acronyms are left out.
// Each mention carries its canonical name; a possessive is part of the mention, not the name.

import { sentenceIndexAt } from '../text/sentenceIndex';
import { splitSentences } from '../text/sentences';
import { type Token, tokenize } from '../text/tokenize';
import type { CompanyMention, Span } from '../types';
import { type CompanyLexicon, companyLexicon } from './lexicon';
import { AFTER, BEFORE, COMPANY_HEADS, EXCHANGES, LEGAL_SUFFIXES } from './signals';

const CONNECTORS = new Set(['&', 'of', 'de', 'du', 'la', 'von', 'van', 'der', '-', '.']);
const MAX_NAME_WORDS = 6;
/** Legal forms written with a full stop that belongs to them (`Inc.`), unlike `AG` or `plc`. */
const ABBREVIATED_SUFFIXES = new Set(['Inc', 'Corp', 'Ltd', 'Co', 'Cos', 'Bhd', 'Pte', 'Pty']);

/** Two to six capitals (digits and & allowed after the first): SEC, IMF, AT&T, 3M is not. */
const INITIALISM = /^(?![QH]\d|FY)\p{Lu}[\p{Lu}\d&]{1,5}$/u;
const CALENDAR =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

const CAMEL_CASE = /^\p{Lu}\p{Ll}+\p{Lu}[\p{L}\d]*$/u;
/** Words that open place names and descriptions, not organisations' names (North America, Other OTC). */
const NOT_NAME_OPENERS = new Set([
  'North',
  'South',
  'East',
  'West',
  'Northern',
  'Southern',
  'Eastern',
  'Western',
  'Central',
  'Latin',
  'Other',
  'The',
  'New',
  'Upper',
  'Lower',
  'Greater',
]);

/** Last words of place names: streets, islands, ports, regions. */
const PLACE_HEADS =
  /^(?:Street|St|Road|Avenue|Ave|Boulevard|Lane|Square|Circle|Island|Islands|Bay|River|Lake|Mountain|Mountains|Valley|Park|Airport|Terminal|Station|Port|Harbour|Harbor|County|Province|State|City|District|Region|Coast|Beach|Peninsula)$/;

type SentenceStyle = 'prose' | 'headline' | 'shouted';

/**
 * How a sentence is written: a title-case headline capitalises most words, a shouted line writes
 * them all in capitals; in either, capitals say nothing about names.
 */
function sentenceStyle(sentence: string): SentenceStyle {
  const words = sentence.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length < 4) return 'prose';
  const upper = words.filter((w) => /^\p{Lu}+$/u.test(w) && w.length > 1).length;
  if (upper > words.length * 0.6) return 'shouted';
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised > words.length * 0.6 ? 'headline' : 'prose';
}

function isCapitalised(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && /^(?:\p{Lu}|\p{Ll}\p{Lu})/u.test(t.text);
}

/** Token index after a possessive `'s` / `’s` that follows token `end - 1`, else `end`. */
function afterPossessive(tokens: Token[], end: number): number {
  const apostrophe = tokens[end];
  const s = tokens[end + 1];
  if (apostrophe && s && !apostrophe.spaced && !s.spaced && /^['’]$/.test(apostrophe.text) && s.text === 's') return end + 2;
  if (apostrophe && !apostrophe.spaced && /^['’]$/.test(apostrophe.text) && tokens[end - 1]?.text.endsWith('s')) return end + 1;
  return end;
}

/** Index after a legal form following `end` (`Inc.`, `Co., Ltd.`), else `end`. */
function afterLegalSuffix(tokens: Token[], end: number): number {
  let j = end;
  if (tokens[j]?.text === ',' && LEGAL_SUFFIXES.has(tokens[j + 1]?.text ?? '')) j++;
  while (LEGAL_SUFFIXES.has(tokens[j]?.text ?? '')) {
    const abbreviated = ABBREVIATED_SUFFIXES.has(tokens[j]?.text ?? '');
    j++;
    if (abbreviated && tokens[j]?.text === '.' && !tokens[j]?.spaced) j++;
  }
  return j;
}

/** `(NASDAQ: AAPL)` or `(AAPL.O)` right after the name. */
function followedByTicker(tokens: Token[], end: number): boolean {
  if (tokens[end]?.text !== '(') return false;
  const a = tokens[end + 1];
  if (a && EXCHANGES.has(a.text) && tokens[end + 2]?.text === ':') return true;
  return !!a && /^\p{Lu}{1,5}$/u.test(a.text) && (tokens[end + 2]?.text === ')' || tokens[end + 2]?.text === '.');
}

function knownAt(lexicon: CompanyLexicon, tokens: Token[], i: number): { end: number; canonical: string; ambiguous: boolean } | null {
  const token = tokens[i];
  const candidates = token && lexicon.byFirstWord.get(token.text);
  if (!candidates) return null;
  for (const name of candidates) {
    let k = 0;
    while (k < name.words.length && tokens[i + k]?.text === name.words[k]) k++;
    // A known name must end at a word boundary: `Meta` not in `Metaverse`, `Arm` not in `Arm-wrestling`.
    if (k === name.words.length) return { end: i + k, canonical: name.canonical, ambiguous: name.ambiguous };
  }
  return null;
}

export function recogniseCompanies(
  text: string,
  tokens: Token[] = tokenize(text),
  sentences: Span[] = splitSentences(text),
): CompanyMention[] {
  const lexicon = companyLexicon();
  const sentenceStarts = new Set(sentences.map((s) => s.start));
  const styles = sentences.map((s) => sentenceStyle(s.text));
  const styleAt = (offset: number): SentenceStyle => styles[sentenceIndexAt(sentences, offset)] ?? 'prose';
  const mentions: CompanyMention[] = [];
  // Everyday-word names opening a sentence, held until we know whether the text names the same
  // company elsewhere without doubt (one sense per discourse).
  const held: Array<{ mention: CompanyMention; index: number }> = [];

  const signalled = (start: number, end: number, endTok: number): boolean =>
    BEFORE.test(text.slice(Math.max(0, start - 40), start)) ||
    AFTER.test(text.slice(end, end + 30)) ||
    followedByTicker(tokens, endTok) ||
    afterLegalSuffix(tokens, endTok) > endTok;

  const push = (i: number, nameEnd: number, canonical: string): number => {
    const withSuffix = afterLegalSuffix(tokens, nameEnd);
    const end = afterPossessive(tokens, withSuffix);
    const first = tokens[i] as Token;
    const last = tokens[end - 1] as Token;
    mentions.push({ text: text.slice(first.start, last.end), start: first.start, end: last.end, name: canonical });
    return end;
  };

  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i] as Token;
    if (!isCapitalised(t) && !(t.kind === 'num' && isCapitalised(tokens[i + 1]) && !tokens[i + 1]?.spaced)) {
      i++;
      continue;
    }
    const sentenceStart = sentenceStarts.has(t.start);
    const known = knownAt(lexicon, tokens, i);
    if (known) {
      // An everyday word opening a sentence ("Shell", "Apple") needs a signal; a possessive is one.
      const ok =
        !known.ambiguous ||
        !sentenceStart ||
        afterPossessive(tokens, known.end) > known.end ||
        signalled(t.start, (tokens[known.end - 1] as Token).end, known.end);
      if (ok) {
        // A known name followed by a company word names a company of its own (Tata → Tata Chemicals).
        let end = known.end;
        while (COMPANY_HEADS.has(tokens[end]?.text ?? '') && tokens[end]?.spaced) end++;
        i = end > known.end ? push(i, end, text.slice(t.start, (tokens[end - 1] as Token).end)) : push(i, known.end, known.canonical);
        continue;
      }
      const end = afterPossessive(tokens, afterLegalSuffix(tokens, known.end));
      const last = tokens[end - 1] as Token;
      held.push({
        mention: { text: text.slice(t.start, last.end), start: t.start, end: last.end, name: known.canonical },
        index: mentions.length,
      });
      i = end;
      continue;
    }
    // A capitalised name: words joined by connectors, stopping before a legal form.
    let end = i + 1;
    while (end < tokens.length && end - i < MAX_NAME_WORDS) {
      const next = tokens[end] as Token;
      if (LEGAL_SUFFIXES.has(next.text) && end > i) break;
      // A known name further on starts a mention of its own ("Shares of Apple Inc.").
      if (knownAt(lexicon, tokens, end) || (CONNECTORS.has(next.text) && knownAt(lexicon, tokens, end + 1))) break;
      // Words of a name are spaced apart, except after a leading number (3D Systems, 7-Eleven).
      if (isCapitalised(next) && (next.spaced || (end === i + 1 && t.kind === 'num'))) {
        end++;
        continue;
      }
      // A hyphen joins a name only when written tight (Wal-Mart); spaced, it is a dash between phrases.
      const tight = next.text !== '-' || (!next.spaced && !tokens[end + 1]?.spaced);
      if (CONNECTORS.has(next.text) && isCapitalised(tokens[end + 1]) && next.text !== '.' && tight) {
        end += 2;
        continue;
      }
      break;
    }
    const words = tokens.slice(i, end).map((x) => x.text);
    const name = text.slice(t.start, (tokens[end - 1] as Token).end);
    const head = words[words.length - 1] as string;
    const vetoed =
      lexicon.notCompanies.has(name) ||
      lexicon.notCompanies.has(words[0] as string) ||
      lexicon.places.has(name.toLowerCase()) ||
      (words.length <= 3 && lexicon.firstNames.has((words[0] as string).toLowerCase()) && !COMPANY_HEADS.has(head)) ||
      words.some((w) => lexicon.personTitles.has(w) || CALENDAR.test(w)) ||
      /^\p{Lu}$/u.test(name);
    const style = styleAt(t.start);
    // An initialism in running text (SEC, IMF, LSE) names an organisation; generic ones
    // (CEO, GDP, ETF) are listed as not companies. Not in a shouted, all-caps line.
    const initialism = words.length === 1 && INITIALISM.test(name) && style === 'prose';
    // Two or more capitalised words inside a sentence, not a person, place, title or date, name
    // an organisation (Sports Direct, Motley Fool) in the news. Not in a title-case headline.
    const properName =
      words.length >= 2 &&
      !sentenceStart &&
      style === 'prose' &&
      words.some((w) => /\p{Ll}/u.test(w)) &&
      !NOT_NAME_OPENERS.has(words[0] as string) &&
      !PLACE_HEADS.test(words[words.length - 1] as string) &&
      !words.some((w) => /^\p{Lu}$/u.test(w));
    // A word with a capital inside (AdRoll, ForeScout, WaterHealth) is a brand's spelling.
    const camelCase = words.length === 1 && CAMEL_CASE.test(name);
    const companyLike =
      !vetoed &&
      ((words.length >= 2 && COMPANY_HEADS.has(head)) ||
        signalled(t.start, (tokens[end - 1] as Token).end, end) ||
        initialism ||
        properName ||
        camelCase) &&
      !(
        sentenceStart &&
        words.length === 1 &&
        !initialism &&
        !camelCase &&
        afterLegalSuffix(tokens, end) === end &&
        !followedByTicker(tokens, end)
      );
    if (companyLike) {
      i = push(i, end, name);
      continue;
    }
    // A sentence's first word may be an ordinary word before a name ("Shares of Acme Widgets"):
    // read on from the next word.
    i = sentenceStart ? i + 1 : end;
  }
  const sure = new Set(mentions.map((m) => m.name));
  for (let k = held.length - 1; k >= 0; k--) {
    const { mention, index } = held[k] as { mention: CompanyMention; index: number };
    if (sure.has(mention.name)) mentions.splice(index, 0, mention);
  }
  return mentions;
}

/**
 * The span of the name alone: without a trailing possessive (`OpenAI's` → `OpenAI`) or the full
 * stop of an abbreviated legal form (`Morningstar, Inc.` → `Morningstar, Inc`), which may also
 * end the sentence.
 */
export function nameSpan(mention: CompanyMention): { text: string; start: number; end: number } {
  const tail = /(?:['’]s|(?<=s)['’]|\.)$/.exec(mention.text);
  const cut = tail ? tail[0].length : 0;
  return { text: mention.text.slice(0, mention.text.length - cut), start: mention.start, end: mention.end - cut };
}
