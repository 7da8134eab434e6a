import { describe, expect, it } from 'vitest';
import { summaryMarkdown } from '../../core/summary/summaryMarkdown';
import type { Analysis } from '../../core/types';

const analysis: Analysis = {
  url: 'https://example.com/news/acme',
  title: 'Acme lifts outlook [update]',
  lang: 'en',
  article: { text: '', wordCount: 0 },
  hidden: 0,
  companies: [
    { name: 'Acme Robotics', count: 3, mentions: [] },
    { name: 'Nvidia', count: 1, mentions: [] },
  ],
  figures: [
    { text: '$2.4 billion', kind: 'money', start: 0, end: 1, sentence: '', company: 'Acme Robotics', label: 'revenue' },
    { text: '18%', kind: 'percent', start: 0, end: 1, sentence: '', company: 'Acme Robotics' },
  ],
  summary: ['Acme Robotics said revenue rose 18% to $2.4 billion.', 'Shares *jumped*.'],
  timings: { totalMs: 0 },
};

describe('summaryMarkdown', () => {
  it('gives title, link, companies with their figures and key sentences', () => {
    expect(summaryMarkdown(analysis)).toBe(
      [
        '# Acme lifts outlook \\[update\\]',
        '',
        '<https://example.com/news/acme>',
        '',
        '## Companies',
        '',
        '- **Acme Robotics** (3×) — $2.4 billion revenue · 18%',
        '- **Nvidia** (1×)',
        '',
        '## Key sentences',
        '',
        '- Acme Robotics said revenue rose 18% to $2.4 billion.',
        '- Shares \\*jumped\\*.',
        '',
      ].join('\n'),
    );
  });

  it('leaves out what the page does not have', () => {
    expect(summaryMarkdown({ ...analysis, url: '', companies: [], summary: [] })).toBe('# Acme lifts outlook \\[update\\]\n');
  });
});
