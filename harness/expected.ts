// Checks an analysis against a sample page's expected file (test/fixtures/sample/*.expected.json,
// ../shared/pages/*.expected.json); returns the
// failures as readable lines, so one assertion shows everything that is off.
import type { Analysis } from '../core/types';

export interface Expected {
  title: string;
  article: { mustContain: string[]; mustNotContain: string[] };
  visibleAfterCleanup: { mustContain: string[]; mustNotContain: string[] };
  companies: { must: Array<{ name: string; count: number }>; mustNot: string[] };
  figures: { must: Array<{ text: string; kind: string; occurrences?: number }>; mustNot: string[] };
  /** The company each figure (its first occurrence) is about; null: about no company. */
  attachments?: Array<{ figure: string; company: string | null }>;
}

export function expectationFailures(analysis: Analysis, expected: Expected): string[] {
  const failures: string[] = [];
  const text = analysis.article?.text ?? '';
  if (!analysis.article) failures.push('no article detected');
  for (const s of expected.article.mustContain) if (!text.includes(s)) failures.push(`article text lacks: ${s}`);
  for (const s of expected.article.mustNotContain) if (text.includes(s)) failures.push(`article text has: ${s}`);
  for (const { name, count } of expected.companies.must) {
    const found = analysis.companies.find((c) => c.name === name);
    if (found?.count !== count) failures.push(`company ${name}: count ${found?.count ?? 0}, expected ${count}`);
  }
  for (const name of expected.companies.mustNot) {
    if (analysis.companies.some((c) => c.name === name || c.mentions.some((m) => m.text === name))) failures.push(`not a company: ${name}`);
  }
  for (const { text: t, kind, occurrences = 1 } of expected.figures.must) {
    const found = analysis.figures.filter((f) => f.text === t && f.kind === kind).length;
    if (found !== occurrences) failures.push(`figure ${t} (${kind}): ${found} found, expected ${occurrences}`);
  }
  for (const t of expected.figures.mustNot) if (analysis.figures.some((f) => f.text === t)) failures.push(`not a figure: ${t}`);
  for (const { figure, company } of expected.attachments ?? []) {
    const found = analysis.figures.find((f) => f.text === figure);
    if (found && (found.company ?? null) !== company)
      failures.push(`figure ${figure}: about ${found.company ?? 'no company'}, expected ${company ?? 'none'}`);
  }
  return failures;
}

/** Every text in must is in the visible text, none in mustNot. */
export function visibleTextFailures(visible: string, expected: Expected): string[] {
  const failures: string[] = [];
  for (const s of expected.visibleAfterCleanup.mustContain) if (!visible.includes(s)) failures.push(`visible text lacks: ${s}`);
  for (const s of expected.visibleAfterCleanup.mustNotContain) if (visible.includes(s)) failures.push(`visible text has: ${s}`);
  return failures;
}
