// Companies in plain text: names from the company list, and capitalised names the sentence
// marks as companies (a legal form, a company-like last word, a ticker, `shares of`,
// `chief executive of`). People, places, products and generic acronyms are left out.
// Each mention carries its canonical name; a possessive is part of the mention, not the name.

import { runToEnd, STEP, type Steps } from '../steps';
import { capitalisesNouns } from '../text/capitalisesNouns';
import { sentenceIndexAt } from '../text/sentenceIndex';
import { splitSentences } from '../text/sentences';
import { lineBreakBefore, type Token, tokenize } from '../text/tokenize';
import type { CompanyMention, Span } from '../types';
import { type CompanyLexicon, companyLexicon } from './lexicon';
import { foundNamesSteps, moreMentionsSteps } from './moreMentions';
import { afterLegalSuffix, afterPossessive, exchangeSuffixEnd, isCapitalised, knownAt, quarterAt } from './nameTokens';
import { type SentenceStyle, sentenceStyle } from './sentenceStyle';
import { ACTS_AS_COMPANY, AFTER, BEFORE, COMPANY_HEADS, DESCRIBED_AS, EXCHANGES, LEGAL_SUFFIXES } from './signals';

const CONNECTORS = new Set(['&', 'of', 'for', 'de', 'du', 'la', 'von', 'van', 'der', '-', '.']);
const MAX_NAME_WORDS = 6;

/** Two to six capitals (digits and & allowed after the first): SEC, IMF, AT&T, 3M is not. */
const INITIALISM = /^(?![QH]\d|FY|\d?[1-4]Q\d)\p{Lu}[\p{Lu}\d&]{1,5}$/u;
const CALENDAR =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/i;

/**
 * Words that open a byline, a dateline or the next sentence of a heading or caption run on after
 * a name (`Daily Guide By …`, `MAIL TRIBUNE Published …`, `Zignal Labs Founded in 2011 …`).
 */
const BYLINE_WORDS = new Set(['By', 'Published', 'Updated', 'Posted', 'Founded']);

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
  'Port',
  'Fort',
  'Mount',
  'Cape',
  'Lake',
  'San',
  'Santa',
  'Los',
  'Las',
]);

const DETERMINERS = new Set(['The', 'This', 'That', 'These', 'Those', 'A', 'An', 'THE', 'Der', 'Die', 'Das', 'Den', 'Dem', 'Des']);
/** Words opening a sentence or a heading before a name that are not part of it (About Acme Corp). */
const OPENING_WORDS = new Set(['About', 'After', 'Before', 'For', 'From', 'With', 'Without', 'Among', 'Unlike', 'Despite']);

/** Last words of the names of laws, events, awards, products and documents, not organisations. */
const NOT_ORG_HEADS =
  /^(?:Act|Bill|Law|Clause|Amendment|Treaty|Award|Awards|Prize|Weekend|Summit|Conference|Festival|Gala|Platform|Program|Programme|Scheme|Report|Survey|Day|Week|Month|Season|Cup|Archive|Photo|Photos|Index)$/;

/** Last words of place names: streets, islands, ports, regions. */
const PLACE_HEADS =
  /^(?:Street|St|Road|Avenue|Ave|Boulevard|Lane|Square|Circle|Island|Islands|Bay|River|Lake|Mountain|Mountains|Valley|Park|Airport|Terminal|Station|Port|Harbour|Harbor|County|Province|State|City|District|Region|Coast|Beach|Peninsula)$/;

/**
 * `(NASDAQ: AAPL)` or, unless `exchangeOnly`, `(AAPL.O)` or `(AAPL)` right after the name. German
 * puts its nouns' abbreviations in brackets so (`Telematikinfrastruktur (TI)`): there only the
 * exchange's name makes a ticker.
 */
