import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isProbablyReaderable } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parseHtml';
import { analyzeDocument, detectArticle } from '../../core/analyze';
import { FIXTURES } from '../../harness/paths';

const NOT_ARTICLES = join(FIXTURES, 'not-articles');

describe('pages that are not articles', () => {
  it.each(readdirSync(NOT_ARTICLES))('%s: no article, nothing to hide or highlight', (file) => {
    const page = analyzeDocument(parseHtml(readFileSync(join(NOT_ARTICLES, file), 'utf8')));
    expect(page.analysis.article).toBeNull();
    expect(page.boilerplate).toEqual([]);
    expect(page.analysis.companies).toEqual([]);
    expect(page.analysis.figures).toEqual([]);
  });
});

describe("Lede's article gate against Firefox's isProbablyReaderable", () => {
  it.each(['product-page.html', 'shop-no-schema.html', 'news-home.html', 'section-front.html'])(
    '%s: Firefox offers its reader, Lede does not call it an article',
    (file) => {
      const html = readFileSync(join(NOT_ARTICLES, file), 'utf8');
      expect(isProbablyReaderable(parseHtml(html) as never)).toBe(true);
      expect(detectArticle(parseHtml(html)).article).toBeNull();
    },
  );
});

const paragraphs = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<p>Paragraph ${i + 1} of the story tells the reader what happened, who was involved and why it matters to them today.</p>`,
  ).join('');

describe('detectArticle', () => {
  it('keeps a short lead paragraph and subheadings with the story', () => {
    const doc = parseHtml(
      `<main><article><h1>Headline</h1><div class="lead"><p>The short lead.</p></div><div class="text">${paragraphs(4)}<h2>A subheading</h2>${paragraphs(2)}</div></article></main>`,
    );
    const text = detectArticle(doc).article?.extracted.text ?? '';
    expect(text).toContain('The short lead.');
    expect(text).toContain('A subheading');
    expect(text).not.toContain('Headline');
  });

  it('leaves comments, share bars and related links out of the story', () => {
    const doc = parseHtml(
      `<article><div class="body">${paragraphs(5)}<div class="share-tools"><a href="#">Share on X</a></div><ul class="related-links"><li><a href="/a">Another story about markets</a></li><li><a href="/b">And one more story</a></li></ul></div></article><section id="comments"><h2>Comments</h2>${paragraphs(6).replaceAll('story', 'comment')}</section>`,
    );
    const detection = detectArticle(doc);
    const text = detection.article?.extracted.text ?? '';
    expect(text).toContain('Paragraph 5 of the story');
    expect(text).not.toContain('Share on X');
    expect(text).not.toContain('Another story');
    expect(text).not.toContain('of the comment');
    expect(detection.article?.strays.map((s) => s.reason).sort()).toEqual(['related', 'share']);
  });

  it('does not trust clutter words on a wrapper that holds the whole story', () => {
    const doc = parseHtml(
      `<div class="layout has-sidebar"><div class="post">${paragraphs(5)}</div></div><aside class="sidebar"><p>Short.</p></aside>`,
    );
    expect(detectArticle(doc).article?.extracted.text).toContain('Paragraph 5');
  });

  it('reads the language and title the page declares', () => {
    const doc = parseHtml(
      `<html lang="de"><head><title>Titel | Zeitung</title></head><body><article>${paragraphs(4)}</article></body></html>`,
    );
    const { signals } = detectArticle(doc);
    expect(signals.lang).toBe('de');
    expect(signals.title).toBe('Titel');
  });
});
