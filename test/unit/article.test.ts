import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isProbablyReaderable } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parseHtml';
import { analyzeDocument, detectArticle } from '../../core/analyze';
import { snapshotSteps } from '../../core/page/snapshot';
import { runToEnd } from '../../core/steps';
import { FIXTURES } from '../../harness/paths';

const NOT_ARTICLES = join(FIXTURES, 'not-articles');
const ARTICLES = join(FIXTURES, 'articles');
const SHOPS = join(FIXTURES, 'shops');
const fixture = (folder: string, file: string) => readFileSync(join(folder, file), 'utf8');

/** Why each page that is not an article is declined. */
const DECLINED: Record<string, string> = {
  'empty.html': 'empty',
  'link-list.html': 'no-long-text',
  'news-home.html': 'listing',
  // Every block of its main text is a caption: nothing is left to read as a story.
  'photo-gallery.html': 'no-long-text',
  'product-page.html': 'shop',
  'search-results.html': 'listing',
  'section-front.html': 'listing',
  'shop-no-schema.html': 'shop',
  'web-app.html': 'no-long-text',
};

describe('pages that are not articles', () => {
  it.each(readdirSync(NOT_ARTICLES))('%s: no article, nothing to hide or highlight, and why', (file) => {
    const page = analyzeDocument(parseHtml(fixture(NOT_ARTICLES, file)));
    expect(page.analysis.article).toBeNull();
    expect(page.boilerplate).toEqual([]);
    expect(page.analysis.companies).toEqual([]);
    expect(page.analysis.figures).toEqual([]);
    expect(page.analysis.declined).toBe(DECLINED[file]);
  });
});

/** Each article fixture: a sentence of its story's first and last paragraph, and text beside it that is not the story. */
const STORIES: Record<string, { first: string; last: string; not: string[] }> = {
  'hosted-blog.html': {
    first: 'a balcony facing north was a place for ferns',
    last: 'pick small fruit, turn the pots and water with care',
    not: ['Share this', 'Sowing chillies indoors', 'My balcony faces north too', 'I garden on four square metres'],
  },
  'club-news.html': {
    first: 'Twenty-three Harriers ran at the county',
    last: 'Entries close on Sunday',
    not: ['Training times', 'affiliated to the national athletics federation'],
  },
  'corporate-blog.html': {
    first: 'a routine review of our continuous integration pipeline',
    last: 'check what your tools print when a step fails',
    not: ['Request a demo', 'Book a 30-minute walkthrough', 'Five signs of credential stuffing', 'once a month', 'We use cookies'],
  },
  'regional-news.html': {
    first: 'sentenced to three years in prison on Tuesday',
    last: 'would install more cameras before the end of the year',
    not: [
      'Council approves new market hall budget',
      'Island airport to extend runway',
      'Harbour authority reviews security',
      'scattered showers',
      'second hospital wing',
    ],
  },
  // Told in one-sentence paragraphs, each shorter than a paragraph of prose.
  'sports-brief.html': {
    first: 'Rovers reached the county cup final',
    last: 'Tickets go on sale at the club shop',
    not: ['More sport', 'Harriers shine at county cross-country', "What's on", 'Valley Evening Post.'],
  },
  // A review with an affiliate's price and "Buy now" link beside its story is no shop.
  'gear-review.html': {
    first: 'I carried the Ridgeline 40 for three weeks',
    last: 'add a phone pouch to the shoulder strap',
    not: ['Popular reviews', 'Some links earn us'],
  },
  'french-story.html': {
    first: 'les puits se vident plus tôt chaque année',
    last: 'un risque de crise alimentaire dans les mois qui viennent',
    not: ['Le lac Tchad', 'Partager', 'Tous droits réservés'],
  },
};

describe('articles of the long tail: blogs, clubs, companies, regional, sports, reviews and French news', () => {
  it.each(Object.keys(STORIES))('%s: the whole story, and nothing beside it', (file) => {
    const story = STORIES[file] as (typeof STORIES)[string];
    const page = analyzeDocument(parseHtml(fixture(ARTICLES, file)));
    const text = page.analysis.article?.text ?? '';
    expect(page.analysis.declined).toBeUndefined();
    expect(text).toContain(story.first);
    expect(text).toContain(story.last);
    for (const clutter of story.not) expect(text).not.toContain(clutter);
  });
});

