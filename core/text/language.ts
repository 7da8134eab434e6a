// The language a text is written in, known before any number in it is read: `4,70` is four
// euros seventy in German and no number an English reader writes. Told from the share of each
// language's commonest function words among the text's opening words (core/data/languageWords.json,
// generated from stopwords-iso and the UDHR), over Lede's seven languages and twenty-two others
// written in the Latin script, so that a Swedish or Polish text is told as such rather than taken
// for the nearest language Lede reads. A page's declared `lang` is trusted where the text agrees
// or has too little to say.

import data from '../data/languageWords.json';

/** Words read: enough to tell the languages apart, few enough to cost nothing on a long text. */
const SAMPLE_WORDS = 400;
/** A language is told by at least this many of its function words in the text… */
const MIN_HITS = 2;
/** …and a text shorter than this many words (a headline, a byline) by one more: a word or two mislead. */
const SHORT_TEXT = 12;
/** …and when its score is this many times the runner-up's. */
const MARGIN = 1.5;
/** With this many words and still no language told, a text given alone is in none Lede knows. */
const ENOUGH_WORDS = 30;

/** Each function word, to the languages it is one of. */
const LANGUAGES_OF = new Map<string, string[]>();
for (const [lang, words] of Object.entries((data as { words: Record<string, string[]> }).words)) {
  for (const w of words) LANGUAGES_OF.set(w, [...(LANGUAGES_OF.get(w) ?? []), lang]);
}

/** Letters of other scripts (Cyrillic, Greek, Arabic, Han…) beyond Latin's blocks. */
const NON_LATIN = /[^\p{Script=Latin}]/u;

/**
 * The language of `text` as a BCP 47 primary tag; `und` where it is written in another script
 * (Cyrillic, Han…); null where its words do not tell (too few, or a mix).
 */
export function detectLanguage(text: string): string | null {
  const word = /\p{L}+/gu;
  const hits = new Map<string, number>();
  let words = 0;
  let letters = 0;
  let foreign = 0;
  for (let m = word.exec(text); m !== null && words < SAMPLE_WORDS; m = word.exec(text)) {
    words++;
    const w = m[0].toLowerCase();
    letters += w.length;
    if (w.charCodeAt(0) > 0x24f && NON_LATIN.test(w)) foreign += w.length;
    for (const lang of LANGUAGES_OF.get(w) ?? []) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  }
  if (letters >= 20 && foreign * 2 > letters) return 'und';
  const ranked = [...hits].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  const needed = words < SHORT_TEXT ? MIN_HITS + 1 : MIN_HITS;
  if (best && best[1] >= needed && best[1] >= MARGIN * (second?.[1] ?? 0)) return best[0];
  return null;
}

/** The language part of a BCP 47 tag, lower-cased: `de-CH` → `de`. */
export const primaryLanguage = (tag: string): string => tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * The language a page is written in: the declared one (`<html lang>`, kept with its region) where
 * its text agrees or does not tell, else the text's own; "" where neither tells.
 */
export function pageLanguage(declared: string, text: string): string {
  const detected = detectLanguage(text);
  const stated = primaryLanguage(declared);
  if (detected === null || detected === stated) return stated ? declared.trim() : '';
  if (detected === 'und') return '';
  return detected;
}

/**
 * The language of a text given without one (a CLI record): the text's own; English where it is
 * too short to tell (`$5`, `100元`), as Lede read every text before it told languages apart; ""
 * where a longer text does not tell.
 */
export function textLanguage(text: string): string {
  const detected = detectLanguage(text);
  if (detected === 'und') return '';
  if (detected !== null) return detected;
  let words = 0;
  for (const _ of text.matchAll(/\p{L}+/gu)) if (++words >= ENOUGH_WORDS) return '';
  return 'en';
}
