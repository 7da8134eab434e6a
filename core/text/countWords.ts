// Words in a text (runs of letters and digits), counted by scanning its characters: an article can
// be megabytes, and no list of its words is built.

import { STEP, type Steps } from '../steps';
import { isLetterOrNumber, width } from './letters';

export function* countWordsSteps(text: string): Steps<number> {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const c = text.codePointAt(i) as number;
    i += width(c);
    const wordChar = isLetterOrNumber(c);
    if (wordChar && !inWord && ++count % (STEP * 4) === 0) yield;
    inWord = wordChar;
  }
  return count;
}