function followedByTicker(tokens: Token[], end: number, exchangeOnly: boolean): boolean {
  if (tokens[end]?.text !== '(') return false;
  const a = tokens[end + 1];
  if (a && EXCHANGES.has(a.text) && tokens[end + 2]?.text === ':') return true;
  if (exchangeOnly || !a || !/^\p{Lu}{1,5}$/u.test(a.text) || !(tokens[end + 2]?.text === ')' || tokens[end + 2]?.text === '.'))
    return false;
  // Letters spelling the initials of the words before are an abbreviation, not a ticker:
  // Customer Engagement Platform (CEP).
  let initials = '';
  for (let k = end - 1; k >= 0 && initials.length < a.text.length && isCapitalised(tokens[k]); k--) {
    initials = (tokens[k] as Token).text[0] + initials;
  }
  return initials !== a.text;
}

/**
 * A known name right after a first name or a title is a surname (Tony Abbott, Mr Ford); an
 * everyday-word name right after another capitalised word ends a different name (White House).
 */
function namesPerson(lexicon: CompanyLexicon, tokens: Token[], i: number, ambiguous: boolean, sentenceStarts: Set<number>): boolean {
  const before = tokens[i - 1];
  if (!before || !tokens[i]?.spaced || !isCapitalised(before) || CALENDAR.test(before.text)) return false;
  if (lexicon.personTitles.has(before.text) || lexicon.personNames.has(before.text.toLowerCase())) return true;
  if (lexicon.notCompanies.has(before.text)) return false;
  return ambiguous && !sentenceStarts.has(before.start) && !knownAt(lexicon, tokens, i - 1);
}

/**
 * A run of capitalised words that ends in a given name and a surname is a person with a title or
 * a place before them (Administrator Jim Bridenstine, Ukraine Kurt Volker), unless a company's
 * last word or legal form follows.
 */
function endsWithPerson(lexicon: CompanyLexicon, words: string[], tokens: Token[], end: number): boolean {
  const head = words[words.length - 1] as string;
  return (
    words.length >= 3 &&
    words.length <= 5 &&
    lexicon.givenNames.has((words[words.length - 2] as string).toLowerCase()) &&
    !COMPANY_HEADS.has(head) &&
    !INSTITUTION_HEADS.test(head) &&
    afterLegalSuffix(tokens, end) === end
  );
}

