// @vitest-environment happy-dom
// Property-based tests (fast-check): over generated pages and texts, Lede never throws, never
// hides the story or anything around it that holds it, gives spans that lie within the text
// without overlapping, and gives back the page exactly when turned off.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parseHtml } from '../../cli/parseHtml';
import { analyzeDocument } from '../../core/analyze';
import { recogniseEntities } from '../../core/analyzeText';
import type { Span } from '../../core/types';
import { createController } from '../../effects/controller';
import { inProcess } from '../../harness/inProcess';

const WORDS = [
  'the',
  'company',
  'said',
  'on',
  'Tuesday',
  'revenue',
  'rose',
  'to',
  '$4.5 billion',
  '12%',
  'OpenAI',
  "Google's",
  'Apple Inc.',
  'Sam Altman',
  'shares of',
  'Acme Widgets',
  'in',
  'London',
  '450 million',
  'users',
  'December 2',
  'sevenfold',
  '10:30',
  'Gemini 3',
  '<b>bold</b>',
  '&amp;',
  '"quoted"',
  'über',
  '株式会社',
  '€1.2bn',
  'IPO',
  'AI',
  'SEC',
  'Wall Street Journal',
  '2,000',
  'Q3 2025',
];
const CLASSES = [
  '',
  'content',
  'article-body',
  'share-bar',
  'related',
  'sidebar',
  'comments',
  'nav',
  'footer',
  'ad-slot',
  'cookie-banner',
  'promo',
  'hidden',
  'post',
];
const BLOCKS = [
  'div',
  'p',
  'section',
  'article',
  'aside',
  'nav',
  'ul',
  'li',
  'header',
  'footer',
  'main',
  'h1',
  'h2',
  'blockquote',
  'figure',
];

const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 40 }).map((w) => `${w.join(' ')}.`);
const tree: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    sentence,
    fc
      .record({
        tag: fc.constantFrom(...BLOCKS),
        cls: fc.constantFrom(...CLASSES),
        link: fc.boolean(),
        children: fc.array(tie('node'), { maxLength: 5 }),
      })
      .map(({ tag, cls, link, children }) => {
        const inner = children.join(' ');
        const body = link ? `<a href="/x">${inner}</a>` : inner;
        return `<${tag}${cls ? ` class="${cls}"` : ''}>${body}</${tag}>`;
      }),
  ),
})).node as fc.Arbitrary<string>;
const page = fc
  .array(tree, { minLength: 1, maxLength: 6 })
  .map((parts) => `<!doctype html><html><head><title>T</title></head><body>${parts.join('')}</body></html>`);

function inBoundsAndApart(spans: Span[], text: string): boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  return sorted.every(
    (s, i) =>
      s.start >= 0 &&
      s.end <= text.length &&
      s.start < s.end &&
      text.slice(s.start, s.end) === s.text &&
      (i === 0 || (sorted[i - 1] as Span).end <= s.start),
  );
}

describe('properties over generated pages', () => {
  it('the core never throws, never hides the story or its ancestors, and its spans lie in the text', () => {
    fc.assert(
      fc.property(page, (html) => {
        const result = analyzeDocument(parseHtml(html));
        const article = result.article;
        if (!article) return result.boilerplate.length === 0;
        const storyNodes = article.extracted.runs.map((r) => r.node);
        for (const { element } of result.boilerplate) {
          if (element.contains(article.root)) return false;
          if (storyNodes.some((n) => element.contains(n))) return false;
        }
        const text = result.analysis.article?.text ?? '';
        return (
          inBoundsAndApart(result.analysis.figures, text) &&
          inBoundsAndApart(
            result.analysis.companies.flatMap((c) => c.mentions),
            text,
          )
        );
      }),
      { numRuns: 300 },
    );
  });

  it('turning Lede off gives back the page exactly', async () => {
    await fc.assert(
      fc.asyncProperty(page, fc.boolean(), async (html, highlightFirst) => {
        document.body.innerHTML = html.slice(html.indexOf('<body>') + 6, html.lastIndexOf('</body>'));
        const before = document.body.innerHTML;
        const lede = createController(
          document,
          () => 'http://127.0.0.1/generated',
          { highlight: highlightFirst, cleanup: true },
          inProcess(),
        );
        await lede.runSliced();
        lede.set({ highlight: true });
        lede.set({ highlight: false, cleanup: false });
        return document.body.innerHTML === before;
      }),
      { numRuns: 150 },
    );
  });
});

describe('properties over generated texts', () => {
  it('the recognisers never throw, and give spans within the text that do not overlap', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.array(fc.constantFrom(...WORDS, ' ', ',', '.', '\n'), { maxLength: 80 }).map((w) => w.join(' ')),
    );
    fc.assert(
      fc.property(text, (t) => {
        const { companies, figures } = recogniseEntities(t);
        return inBoundsAndApart(companies, t) && inBoundsAndApart(figures, t);
      }),
      { numRuns: 1000 },
    );
  });
});
