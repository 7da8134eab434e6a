// How a sentence is written: a title-case headline capitalises most words, a shouted line writes
// them all in capitals; in either, capitals say nothing about names. Read once for nearly every
// sentence of every text, so it scans the characters itself instead of splitting the sentence
// into words: a word is a letter followed by letters, apostrophes and hyphens.

import { isLetter, isUpper, width } from '../text/letters';

export type SentenceStyle = 'prose' | 'headline' | 'shouted';

/** Share of words that makes a line shouted (in capitals) or a headline (capitalised). */
const MOST = 0.6;

/** ' ’ - : inside a word, not letters. */
const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 45;

export function sentenceStyle(sentence: string): SentenceStyle {
  let words = 0;
  let upper = 0;
  let capitalised = 0;
  for (let i = 0; i < sentence.length; ) {
    const c = sentence.codePointAt(i) as number;
    i += width(c);
    if (!isLetter(c)) continue;
    const firstUpper = isUpper(c);
    let allUpper = firstUpper;
    let length = width(c);
    while (i < sentence.length) {
      const d = sentence.codePointAt(i) as number;
      if (isLetter(d)) allUpper &&= isUpper(d);
      else if (isJoiner(d)) allUpper = false;
      else break;
      length += width(d);
      i += width(d);
    }
    words++;
    if (firstUpper) capitalised++;
    if (allUpper && length > 1) upper++;
  }
  if (words < 4) return 'prose';
  if (upper > words * MOST) return 'shouted';
  return capitalised > words * MOST ? 'headline' : 'prose';
}
