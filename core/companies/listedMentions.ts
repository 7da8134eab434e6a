// Companies in a text in German, French, Spanish, Italian, Portuguese or Dutch. The tagger learned
// English, where a capital marks a name; German capitalises every noun, and the others write
// names, titles and institutions in ways the English data does not teach. So here only what is
// sure counts: a name from the company list, a capitalised name before a legal form (`Siemens AG`,
// `Banco Santander S.A.`), a name before its exchange and ticker (`(Xetra: SIE)`), a brand's
// spelling with a capital inside (`TotalEnergies`), and a company's initialism given in brackets
// after it (`Ökotierzucht gGmbH (ÖTZ)`) wherever the text uses it. German declines a listed
// name's adjective (`der Deutschen Bank` names `Deutsche Bank`).

import type { Token } from '../text/tokenize';
import type { CompanyMention } from '../types';
import type { CompanyLexicon } from './lexicon';
import { mentionFromSpan } from './mentionFromSpan';
import { afterLegalSuffix, isCapitalised, knownAt } from './nameTokens';
import { EXCHANGES } from './signals';

/** Legal forms that are no everyday word in any of the languages (not `Group`, `Company`, `Co`). */
const LEGAL_FORMS = new Set([
  'AG',
  'SE',
  'GmbH',
  'gGmbH',
  'mbH',
  'KG',
  'KGaA',
  'OHG',
  'SA',
  'S.A.',
  'SAS',
  'SARL',
  'NV',
  'N.V.',
  'BV',
  'B.V.',
  'SpA',
  'S.p.A.',
  'Srl',
  'S.r.l.',
  'SL',
  'S.L.',
  'Lda',
  'plc',
  'PLC',
  'Inc',
  'Ltd',
  'LLC',
  'AB',
  'ASA',
  'Oyj',
]);
/** Articles before a name, not part of it. */
const ARTICLES = new Set(
  'der die das den dem des ein eine einer eines einem le la les el los las il lo gli un una uno de het een o os a as'.split(' '),
);
/** Capitalised words a company's name takes before its legal form, at most. */
const MAX_NAME_WORDS = 3;
const INITIALISM = /^\p{Lu}[\p{Lu}\d&]{1,5}$/u;
const CAMEL_CASE = /^\p{Lu}\p{Ll}+\p{Lu}[\p{L}\d]*$/u;
/** German's gendered plural and singular written with a capital I (`AutorInnen`, `MedienpädagogIn`). */
const BINNEN_I = /\p{Ll}In(?:nen)?$/u;

/** A code's piece: capitals or digits only (`SARS`, `2` of `SARS-CoV-2`). */
const CODE_PIECE = /^[\p{Lu}\d]+$/u;

/** Whether the token at `i` is a piece of a code hyphened together (`SARS-CoV-2`), not a name with a word hyphened on (`PayPal-owned`). */
function hyphenedOn(tokens: Token[], i: number): boolean {
  const [before, t, after] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  const joinedBefore = before?.text === '-' && !t?.spaced && !before.spaced && CODE_PIECE.test(tokens[i - 2]?.text ?? '');
  const joinedAfter = after?.text === '-' && !after.spaced && !tokens[i + 2]?.spaced && CODE_PIECE.test(tokens[i + 2]?.text ?? '');
  return joinedBefore || joinedAfter;
}

/** Whether the token at `k` starts a legal form (`S.A.` is read as one token, `S.p.A.` as several). */
function legalFormAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (LEGAL_FORMS.has(t.text)) return true;
  // `S.p.A.`, `S.r.l.`: letters and full stops written tight.
  let joined = '';
  for (let j = k; j < k + 6 && tokens[j] && (j === k || !tokens[j]?.spaced); j++) {
    joined += (tokens[j] as Token).text;
    if (LEGAL_FORMS.has(joined)) return true;
  }
  return false;
}

/** German adjectives' endings after their `-e` (`Deutsche` → `Deutschen`, `Deutscher`, `Deutsches`, `Deutschem`). */
const DECLINED = /^(\p{Lu}\p{Ll}+e)[nrsm]$/u;

/** A listed name whose first word, an adjective, stands declined at `i` (`Deutschen Bank`). */
function declinedKnownAt(lexicon: CompanyLexicon, tokens: Token[], i: number): { end: number; canonical: string } | null {
  const base = DECLINED.exec((tokens[i] as Token).text)?.[1];
  const candidates = base ? lexicon.byFirstWord.get(base) : undefined;
  for (const name of candidates ?? []) {
    let k = 1;
    while (k < name.words.length && tokens[i + k]?.text === name.words[k]) k++;
    if (k === name.words.length && k > 1) return { end: i + k, canonical: name.canonical };
  }
  return null;
}

/**
 * Whether German words beside the name at `i` to `end` say it is a company's: a describing word
 * before it (`Chemiekonzern Bayer`) or a hyphened one after it (`Allianz-Chef`).
 */
