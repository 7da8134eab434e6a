// A company's figures as the summary writes them: "800 million users · $500 billion valuation",
// a change written once ("450 million → 650 million monthly active users"), and a figure the
// article repeats shown once.

import type { AnalysedFigure } from '../types';

/** "from 450 million in July to 650 million": the words between the two ends of a change. */
const TO_BETWEEN = /^\s+(?:(?:in|by|at) [\p{L}\d ]{1,20}?\s+)?to\s+(?:about |around |nearly |more than |over )?$/u;
const FROM_BEFORE = /\bfrom\s+(?:about |around |nearly )?$/;

/** The company's figures as short phrases, in article order. */
export function companyFigurePhrases(company: string, figures: readonly AnalysedFigure[], text = ''): string[] {
  const own = figures.filter((f) => f.company === company);
  const phrases: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < own.length; i++) {
    const f = own[i] as AnalysedFigure;
    const next = own[i + 1];
    // A change from one figure to the next of the same kind, where the text says "from ... to".
    if (next && next.kind === f.kind && text && isChange(text, f, next)) {
      const label = next.label ?? f.label;
      phrases.push(`${f.text} → ${next.text}${label ? ` ${label}` : ''}`);
      i++;
      continue;
    }
    // The same amount again (the article repeating "800 million users") is said once.
    const key = f.value !== undefined ? `${f.kind}:${f.value}:${f.unit ?? ''}` : f.text;
    if (seen.has(key)) continue;
    seen.add(key);
    phrases.push(f.label ? `${f.text} ${f.label}` : f.text);
  }
  return phrases;
}

function isChange(text: string, a: AnalysedFigure, b: AnalysedFigure): boolean {
  return (
    a.sentence === b.sentence &&
    FROM_BEFORE.test(text.slice(Math.max(0, a.start - 20), a.start)) &&
    TO_BETWEEN.test(text.slice(a.end, b.start))
  );
}