describe('shops stay alone, long description, reviews and all', () => {
  it.each(readdirSync(SHOPS))('%s: declined as a shop, nothing to hide or highlight', (file) => {
    const page = analyzeDocument(parseHtml(fixture(SHOPS, file)));
    expect(page.analysis.article).toBeNull();
    expect(page.analysis.declined).toBe('shop');
    expect(page.boilerplate).toEqual([]);
  });
});

describe("the reader's last word", () => {
  it('"Treat as article" takes the best candidate on a declined page', () => {
    const doc = parseHtml(fixture(SHOPS, 'long-description.html'));
    const forced = analyzeDocument(doc, { force: true });
    expect(forced.analysis.declined).toBeUndefined();
    expect(forced.analysis.article?.text).toContain('built for long days and overnight trips');
  });

  it('"Treat as article" finds nothing where there is no text', () => {
    const forced = analyzeDocument(parseHtml('<html><body><div><img src="x.png"></div></body></html>'), { force: true });
    expect(forced.analysis.article).toBeNull();
    expect(forced.analysis.declined).toBe('empty');
  });

  it('a chosen root is the article root, and the clutter around it is still found', () => {
    const doc = parseHtml(fixture(NOT_ARTICLES, 'news-home.html'));
    const { nodes } = runToEnd(snapshotSteps(doc.body));
    const card = doc.querySelector('article') as Element;
    const chosen = analyzeDocument(doc, { root: nodes.indexOf(card) });
    expect(chosen.article?.root).toBe(card);
    expect(chosen.analysis.declined).toBeUndefined();
    expect(chosen.analysis.article?.text).toContain('traders priced in fewer rate cuts');
    expect(chosen.analysis.article?.text).not.toContain('Chipmaker shares jump');
    // The site's menu beside the chosen story is clutter, as on any article.
    expect(chosen.boilerplate.some((b) => b.element.tagName === 'HEADER' || b.element.tagName === 'NAV')).toBe(true);
  });

  it('a chosen root with no text is no article', () => {
    const doc = parseHtml(
      '<html><body><p>Some text of the page that is long enough to read.</p><div id="empty"><img src="x.png"></div></body></html>',
    );
    const { nodes } = runToEnd(snapshotSteps(doc.body));
    const chosen = analyzeDocument(doc, { root: nodes.indexOf(doc.getElementById('empty') as Element) });
    expect(chosen.analysis.article).toBeNull();
    expect(chosen.analysis.declined).toBe('empty');
  });

  it('without a choice the analysis is the same as before', () => {
    const html = fixture(ARTICLES, 'regional-news.html');
    const plain = analyzeDocument(parseHtml(html), { now: () => 0 });
    const none = analyzeDocument(parseHtml(html), { now: () => 0, force: undefined, root: undefined });
    expect(none.analysis).toEqual(plain.analysis);
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

  it("shows a deals story's offers, keeps a link inside a sentence, and still hides a plain link list", () => {
    const offers =
      '<ul><li><a href="https://shop.example/a">Get it on Amazon for $139</a></li><li><a href="https://shop.example/b">Also at Walmart</a></li></ul>';
    const sentence =
      '<p>You can also <a class="newsletter-link" href="/newsletter">subscribe to this newsletter</a> here, and get it every morning.</p>';
    const links = '<ul><li><a href="/x">Markets</a></li><li><a href="/y">Politics</a></li></ul>';
    const doc = parseHtml(`<article><div class="body">${paragraphs(3)}${offers}${paragraphs(2)}${sentence}${links}</div></article>`);
    const detection = detectArticle(doc);
    const text = detection.article?.extracted.text ?? '';
    expect(text).toContain('You can also subscribe to this newsletter here');
    expect(text).not.toContain('Politics');
    // The one block hidden is the plain list; the offers stay in view.
    expect(detection.article?.strays.map((s) => [s.reason, s.element.textContent])).toEqual([['links', 'MarketsPolitics']]);
  });

  it('shows a post the story embeds, though its markup says social, and hides the share bar', () => {
    const tweet =
      '<div class="social-media-embed"><blockquote class="twitter-tweet"><p>we are. on. it.</p>— A reader (@reader) <a href="https://example.com/status/1">November 19, 2019</a></blockquote></div>';
    const doc = parseHtml(
      `<article><div class="body">${paragraphs(3)}${tweet}${paragraphs(2)}<div class="share-tools"><a href="#">Share on X</a></div></div></article>`,
    );
    const detection = detectArticle(doc);
    expect(detection.article?.extracted.text).toContain('Paragraph 2 of the story');
    expect(detection.article?.strays.map((s) => s.reason)).toEqual(['share']);
    // Shown, but a quoted post is not the story's own text.
    expect(detection.article?.extracted.text).not.toContain('we are. on. it.');
    const hidden = analyzeDocument(doc).boilerplate.map((b) => b.element.className);
    expect(hidden).toContain('share-tools');
    expect(hidden).not.toContain('social-media-embed');
  });

  it('keeps a closing paragraph that opens with related words, and leaves the related links out', () => {
    const doc = parseHtml(
      `<html lang="de"><body><article><div class="text">${paragraphs(4)}<p>Weitere Informationen erteilt Anne Beispiel in der Leitstelle unter Tel. 01234 5678 oder per E-Mail an <a href="mailto:a@example.com">a@example.com</a>.</p></div><div><p>Weitere Artikel</p><ul><li><a href="/a">Der Markt öffnet wieder am Samstag</a></li><li><a href="/b">Neue Öffnungszeiten im Rathaus</a></li></ul></div></article></body></html>`,
    );
    const text = detectArticle(doc).article?.extracted.text ?? '';
    expect(text).toContain('Weitere Informationen erteilt Anne Beispiel');
    expect(text).not.toContain('Der Markt öffnet');
  });

  it("reads a list's items as items, not as labels: a how-to's steps that open with `Sign up` stay", () => {
    const doc = parseHtml(
      `<html lang="en"><body><article>${paragraphs(4)}<ul><li>Sign up for a streaming account for $11.99 a month</li><li>If you already have an account, visit your account page to upgrade</li></ul>${paragraphs(2)}</article><div class="box"><p>Sign up for our newsletter</p><input type="email"></div></body></html>`,
    );
    const hidden = analyzeDocument(doc).boilerplate.map((b) => b.element.textContent ?? '');
    expect(hidden.some((text) => text.includes('streaming account'))).toBe(false);
    expect(hidden.some((text) => text.includes('our newsletter'))).toBe(true);
  });

  it('takes the whole post, not its longest paragraph, where short lines stand between pictures', () => {
    const filed = Array.from({ length: 12 }, (_, i) => `<a href="/tag/${i}">Category ${i}</a>`).join(', ');
    const long = 'The evening light went on for a long time over the roofs, and the trees stood against it. '.repeat(13);
    const comment = 'I really like this picture, the light is lovely and the trees too. '.repeat(12);
    const doc = parseHtml(
      `<html lang="en"><body><div class="post"><h1>Silhouette (3)</h1><small class="post-meta">Filed under ${filed}</small>` +
        '<p><a href="/a.jpg"><img src="/a.jpg"></a></p><p>The town stands dark and silent tonight…</p><p>It had started with a shot taken freehand:</p>' +
        `<p><a href="/b.jpg"><img src="/b.jpg"></a></p><p>${long}</p><div class="comments"><h3>Comments</h3><p>${comment}</p></div></div></body></html>`,
    );
    const text = detectArticle(doc).article?.extracted.text ?? '';
    expect(text).toContain('The town stands dark');
    expect(text).toContain('The evening light');
    expect(text).not.toContain('Category 3');
    expect(text).not.toContain('I really like');
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
