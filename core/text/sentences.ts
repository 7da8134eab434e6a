// Sentence boundaries in plain text: at . ! ? followed by a capital, digit or quote, and at
// line breaks; not after common abbreviations, initials or inside numbers.

import figureTables from '../data/figures.json';
import { runToEnd, STEP, type Steps } from '../steps';
import type { Span } from '../types';

/** Scale abbreviations written with their dot (`Mio.`, `Mrd.`, `Md.`), in every language the figures read: `9,0 Mrd. Euro` is one sentence. */
const SCALE_ABBREVIATIONS = Object.values(figureTables.languages as Record<string, { scales: Record<string, unknown> }>).flatMap(
  (language) =>
    Object.keys(language.scales)
      .filter((word) => word.endsWith('.'))
      .map((word) => word.slice(0, -1).toLowerCase()),
);

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'inc',
  'corp',
  'co',
  'ltd',
  'plc',
  'vs',
  'etc',
  'no',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'gen',
  'gov',
  'sen',
  'rep',
  'rev',
  'hon',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'approx',
  'est',
  'fig',
  'bzw',
  'ca',
  'dt',
  'nr',
  'vgl',
  'z.b',
  ...SCALE_ABBREVIATIONS,
]);

const END = /[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\d])|\n+/gu;

export function splitSentences(text: string): Span[] {
  return runToEnd(splitSentencesSteps(text));
}

export function* splitSentencesSteps(text: string): Steps<Span[]> {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) spans.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
  };
  // A fresh expression per call: a paused call must not share its position with another.
  const ends = new RegExp(END.source, END.flags);
  let work = 0;
  for (let m = ends.exec(text); m !== null; m = ends.exec(text)) {
    if (++work % STEP === 0) yield;
    if (m[0][0] === '.') {
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(start, m.index - 12), m.index))?.[1] ?? '';
      // An abbreviation or a single initial ("J. Smith") does not end a sentence.
      if (ABBREVIATIONS.has(before.toLowerCase()) || /^\p{Lu}$/u.test(before)) continue;
    }
    push(m.index + m[0].length);
    start = m.index + m[0].length;
  }
  push(text.length);
  return spans;
}
