// Mentions the first reading misses: a company the text has already named, where it stands again
// without a signal (one sense per discourse: "Doxim Inc. ... Doxim said"), and an unknown name
// set beside a company ("3D Systems and Stratasys", "less revenue than Stratasys").

import { STEP, type Steps } from '../steps';
import type { Token } from '../text/tokenize';
import type { CompanyMention } from '../types';
import { afterPossessive, isCapitalised } from './nameTokens';
import { COMPANY_HEADS, LEGAL_SUFFIXES } from './signals';

/** Words that set one company beside another. */
const BESIDE = new Set(['and', 'or', '&', 'than', 'vs', 'versus', 'rival', 'rivals']);
const COMPARING = new Set(['than', 'vs', 'versus', 'rival', 'rivals']);

export interface NameRules {
  /** Offsets where sentences start. */
  sentenceStarts: Set<number>;
  /** Whether a single capitalised word may be a name at all (not a person, place, title, date). */
  mayName(word: string): boolean;
  /** Whether the sentence at this offset is running prose, where capitals mark names. */
  prose(offset: number): boolean;
  /** The index of the sentence an offset lies in. */
  sentenceOf(offset: number): number;
}

/**
 * What the first reading found, read once for the whole text: its mentions, the names they
 * establish, and their sentences.
 */
export interface FoundNames {
  /** The mentions in text order. */
  mentions: CompanyMention[];
  names: Map<string, Established[]>;
  companySentences: Set<number>;
  rules: NameRules;
}

export function* foundNamesSteps(found: CompanyMention[], rules: NameRules): Steps<FoundNames> {
  return {
    mentions: [...found].sort((a, b) => a.start - b.start),
    names: yield* establishedNames(found, rules),
    companySentences: new Set(found.map((m) => rules.sentenceOf(m.start))),
    rules,
  };
}

/**
 * Mentions to add to those found (which are left as they are), in text order, among `tokens`: all
 * of the text's tokens, or one part of them (each part is read on its own).
 */
export function* moreMentionsSteps(text: string, tokens: Token[], found: FoundNames): Steps<CompanyMention[]> {
  const { names, companySentences, rules } = found;
  const { covered, mentionAt } = yield* coveredTokens(tokens, found.mentions);
  const added: CompanyMention[] = [];
  const mention = (i: number, end: number, name: string): number => {
    const stop = afterPossessive(tokens, end);
    const first = tokens[i] as Token;
    const last = tokens[stop - 1] as Token;
    added.push({ text: text.slice(first.start, last.end), start: first.start, end: last.end, name });
    for (let k = i; k < stop; k++) covered[k] = true;
    return stop;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (i % STEP === 0) yield;
    const t = tokens[i] as Token;
    if (covered[i] || !isCapitalised(t)) continue;
    // Part of a longer capitalised run (a person's surname, a longer name): leave it.
    const runOn = isCapitalised(tokens[i - 1]) || /^[&.]$/.test(tokens[i - 1]?.text ?? '');
    const again = names.get(t.text)?.find((n) => n.words.every((w, k) => tokens[i + k]?.text === w));
    if (again && !runOn && !isCapitalised(tokens[i + again.words.length])) {
      i = mention(i, i + again.words.length, again.name) - 1;
      continue;
    }
    if (!isCapitalised(tokens[i + 1]) || !tokens[i + 1]?.spaced) {
      // Beside a company first: a word that is not is settled without the word lists.
      const candidate =
        !runOn &&
        !rules.sentenceStarts.has(t.start) &&
        besideCompany(tokens, i, mentionAt, companySentences, rules) &&
        rules.prose(t.start) &&
        rules.mayName(t.text);
      if (candidate) {
        i = mention(i, i + 1, t.text) - 1;
      }
    }
  }
  return added;
}

/** Which tokens the mentions (in text order) cover, and the mention covering each (by token index). */
function* coveredTokens(
  tokens: Token[],
  sorted: CompanyMention[],
): Steps<{ covered: boolean[]; mentionAt: Array<CompanyMention | undefined> }> {
  const covered = new Array<boolean>(tokens.length).fill(false);
  const mentionAt = new Array<CompanyMention | undefined>(tokens.length);
  let m = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i % (STEP * 4) === 0) yield;
    const t = tokens[i] as Token;
    while (m < sorted.length && (sorted[m] as CompanyMention).end <= t.start) m++;
    const cur = sorted[m];
    if (cur && cur.start <= t.start && t.end <= cur.end) {
      covered[i] = true;
      mentionAt[i] = cur;
    }
  }
  return { covered, mentionAt };
}

interface Established {
  words: string[];
  name: string;
}

/**
 * Names the text has given as companies, by first word: each mention's words without legal
 * form or possessive, and the distinctive first word of a longer name (Transfield Services →
 * Transfield) when it may be a name on its own.
 */
function* establishedNames(found: CompanyMention[], rules: NameRules): Steps<Map<string, Established[]>> {
  const byFirst = new Map<string, Established[]>();
  const seen = new Set<string>();
  const add = (words: string[], name: string) => {
    const first = words[0];
    const key = words.join(' ');
    if (!first || seen.has(key)) return;
    seen.add(key);
    const list = byFirst.get(first) ?? [];
    list.push({ words, name });
    list.sort((a, b) => b.words.length - a.words.length);
    byFirst.set(first, list);
  };
  let work = 0;
  for (const m of found) {
    if (++work % STEP === 0) yield;
    const words = m.text
      .replace(/(?:['’]s?)$/, '')
      .split(/\s+/)
      .map((w) => w.replace(/[.,]$/, ''))
      .filter((w) => w && !LEGAL_SUFFIXES.has(w));
    // Initialisms are found without help; single everyday words are not worth the risk.
    if (words.length === 0 || (words.length === 1 && /^\p{Lu}+$/u.test(words[0] as string))) continue;
    add(words, m.name);
    const first = words[0] as string;
    const last = words[words.length - 1] as string;
    const lastWritten =
      m.text
        .replace(/(?:['’]s?)$/, '')
        .split(/\s+/)
        .pop()
        ?.replace(/[.,]$/, '') ?? '';
    const declared = COMPANY_HEADS.has(last) || LEGAL_SUFFIXES.has(lastWritten);
    if (declared && words.length > 1 && !COMPANY_HEADS.has(first) && /^\p{Lu}\p{Ll}{3,}$/u.test(first) && rules.mayName(first)) {
      add([first], m.name);
    }
  }
  return byFirst;
}

/** A single word set beside a company mention in the same sentence: `X and Acme`, `than X`. */
function besideCompany(
  tokens: Token[],
  i: number,
  mentionAt: Array<CompanyMention | undefined>,
  companySentences: Set<number>,
  rules: NameRules,
): boolean {
  const before = tokens[i - 1]?.lower ?? '';
  // Not the last word of a longer name: `Chamber of Commerce and Industry`.
  const leftMention = mentionAt[i - 2];
  if (BESIDE.has(before) && leftMention && !/\s(?:of|for|and|to)\s/.test(leftMention.text)) return true;
  // "generates less revenue than Stratasys": a comparison with a company named in the sentence.
  return COMPARING.has(before) && companySentences.has(rules.sentenceOf((tokens[i] as Token).start));
}
