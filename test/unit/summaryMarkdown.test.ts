import { describe, expect, it } from 'vitest';
import { companyFigurePhrases } from '../../core/summary/companyFigures';
import { labelFigure } from '../../core/summary/labelFigure';
import { summaryMarkdown } from '../../core/summary/summaryMarkdown';
import type { AnalysedFigure, Analysis } from '../../core/types';

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
  it('never lets a page’s text become a link or an image', () => {
    const hostile: Analysis = {
      ...analysis,
      title: '![x](https://evil.example/pixel.png) (see https://evil.example/a or www.evil.example)',
      companies: [],
      summary: ['Read more at http://evil.example/b!', '[click](javascript:alert(1))'],
    };
    const md = summaryMarkdown(hostile);
    expect(md).not.toMatch(/!\[|\]\(|https?:\/\/evil|www\.evil/);
    expect(md).toContain('\\!\\[x\\]\\(https\\://evil.example/pixel.png\\)');
    expect(md).toContain('www\\.evil.example');
    expect(md).toContain('<https://example.com/news/acme>');
  });

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

describe('companyFigurePhrases', () => {
  const text =
    "Gemini's monthly active users rose from 450 million in July to 650 million in October. OpenAI has 800 million users; its 800 million users pay little.";
  const figure = (t: string, value: number, company: string, label?: string): AnalysedFigure => {
    const start = text.indexOf(t, t === '800 million' ? text.indexOf('OpenAI') : 0);
    const sentence = start < text.indexOf('OpenAI') ? text.slice(0, text.indexOf('OpenAI') - 1) : text.slice(text.indexOf('OpenAI'));
    return { text: t, kind: 'count', value, start, end: start + t.length, sentence, company, ...(label ? { label } : {}) };
  };
  it('writes a change once, with its measure, and a repeated figure once', () => {
    const repeated = { ...figure('800 million', 8e8, 'OpenAI', 'users'), start: text.lastIndexOf('800 million') };
    const figures = [
      figure('450 million', 4.5e8, 'Google', 'monthly active users'),
      figure('650 million', 6.5e8, 'Google', 'monthly active users'),
      figure('800 million', 8e8, 'OpenAI', 'users'),
      { ...repeated, end: repeated.start + 11 },
    ];
    expect(companyFigurePhrases('Google', figures, text)).toEqual(['450 million → 650 million monthly active users']);
    expect(companyFigurePhrases('OpenAI', figures, text)).toEqual(['800 million users']);
  });
  it('labels both ends of a change from the measure named before it', () => {
    const at = text.indexOf('650 million');
    expect(labelFigure(text, { text: '650 million', kind: 'count', start: at, end: at + 11 })).toBe('monthly active users');
  });
});
