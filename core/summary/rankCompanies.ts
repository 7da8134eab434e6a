// Companies by prominence: mentions counted, with extra weight for a name in the headline and in
// the story's opening paragraph, where a news story says what it is about.

import type { CompanyMention, CompanySummary } from '../types';

const HEADLINE_BONUS = 3;
const LEAD_BONUS = 1;

export function rankCompanies(mentions: CompanyMention[], title: string, text: string): CompanySummary[] {
  const byName = new Map<string, CompanySummary>();
  for (const m of mentions) {
    const entry = byName.get(m.name) ?? { name: m.name, count: 0, mentions: [] };
    entry.count++;
    entry.mentions.push({ text: m.text, start: m.start, end: m.end });
    byName.set(m.name, entry);
  }
  const leadEnd = text.indexOf('\n\n') === -1 ? text.length : text.indexOf('\n\n');
  const prominence = (c: CompanySummary): number =>
    c.count + (title.includes(c.name) ? HEADLINE_BONUS : 0) + ((c.mentions[0]?.start ?? leadEnd) < leadEnd ? LEAD_BONUS : 0);
  return [...byName.values()].sort((a, b) => prominence(b) - prominence(a) || a.name.localeCompare(b.name));
}
