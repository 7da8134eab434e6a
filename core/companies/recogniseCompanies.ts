// Companies in plain text: names from the company list, and capitalised names the sentence
// marks as companies (a legal form, a company-like last word, a ticker, `shares of`,
// `chief executive of`). People, places, products and generic acronyms are left out.
// Each mention carries its canonical name; a possessive is part of the mention, not the name.

import { splitSentences } from '../text/sentences';
import { type Token, tokenize } from '../text/tokenize';
import type { CompanyMention } from '../types';
import { type CompanyLexicon, companyLexicon } from './lexicon';
import { AFTER, BEFORE, COMPANY_HEADS, EXCHANGES, LEGAL_SUFFIXES } from './signals';

const CONNECTORS = new Set(['&', 'of', 'and', 'de', 'du', 'la', 'von', 'van', 'der', '-', '.']);
const MAX_NAME_WORDS = 6;
/** Legal forms written with a full stop that belongs to them (`Inc.`), unlike `AG` or `plc`. */
const ABBREVIATED_SUFFIXES = new Set(['Inc', 'Corp', 'Ltd', 'Co', 'Cos', 'Bhd', 'Pte', 'Pty']);

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

export function recogniseCompanies(text: string, tokens: Token[] = tokenize(text)): CompanyMention[] {
  const lexicon = companyLexicon();
  const sentenceStarts = new Set(splitSentences(text).map((s) => s.start));
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
        i = push(i, known.end, known.canonical);
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
      if (isCapitalised(next) && next.spaced) {
        end++;
        continue;
      }
      if (CONNECTORS.has(next.text) && isCapitalised(tokens[end + 1]) && (next.text !== '.' || !next.spaced) && next.text !== '.') {
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
      /^\p{Lu}{1,3}$/u.test(name);
    const companyLike =
      !vetoed &&
      ((words.length >= 2 && COMPANY_HEADS.has(head)) || signalled(t.start, (tokens[end - 1] as Token).end, end)) &&
      !(sentenceStart && words.length === 1 && afterLegalSuffix(tokens, end) === end && !followedByTicker(tokens, end));
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
