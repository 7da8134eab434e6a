// The popup's summary as Markdown, for a reader's notes: title and link, companies with their
// figures, key sentences.
import type { Analysis } from '../types';
import { companyFigurePhrases } from './companyFigures';

/**
 * Markdown's own characters in a page's text are escaped, and a bare web address is broken up, so
 * text from a page can never become a link, an image or markup in the reader's notes.
 */
function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_[\]<>#|()!])/g, '\\$1')
    .replace(/\b([a-z][a-z\d+.-]*):\/\//gi, '$1\\://')
    .replace(/\bwww\./gi, 'www\\.');
}

/** The words the Markdown is written with, in the reader's language. */
export interface MarkdownWords {
  untitled: string;
  companies: string;
  keySentences: string;
}

const ENGLISH: MarkdownWords = { untitled: 'Untitled', companies: 'Companies', keySentences: 'Key sentences' };

export function summaryMarkdown(analysis: Analysis, words: MarkdownWords = ENGLISH): string {
  const lines = [`# ${escapeMarkdown(analysis.title || words.untitled)}`, ''];
  if (analysis.url) lines.push(`<${analysis.url}>`, '');
  if (analysis.companies.length > 0) {
    lines.push(`## ${words.companies}`, '');
    for (const company of analysis.companies) {
      const figures = companyFigurePhrases(company.name, analysis.figures, analysis.article?.text).map(escapeMarkdown);
      lines.push(`- **${escapeMarkdown(company.name)}** (${company.count}×)${figures.length ? ` — ${figures.join(' · ')}` : ''}`);
    }
    lines.push('');
  }
  if (analysis.summary.length > 0) {
    lines.push(`## ${words.keySentences}`, '');
    for (const sentence of analysis.summary) lines.push(`- ${escapeMarkdown(sentence)}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