function describedAsCompany(lexicon: CompanyLexicon, tokens: Token[], i: number, end: number): boolean {
  const before = tokens[i - 1];
  if (before?.kind === 'word' && lexicon.germanDescriptors.test(before.lower)) return true;
  const [hyphen, after] = [tokens[end], tokens[end + 1]];
  return hyphen?.text === '-' && !hyphen.spaced && after?.kind === 'word' && !after.spaced && lexicon.germanCompounds.has(after.lower);
}

/**
 * Reads a text's companies sentence by sentence, remembering the initialisms it has introduced;
 * `german`: the text is German, whose adjectives take endings and whose nouns all take capitals.
 */
export function listedMentionReader(
  lexicon: CompanyLexicon,
  german: boolean,
): (text: string, tokens: Token[], from: number, to: number) => CompanyMention[] {
  const initialisms = new Set<string>();
  /** Names the text has given with their legal form, ticker or a word that says so: companies wherever they stand again. */
  const named = new Set<string>();
  return (text, tokens, from, to) => {
    const mentions: CompanyMention[] = [];
    const push = (i: number, end: number, nameEnd = end, sure = false): number => {
      const mention = mentionFromSpan(text, tokens, i, end, to, lexicon, nameEnd);
      mentions.push(mention);
      if (sure) named.add(mention.name);
      let next = i;
      while (next < to && (tokens[next] as Token).end <= mention.end) next++;
      // `Ökotierzucht gGmbH (ÖTZ)`: the initialism in brackets right after is the company's.
      const short = tokens[next + 1];
      if (tokens[next]?.text === '(' && short && INITIALISM.test(short.text) && tokens[next + 2]?.text === ')') initialisms.add(short.text);
      return next;
    };
    for (let i = from; i < to; ) {
      const t = tokens[i] as Token;
      if (!isCapitalised(t) || ARTICLES.has(t.lower)) {
        i++;
        continue;
      }
      if (initialisms.has(t.text)) {
        i = push(i, i + 1);
        continue;
      }
      let end = i + 1;
      while (end < to && end - i < MAX_NAME_WORDS && isCapitalised(tokens[end]) && tokens[end]?.spaced && !legalFormAt(tokens, end)) end++;
      const withForm = afterLegalSuffix(tokens, end) > end || legalFormAt(tokens, end) || legalFormAt(tokens, end + 1);
      const withTicker = tokens[end]?.text === '(' && EXCHANGES.has(tokens[end + 1]?.text ?? '') && tokens[end + 2]?.text === ':';
      if ((withForm && (tokens[end]?.text !== ',' || legalFormAt(tokens, end + 1))) || withTicker) {
        // A known name inside the run starts the name (`Autobauer Volkswagen AG`).
        let start = i;
        for (let k = i + 1; k < end; k++) if (knownAt(lexicon, tokens, k)) start = k;
        let stop = end;
        if (legalFormAt(tokens, end) && !(afterLegalSuffix(tokens, end) > end)) {
          stop = end + 1;
          while (stop < to && !tokens[stop]?.spaced) stop++;
        }
        i = push(start, stop, end, true);
        continue;
      }
      // A word with a capital inside is a brand's spelling (`TotalEnergies`, `ProSiebenSat`),
      // unless the list knows it for a product (`PlayStation`), it is a piece of a code
      // (`SARS-CoV-2`), or German writes a gendered noun so (`AutorInnen`, the Binnen-I).
      if (
        end === i + 1 &&
        CAMEL_CASE.test(t.text) &&
        !lexicon.notCompanies.has(t.text) &&
        !hyphenedOn(tokens, i) &&
        !(german && BINNEN_I.test(t.text))
      ) {
        i = push(i, end);
        continue;
      }
      const declined = german ? declinedKnownAt(lexicon, tokens, i) : null;
      if (declined && declined.end <= to && !(isCapitalised(tokens[declined.end]) && tokens[declined.end]?.spaced)) {
        const mention = mentionFromSpan(text, tokens, i, declined.end, to, lexicon);
        mentions.push({ ...mention, name: declined.canonical });
        i = declined.end;
        continue;
      }
      const known = knownAt(lexicon, tokens, i);
      // A known name that a capitalised word follows is part of a longer noun phrase (`Deutsche
      // Bundesbank`). Names the list marks as everyday English words (`Siemens`) count here; those
      // that are everyday German nouns, in German, only as a company's (`Versicherer Allianz`).
      if (known && known.end <= to && !(isCapitalised(tokens[known.end]) && tokens[known.end]?.spaced)) {
        const everyday = german && lexicon.germanNounNames.has(known.canonical);
        const described = everyday && describedAsCompany(lexicon, tokens, i, known.end);
        if (!everyday || described || named.has(known.canonical)) {
          i = push(i, known.end, known.end, described);
          continue;
        }
      }
      // A name may follow a capitalised noun that describes it (`Technologiekonzern Siemens`).
      i++;
    }
    return mentions;
  };
}
