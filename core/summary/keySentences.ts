// The article's key sentences, extractive: those that carry its companies and figures, share
// words with the headline, and come early; returned in article order.

import { STEP, type Steps } from '../steps';
import { codePointBefore, isLetter } from '../text/letters';
import { bySentenceSteps } from '../text/sentenceIndex';
import type { CompanyMention, Figure, Span } from '../types';

const WEIGHTS = {
  /** A company named in the sentence: what the article is about. */
  company: 2,
  /** A figure in the sentence: what the reader scans for. */
  figure: 1.5,
  /** A headline word (of 4+ letters) in the sentence. */
  titleWord: 1,
  /** The story's first sentences carry its news (the lede). */
  lead: 2,
} as const;

/** Sentences shorter or longer than these (in characters) read badly out of context. */
const MIN_CHARS = 40;
const MAX_CHARS = 400;

/**
 * How many of `words` (each four letters or more) stand in `text` as whole words, runs of letters
 * with no letter either side. A sentence is searched for the headline's few words, not split
 * into its own.
 */
export function wordsIn(text: string, words: Iterable<string>): number {
  let found = 0;
  for (const word of words) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const end = at + word.length;
      if (!isLetter(codePointBefore(text, at)) && !(end < text.length && isLetter(text.codePointAt(end) as number))) {
        found++;
        break;
      }
    }
  }
  return found;
}

export function* keySentencesSteps(sentences: Span[], title: string, mentions: CompanyMention[], figures: Figure[]): Steps<string[]> {
  const titleWords = new Set(title.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
  const mentionsBySentence = yield* bySentenceSteps(sentences, mentions);
  const figuresBySentence = yield* bySentenceSteps(sentences, figures);
  const scored: Array<{ index: number; score: number }> = [];
  const scoreOf = (s: Span, index: number): { index: number; score: number } => {
    if (s.text.length < MIN_CHARS || s.text.length > MAX_CHARS) return { index, score: -1 };
    const companies = new Set((mentionsBySentence[index] ?? []).map((m) => m.name)).size;
    const figs = (figuresBySentence[index] ?? []).filter((f) => f.kind !== 'date').length;
    const overlap = wordsIn(s.text.toLowerCase(), titleWords);
    const lead = index < 2 ? WEIGHTS.lead : 0;
    return {
      index,
      score: WEIGHTS.company * Math.min(companies, 3) + WEIGHTS.figure * Math.min(figs, 3) + WEIGHTS.titleWord * overlap + lead,
    };
  };
  for (let index = 0; index < sentences.length; index++) {
    scored.push(scoreOf(sentences[index] as Span, index));
    if (index % STEP === 0) yield;
  }
  const count = sentences.length > 25 ? 5 : sentences.length > 10 ? 4 : 3;
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, count)
    .sort((a, b) => a.index - b.index)
    .map((s) => (sentences[s.index] as Span).text);
}