/** Quotation marks and brackets that may open a sentence, and the space after them. */
const OPENING_MARKS = /^["'“‘«„‚([]+\s*/u;

/** Last words of institutions' names. */
const INSTITUTION_HEADS =
  /^(?:Commission|Exchange|Association|Authority|Council|Institute|Board|Bureau|Agency|Committee|Department|Ministry|Foundation|Society|Federation|Organisation|Organization|Corporation|Service|Services|Industry|Development|Club|University|College|Party|Fund)$/;

/**
 * Where the second half of an `A and B` name ends, if B (up to four capitalised words, no known
 * name) ends with an institution's or company's last word or a legal form; else 0.
 */
function secondHalfEnd(lexicon: CompanyLexicon, tokens: Token[], from: number): number {
  let j = from;
  while (j < from + 4 && isCapitalised(tokens[j]) && tokens[j]?.spaced && !knownAt(lexicon, tokens, j)) j++;
  if (j === from) return 0;
  const last = tokens[j - 1]?.text ?? '';
  return INSTITUTION_HEADS.test(last) || COMPANY_HEADS.has(last) || afterLegalSuffix(tokens, j) > j ? j : 0;
}

/**
 * Whether the initialism at `i` is introduced as short for the capitalised phrase before it,
 * `Phrase Words (PW)` or `Phrase Words, or PW`, when that phrase was not read as a company.
 */
function abbreviatesPhrase(tokens: Token[], i: number, mentions: CompanyMention[]): boolean {
  let j = i - 1;
  if (tokens[j]?.text === '(') j--;
  else if (tokens[j]?.text === 'or' && tokens[j - 1]?.text === ',') j -= 2;
  else return false;
  const last = tokens[j];
  if (!last || !isCapitalised(last) || !isCapitalised(tokens[j - 1])) return false;
  const previous = mentions[mentions.length - 1];
  return !previous || previous.end < last.end;
}

/**
 * Whether the initialism at `i` is introduced in brackets right after a company's mention, as its
 * short form: `Ökotierzucht gGmbH (ÖTZ)`.
 */
function abbreviatesMention(tokens: Token[], i: number, mentions: CompanyMention[]): boolean {
  const previous = mentions[mentions.length - 1];
  return tokens[i - 1]?.text === '(' && previous !== undefined && previous.end === tokens[i - 2]?.end;
}

/** Index after `.com` (or another common top-level domain) written tight after the name, else `end`. */
function webAddressEnd(tokens: Token[], end: number): number {
  const dot = tokens[end];
  const tld = tokens[end + 1];
  if (dot?.text !== '.' || dot.spaced || !tld || tld.spaced || !/^(?:com|net|org|io|co)$/.test(tld.text)) return end;
  // A country's domain after it: Fool.co.uk, Finder.com.au.
  const country = tokens[end + 2]?.text === '.' && !tokens[end + 2]?.spaced && /^[a-z]{2}$/.test(tokens[end + 3]?.text ?? '');
  const stop = country ? end + 4 : end + 2;
  const after = tokens[stop];
  return after && !after.spaced && after.kind === 'word' ? end : stop;
}

/** A number of three or more digits naming a company with a company word (361 Capital); not a date. */
function numberBeforeHead(tokens: Token[], i: number): boolean {
  return /^\d{3,}$/.test(tokens[i]?.text ?? '') && COMPANY_HEADS.has(tokens[i + 1]?.text ?? '');
}

/** Words after a name that make it a stock index, not a company (Nasdaq Composite, Nikkei 225 Stock Average). */
const INDEX_WORDS = /^(?:Index|Composite|Average|Rank|index)$/;
function namesIndex(tokens: Token[], end: number): boolean {
  const word = (k: number): boolean => INDEX_WORDS.test(tokens[k]?.text ?? '');
  // After the index's number, one more word may come first (Nikkei 225 Stock Average).
  return word(end) || word(end + 1) || (tokens[end]?.kind === 'num' && word(end + 2));
}

/** A number right after a name the list does not know makes an index or a product of it (Euro Stoxx 50, Gemini 3). */
function numberedAfter(tokens: Token[], end: number): boolean {
  const number = tokens[end];
  return (
    !!number &&
    number.kind === 'num' &&
    number.spaced &&
    /^\d{1,4}$/.test(number.text) &&
    !/^(?:19|20)\d\d$/.test(number.text) &&
    !isCapitalised(tokens[end + 1])
  );
}

export function recogniseCompanies(
  text: string,
  tokens: Token[] = tokenize(text),
  sentences: Span[] = splitSentences(text),
): CompanyMention[] {
  return runToEnd(recogniseCompaniesSteps(text, tokens, sentences));
}

/** Companies in a text whose tokens are all at hand. */
function* recogniseCompaniesSteps(text: string, tokens: Token[], sentences: Span[]): Steps<CompanyMention[]> {
  const reading = companyReading(text, sentences);
  yield* reading.readSteps(tokens);
  return yield* reading.finishSteps(1, () => tokens);
}

/**
 * Reading a text's companies a part of its tokens at a time, so a very long article's tokens need
 * not all be kept at once: `readSteps` for each part in text order, then `finishSteps`, which is
 * given each part's tokens again to find the mentions the first reading misses. What one part
 * teaches (the names the text has used, the initialisms it has spelled out) holds for the next.
 */
export function companyReading(
  text: string,
  sentences: Span[],
): {
  readSteps(tokens: Token[]): Steps<void>;
  finishSteps(parts: number, tokensOf: (part: number) => Token[] | Steps<Token[]>): Steps<CompanyMention[]>;
} {
  const lexicon = companyLexicon();
  // A sentence that opens with a quotation mark or a bracket starts again at its first word
  // (“Although Berm residents …”).
  const sentenceStarts = new Set<number>();
  for (const s of sentences) {
    sentenceStarts.add(s.start);
    const marks = OPENING_MARKS.exec(s.text)?.[0].length ?? 0;
    if (marks > 0) sentenceStarts.add(s.start + marks);
  }
  // Each sentence's style is read when a name in it needs it, once.
  const styles: Array<SentenceStyle | undefined> = [];
  const styleAt = (offset: number): SentenceStyle => {
    const index = sentenceIndexAt(sentences, offset);
    const sentence = sentences[index];
    if (!sentence) return 'prose';
    styles[index] ??= sentenceStyle(sentence.text);
    return styles[index];
  };
  // Where every noun has a capital, capitals alone do not make a name.
  const nounsCapitalised = capitalisesNouns(text);
  const mentions: CompanyMention[] = [];
  const notNames = new Set<string>();
  // Initialisms read as companies, which stay companies wherever the text uses them again.
  const companyInitialisms = new Set<string>();
  // Everyday-word names opening a sentence, held until we know whether the text names the same
  // company elsewhere without doubt (one sense per discourse).
  const held: Array<{ mention: CompanyMention; index: number }> = [];

  function* readSteps(tokens: Token[]): Steps<void> {
    // The main loop asks again about the tokens after a name; each is looked up once.
    const knownAtToken: Array<ReturnType<typeof knownAt> | undefined> = [];
    const known = (at: number): ReturnType<typeof knownAt> => {
      let found = knownAtToken[at];
      if (found === undefined) {
        found = knownAt(lexicon, tokens, at);
        knownAtToken[at] = found;
      }
      return found;
    };

    /** The text after the token before `endTok`, up to `chars` characters. */
    const textAfter = (endTok: number, chars: number): string => {
      const end = (tokens[endTok - 1] as Token).end;
      return text.slice(end, end + chars);
    };

    const signalled = (start: number, end: number, endTok: number): boolean =>
      BEFORE.test(text.slice(Math.max(0, start - 40), start)) ||
      AFTER.test(text.slice(end, end + 30)) ||
      DESCRIBED_AS.test(text.slice(end, end + 140)) ||
      followedByTicker(tokens, endTok, nounsCapitalised) ||
      afterLegalSuffix(tokens, endTok) > endTok;

    /** The known name starting at `at`, when it stands on the same line as the word before it. */
    const beside = (at: number): ReturnType<typeof knownAt> =>
      tokens[at]?.spaced && !lineBreakBefore(text, tokens, at) ? known(at) : null;

    /** Whether the token at `i` stands right after a company's name, on the same line. */
    const afterName = (i: number): boolean => {
      const last = mentions[mentions.length - 1];
      const before = tokens[i - 1];
      return !!last && !!before && last.end === before.end && !!tokens[i]?.spaced && !lineBreakBefore(text, tokens, i);
    };

    const push = (i: number, nameEnd: number, canonical: string): number => {
      const withSuffix = afterLegalSuffix(tokens, nameEnd);
      const end = afterPossessive(tokens, withSuffix);
      const first = tokens[i] as Token;
      const last = tokens[end - 1] as Token;
      mentions.push({ text: text.slice(first.start, last.end), start: first.start, end: last.end, name: canonical });
      return end;
    };

    let work = 0;
    let afterOpening = -1;
    for (let i = 0; i < tokens.length; ) {
      if (++work % STEP === 0) yield;
      const t = tokens[i] as Token;
      // A number opens a name (3D Systems, 361 Capital), but not a quarter written so (2Q15).
      const numberedName =
        t.kind === 'num' &&
        isCapitalised(tokens[i + 1]) &&
        (!tokens[i + 1]?.spaced || numberBeforeHead(tokens, i)) &&
        !quarterAt(tokens, i);
      if ((!isCapitalised(t) && !numberedName) || (t.kind === 'word' && !t.spaced && quarterAt(tokens, i - 1))) {
        i++;
        continue;
      }
      // A name right after a sentence's opening word still opens the sentence.
      const sentenceStart = sentenceStarts.has(t.start) || t.start === afterOpening;
      const knownName = known(i);
      if (
        knownName &&
        afterLegalSuffix(tokens, knownName.end) === knownName.end &&
        (namesPerson(lexicon, tokens, i, knownName.ambiguous, sentenceStarts) || namesIndex(tokens, knownName.end))
      ) {
        i = knownName.end;
        continue;
      }
      if (knownName) {
        // An everyday word opening a sentence ("Shell", "Apple") needs a signal; a possessive is one.
        const ok =
          !knownName.ambiguous ||
          !sentenceStart ||
          afterPossessive(tokens, knownName.end) > knownName.end ||
          signalled(t.start, (tokens[knownName.end - 1] as Token).end, knownName.end) ||
          ACTS_AS_COMPANY.test(textAfter(knownName.end, 40));
        if (ok) {
          // A known name followed by a company word names a company of its own (Tata → Tata Chemicals).
          let end = knownName.end;
          // Two known names side by side are one company's (BHP Billiton, Northrop Grumman); not
          // everyday words (Apple, Twitter), nor names in a run of three or more, which is a list
          // (Facebook Instagram YouTube, in a share bar).
          const next = knownName.ambiguous || afterName(i) ? null : beside(end);
          if (next && !next.ambiguous && !beside(next.end)) end = next.end;
          while (COMPANY_HEADS.has(tokens[end]?.text ?? '') && tokens[end]?.spaced) end++;
          i =
            end > knownName.end
              ? push(i, end, text.slice(t.start, (tokens[end - 1] as Token).end))
              : push(i, knownName.end, knownName.canonical);
          continue;
        }
        const end = afterPossessive(tokens, afterLegalSuffix(tokens, knownName.end));
        const last = tokens[end - 1] as Token;
        held.push({
          mention: { text: text.slice(t.start, last.end), start: t.start, end: last.end, name: knownName.canonical },
          index: mentions.length,
        });
        i = end;
        continue;
      }
      // A company signal written with a capital ("Shares of", "Investors in", "President of")
      // stands before the name; it is not part of it.
      const connector = tokens[i + 1];
      if (
        (connector?.text === 'of' || connector?.text === 'in' || connector?.text === 'at') &&
        isCapitalised(tokens[i + 2]) &&
        BEFORE.test(`${t.text} ${connector.text}`)
      ) {
        i += 2;
        continue;
      }
      // A capitalised name: words joined by connectors, stopping before a legal form.
      let end = i + 1;
      while (end < tokens.length && end - i < MAX_NAME_WORDS) {
        const next = tokens[end] as Token;
        if (lineBreakBefore(text, tokens, end)) break;
        if (LEGAL_SUFFIXES.has(next.text) && end > i) break;
        // A known name further on starts a mention of its own ("Shares of Apple Inc.").
        if (known(end) || (CONNECTORS.has(next.text) && known(end + 1))) break;
        // An initial opens a name (T. Rowe Price).
        const wordAfterNext = isCapitalised(tokens[end + 1]) && !lineBreakBefore(text, tokens, end + 1);
        if (end === i + 1 && /^\p{Lu}$/u.test(t.text) && next.text === '.' && !next.spaced && wordAfterNext) {
          end += 2;
          continue;
        }
        // Words of a name are spaced apart, except after a leading number (3D Systems, 7-Eleven),
        // which may also stand before a company word (361 Capital).
        const afterNumber = end === i + 1 && t.kind === 'num' && (!next.spaced || numberBeforeHead(tokens, i));
        // A byline or a dateline is not part of the name before it.
        if (BYLINE_WORDS.has(next.text)) break;
        if (isCapitalised(next) && (next.spaced || afterNumber)) {
          end++;
          continue;
        }
        // "and" joins two halves of one name when the second ends as an organisation's name does
        // (Australian Competition and Consumer Commission, PTT Exploration and Production Pcl).
        const leftWhole = COMPANY_HEADS.has(tokens[end - 1]?.text ?? '') || INSTITUTION_HEADS.test(tokens[end - 1]?.text ?? '');
        const joined = next.text === 'and' && end - i >= 2 && !leftWhole ? secondHalfEnd(lexicon, tokens, end + 1) : 0;
        if (joined) {
          end = joined;
          break;
        }
        // A person's name is not joined to where they work (Andy Ballard of Figtree Partners).
        if (next.text === 'of' && end - i <= 3 && lexicon.personNames.has(t.text.toLowerCase())) break;
        // A hyphen joins a name only when written tight (Wal-Mart); spaced, it is a dash between phrases.
        const tight = next.text !== '-' || (!next.spaced && !tokens[end + 1]?.spaced);
        if (CONNECTORS.has(next.text) && wordAfterNext && next.text !== '.' && tight) {
          end += 2;
          continue;
        }
        break;
      }
      // "The" before a name is not part of it (The Australian Financial Review): read from the next word.
      if (end > i + 1 && DETERMINERS.has(t.text)) {
        i++;
        continue;
      }
      if (end > i + 1 && sentenceStart && OPENING_WORDS.has(t.text)) {
        afterOpening = (tokens[i + 1] as Token).start;
        i++;
        continue;
      }
      // A name written as its web address (Bankrate.com) is a web company's.
      const web = webAddressEnd(tokens, end);
      if (web > end && end === i + 1 && !sentenceStarts.has(t.start) && !(tokens[i - 1]?.text === '.' && !t.spaced)) {
        i = push(i, web, text.slice(t.start, (tokens[web - 1] as Token).end));
        continue;
      }
      const words = tokens.slice(i, end).map((x) => x.text);
      const name = text.slice(t.start, (tokens[end - 1] as Token).end);
      const head = words[words.length - 1] as string;
      const lastEnd = (tokens[end - 1] as Token).end;
      // An initialism in running text (SEC, IMF, LSE) names an organisation; generic ones
      // (CEO, GDP, ETF) are listed as not companies. Not in a shouted, all-caps line.
      // An initialism the text defines as short for a phrase that is not a company (Customer
      // Engagement Platform (CEP), Next Generation Weather Radar, or NEXRAD) is not one either.
      const lettersOnly = words.length === 1 && INITIALISM.test(name);
      if (lettersOnly && abbreviatesPhrase(tokens, i, mentions)) notNames.add(name);
      // `$US60` and `HK$5` are amounts in a country's dollars.
      const currency = (/^[$¢€£]$/.test(tokens[i - 1]?.text ?? '') && !t.spaced) || (tokens[end]?.text === '$' && !tokens[end]?.spaced);
      // German abbreviates its nouns in capitals too (LKW, BGB): there an initialism names a
      // company only as a company's short form, and the company list knows those written so (BMW).
      // The sentence's style is read last: most words are settled before it matters.
      const initialism =
        lettersOnly &&
        (!nounsCapitalised || companyInitialisms.has(name) || abbreviatesMention(tokens, i, mentions)) &&
        !notNames.has(name) &&
        !currency &&
        styleAt(t.start) === 'prose';
      // A word with a capital inside (AdRoll, ForeScout, WaterHealth) is a brand's spelling.
      const camelCase = words.length === 1 && CAMEL_CASE.test(name);
      // What makes a name a company's; the vetoes below are only read for a name that has it.
      const signal =
        (words.length >= 2 && (COMPANY_HEADS.has(head) || INSTITUTION_HEADS.test(head))) ||
        initialism ||
        camelCase ||
        // Two or more capitalised words inside a sentence, not a person, place, title or date, name
        // an organisation (Sports Direct, Motley Fool) in the news. Not in a title-case headline,
        // nor in a text that capitalises its nouns.
        (words.length >= 2 &&
          !nounsCapitalised &&
          !sentenceStart &&
          words.some((w) => /\p{Ll}/u.test(w)) &&
          !NOT_NAME_OPENERS.has(words[0] as string) &&
          !PLACE_HEADS.test(head) &&
          !words.some((w) => /^\p{Lu}$/u.test(w)) &&
          styleAt(t.start) === 'prose') ||
        signalled(t.start, lastEnd, end);
      const vetoed =
        signal &&
        (lexicon.notCompanies.has(name) ||
          lexicon.notCompanies.has(words[0] as string) ||
          (lexicon.places.has(name.toLowerCase()) && afterLegalSuffix(tokens, end) === end) ||
          (words.length <= 3 &&
            lexicon.personNames.has((words[0] as string).toLowerCase()) &&
            !COMPANY_HEADS.has(head) &&
            !(words.length >= 2 && signalled(t.start, lastEnd, end))) ||
          endsWithPerson(lexicon, words, tokens, end) ||
          words.some((w) => lexicon.personTitles.has(w) || CALENDAR.test(w)) ||
          /^\p{Lu}$/u.test(name) ||
          (words.length >= 2 && NOT_ORG_HEADS.test(head) && afterLegalSuffix(tokens, end) === end) ||
          (words.length === 1 && COMPANY_HEADS.has(name) && afterLegalSuffix(tokens, end) === end) ||
          INDEX_WORDS.test(head) ||
          namesIndex(tokens, end) ||
          numberedAfter(tokens, end));
      const companyLike =
        signal &&
        !vetoed &&
        !(
          sentenceStart &&
          words.length === 1 &&
          !initialism &&
          !camelCase &&
          afterLegalSuffix(tokens, end) === end &&
          !followedByTicker(tokens, end, nounsCapitalised) &&
          !DESCRIBED_AS.test(textAfter(end, 140))
        );
      if (companyLike) {
        if (initialism) companyInitialisms.add(name);
        const coded = initialism ? exchangeSuffixEnd(tokens, end) : end;
        i = push(i, coded, coded > end ? text.slice(t.start, (tokens[coded - 1] as Token).end) : name);
        continue;
      }
      // A sentence's first word may be an ordinary word before a name ("Shares of Acme Widgets"):
      // read on from the next word.
      i = sentenceStart ? i + 1 : end;
    }
  }

  function* finishSteps(parts: number, tokensOf: (part: number) => Token[] | Steps<Token[]>): Steps<CompanyMention[]> {
    const sure = new Set(mentions.map((m) => m.name));
    for (let k = held.length - 1; k >= 0; k--) {
      const { mention, index } = held[k] as { mention: CompanyMention; index: number };
      if (sure.has(mention.name)) mentions.splice(index, 0, mention);
    }
    const found = yield* foundNamesSteps(mentions, {
      sentenceStarts,
      prose: (offset) => styleAt(offset) === 'prose',
      sentenceOf: (offset) => sentenceIndexAt(sentences, offset),
      mayName: (word) =>
        word.length > 1 &&
        !/^\p{Lu}+$/u.test(word) &&
        !lexicon.notCompanies.has(word) &&
        !lexicon.places.has(word.toLowerCase()) &&
        !lexicon.personNames.has(word.toLowerCase()) &&
        !lexicon.personTitles.has(word) &&
        !CALENDAR.test(word) &&
        !INDEX_WORDS.test(word),
    });
    const more: CompanyMention[] = [];
    for (let part = 0; part < parts; part++) {
      const again = tokensOf(part);
      const tokens = Array.isArray(again) ? again : yield* again;
      for (const mention of yield* moreMentionsSteps(text, tokens, found)) more.push(mention);
    }
    return more.length ? [...mentions, ...more].sort((a, b) => a.start - b.start) : mentions;
  }

  return { readSteps, finishSteps };
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
