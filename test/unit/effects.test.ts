// @vitest-environment happy-dom
// The page effects on a real DOM (happy-dom): both highlight paths — the CSS Custom Highlight
// API where the browser has it, <mark> wrapping where it does not — and exact restore.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_SNAPSHOT_CHARS, Unanswered } from '../../core/analysisRoute';
import { analyzeDocument } from '../../core/analyze';
import type { MarkupRequest, PageRequest } from '../../core/handover';
import { Superseded } from '../../core/slices';
import { createController } from '../../effects/controller';
import { hasHighlightApi, MAX_REGISTERED } from '../../effects/highlight';
import { inProcess } from '../../harness/inProcess';
import { FIXTURES, SAMPLE } from '../../harness/paths';

const html = readFileSync(SAMPLE.page, 'utf8');
const bodyOf = (page: string) => page.slice(page.indexOf('<body>') + 6, page.lastIndexOf('</body>'));

/** A stand-in for the browser's Highlight (a set of ranges), recording what Lede registers. */
class FakeHighlight {
  ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
  add(range: Range): this {
    this.ranges.push(range);
    return this;
  }
  delete(range: Range): boolean {
    const had = this.ranges.includes(range);
    this.ranges = this.ranges.filter((r) => r !== range);
    return had;
  }
}

/** A stand-in for IntersectionObserver: the test says which watched elements are near the viewport. */
class FakeIntersectionObserver {
  static last: FakeIntersectionObserver | null = null;
  targets: Element[] = [];
  disconnected = false;
  constructor(readonly callback: (entries: Array<{ target: Element; isIntersecting: boolean }>) => void) {
    FakeIntersectionObserver.last = this;
  }
  observe(target: Element): void {
    this.targets.push(target);
  }
  disconnect(): void {
    this.disconnected = true;
  }
  /** Reports every watched element, near when `near` says so. */
  report(near: (target: Element, index: number) => boolean): void {
    this.callback(this.targets.map((target, i) => ({ target, isIntersecting: near(target, i) })));
  }
}

let original: string;

beforeEach(() => {
  document.body.innerHTML = bodyOf(html);
  document.title = 'Norvane Systems agrees $2.4 billion deal for Halden Robotics';
  original = document.body.innerHTML;
});

const originalCss = Object.getOwnPropertyDescriptor(window, 'CSS');

afterEach(() => {
  delete (window as unknown as Record<string, unknown>).Highlight;
  delete (window as unknown as Record<string, unknown>).IntersectionObserver;
  if (originalCss) Object.defineProperty(window, 'CSS', originalCss);
  else delete (window as unknown as Record<string, unknown>).CSS;
});

describe('highlights without the CSS Custom Highlight API (the <mark> fallback)', () => {
  it('wraps each mention and figure, and unwraps them to the exact original markup', async () => {
    expect(hasHighlightApi(window)).toBe(false);
    const lede = createController(document, () => 'http://127.0.0.1/sample', { highlight: true, cleanup: true }, inProcess());
    const analysis = await lede.runSliced();
    const marks = [...document.querySelectorAll('mark[data-lede-mark]')];
    const mentions = analysis.companies.reduce((n, c) => n + c.count, 0);
    expect(marks.length).toBe(mentions + analysis.figures.length);
    expect(marks.filter((m) => m.getAttribute('data-lede-mark') === 'company').map((m) => m.textContent)).toEqual(
      analysis.companies
        .flatMap((c) => c.mentions)
        .sort((a, b) => a.start - b.start)
        .map((m) => m.text),
    );
    expect(document.querySelector('[data-lede="article"]')?.className).toBe('story');
    expect(document.querySelectorAll('[data-lede-hidden]').length).toBe(analysis.hidden);

    lede.set({ highlight: false });
    expect(document.querySelectorAll('mark').length).toBe(0);
    lede.set({ cleanup: false });
    expect(document.body.innerHTML).toBe(original);
  });
});

describe('highlights with the CSS Custom Highlight API', () => {
  it('registers ranges by kind without touching the page, and removes them', async () => {
    const registry = new Map<string, FakeHighlight>();
    Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true, writable: true });
    Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true, writable: true });
    expect(hasHighlightApi(window)).toBe(true);

    const lede = createController(document, () => 'http://127.0.0.1/sample', { highlight: true, cleanup: false }, inProcess());
    const analysis = await lede.runSliced();
    expect(document.querySelectorAll('mark').length).toBe(0);
    expect(registry.get('lede-company')?.ranges.map((r) => r.toString())).toEqual(
      analysis.companies
        .flatMap((c) => c.mentions)
        .sort((a, b) => a.start - b.start)
        .map((m) => m.text),
    );
    expect(registry.get('lede-money')?.ranges.map((r) => r.toString())).toEqual(
      analysis.figures.filter((f) => f.kind === 'money').map((f) => f.text),
    );
    expect(registry.get('lede-money')?.ranges.length).toBeGreaterThan(2);

    lede.set({ highlight: false });
    expect([...registry.keys()]).toEqual([]);
    expect(document.body.innerHTML).toBe(original);
  });
});

describe('highlights on a very long article', () => {
  it('registers only the ranges near the viewport, follows the reader, and stops watching when off', async () => {
    const registry = new Map<string, FakeHighlight>();
    Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true, writable: true });
    Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true, writable: true });
    Object.defineProperty(window, 'IntersectionObserver', { value: FakeIntersectionObserver, configurable: true, writable: true });
    document.body.innerHTML = `<main><article><h1>A long story</h1>${Array.from(
      { length: 800 },
      (_, i) =>
        `<p>Paragraph ${i + 1}: shares of Acme Widgets rose ${(i % 40) + 1}% after revenue reached $${(i % 90) + 10} million as demand grew.</p>`,
    ).join('')}</article></main>`;
    const paragraphs = [...document.querySelectorAll('p')];
    const lede = createController(document, () => 'http://127.0.0.1/long', { highlight: true, cleanup: false }, inProcess());
    const analysis = await lede.runSliced();
    const spans = analysis.companies.reduce((n, c) => n + c.count, 0) + analysis.figures.length;
    expect(spans).toBeGreaterThan(MAX_REGISTERED);
    const registered = () => [...registry.values()].flatMap((h) => h.ranges);
    const paragraphsHighlighted = () =>
      new Set(registered().map((r) => paragraphs.indexOf(r.startContainer.parentElement as HTMLParagraphElement)));
    expect(registered()).toEqual([]);

    const observer = FakeIntersectionObserver.last as FakeIntersectionObserver;
    expect(observer.targets.length).toBeGreaterThan(5);
    expect(observer.targets.every((t) => t.tagName === 'P')).toBe(true);
    // The reader is at the fourth watched paragraph: its group and the one before it (which
    // reaches down to it) are highlighted, nothing else.
    const at = (k: number) => paragraphs.indexOf(observer.targets[k] as HTMLParagraphElement);
    observer.report((_, i) => i === 3);
    const near = paragraphsHighlighted();
    expect(registered().length).toBeGreaterThan(0);
    expect(registered().length).toBeLessThan(spans / 4);
    expect(Math.min(...near)).toBe(at(2));
    // It ends where the next group starts, which may be inside that paragraph.
    expect(Math.max(...near)).toBeGreaterThanOrEqual(at(4) - 1);
    expect(Math.max(...near)).toBeLessThanOrEqual(at(4));
    expect(registered().every((r) => r.startContainer.isConnected && r.toString().length > 0)).toBe(true);

    // Scrolled to the end: the ranges up there are gone, the last paragraph's are in.
    const last = observer.targets.length - 1;
    observer.report((_, i) => i === last);
    expect(Math.min(...paragraphsHighlighted())).toBe(at(last - 1));
    expect(paragraphsHighlighted().has(paragraphs.length - 1)).toBe(true);
    expect(registered().map((r) => r.toString())).toContain('Acme Widgets');

    lede.set({ highlight: false });
    expect([...registry.keys()]).toEqual([]);
    expect(observer.disconnected).toBe(true);
  });
});

describe('analysis in slices', () => {
  const longStory = (paragraphs: number) =>
    `<main><article><h1>A long story</h1>${Array.from(
      { length: paragraphs },
      (_, i) =>
        `<p>Paragraph ${i + 1}: shares of Acme Widgets rose ${(i % 40) + 1}% after revenue reached $${(i % 90) + 10} million as demand grew.</p>`,
    ).join('')}</article></main>`;

  /** The analysis in one call, as the CLI gives it, for what the controller should end with. */
  const once = (url: string) => analyzeDocument(document, { url }).analysis;
  const withBackground = (analyser: ReturnType<typeof inProcess>, highlight: boolean) =>
    createController(document, () => 'http://127.0.0.1/long', { highlight, cleanup: true }, analyser);

  it('gives the same analysis as one call, in several slices, from the markup analysed elsewhere, and says so in its timings', async () => {
    document.body.innerHTML = longStory(600);
    const expected = once('http://127.0.0.1/long');
    const asked: Array<PageRequest | MarkupRequest> = [];
    const lede = withBackground(inProcess(asked), true);
    const { timings, hidden, toggles, running, analyses, ...rest } = await lede.runSliced();
    const { timings: _, hidden: __, ...same } = expected;
    expect(rest).toEqual(same);
    expect(hidden).toBeGreaterThanOrEqual(0);
    expect(timings.slices).toBeGreaterThan(1);
    expect(asked).toHaveLength(1);
    const request = asked[0] as MarkupRequest;
    expect(request.signals.title).toBe(expected.title);
    expect(request.url).toBe('http://127.0.0.1/long');
    expect(request.markup).toContain(expected.article?.text.slice(0, 40));
    expect(timings.parseMs).toBeGreaterThanOrEqual(0);
    expect(timings.backgroundMs).toBeCloseTo((timings.detectMs ?? 0) + (timings.entitiesMs ?? 0) + (timings.summaryMs ?? 0));
    expect(timings.roundTripMs).toBeGreaterThanOrEqual(0);
    expect(document.querySelectorAll('[data-lede="article"]')).toHaveLength(1);
  });

  it('hands over the snapshot instead when the background cannot read the markup', async () => {
    document.body.innerHTML = longStory(300);
    const expected = once('http://127.0.0.1/long');
    const asked: Array<PageRequest | MarkupRequest> = [];
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const lede = withBackground(inProcess(asked, false), true);
    const { timings, hidden: _h, toggles: _t, running: _r, analyses: _a, ...rest } = await lede.runSliced();
    const { timings: _, hidden: __, ...same } = expected;
    expect(rest).toEqual(same);
    expect(asked.map((r) => ('markup' in r ? 'markup' : 'snapshot'))).toEqual(['markup', 'snapshot']);
    expect((asked[1] as PageRequest).snapshot.texts.join('')).toContain(expected.article?.text.slice(0, 40));
    expect(timings.backgroundMs).toBeGreaterThan(0);
    expect(debug).toHaveBeenCalledOnce();
    debug.mockRestore();
  });

  it('leaves a page as it is when its markup is not answered and its snapshot is too long for one message', async () => {
    document.body.innerHTML = longStory(3_500);
    const before = document.body.innerHTML;
    const asked: Array<PageRequest | MarkupRequest> = [];
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const lede = withBackground(inProcess(asked, false), true);
    const refused = lede.runSliced();
    await expect(refused).rejects.toBeInstanceOf(Unanswered);
    await expect(refused).rejects.toMatchObject({ reason: 'no-answer' });
    expect(document.body.textContent?.length).toBeGreaterThan(MAX_SNAPSHOT_CHARS);
    expect(asked.map((r) => ('markup' in r ? 'markup' : 'snapshot'))).toEqual(['markup']);
    expect(document.body.innerHTML).toBe(before);
    debug.mockRestore();
  });

  it('leaves the page as it is when the background cannot answer, and never analyses on the page', async () => {
    document.body.innerHTML = longStory(300);
    const before = document.body.innerHTML;
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const lede = createController(
      document,
      () => 'http://127.0.0.1/long',
      { highlight: true, cleanup: true },
      () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
    );
    await expect(lede.runSliced()).rejects.toMatchObject({ reason: 'no-answer' });
    expect(document.body.innerHTML).toBe(before);
    expect(lede.snapshot().pending).toBe(true);
    // Neither its markup nor its snapshot was answered.
    expect(debug).toHaveBeenCalledTimes(2);
    debug.mockRestore();
  });

  it('follows the reader: the story they picked, by markup or node by node, or an article forced', async () => {
    const html = readFileSync(join(FIXTURES, 'override', 'story-1.html'), 'utf8');
    for (const readsMarkup of [true, false]) {
      document.body.innerHTML = html.slice(html.indexOf('<body>') + 6, html.lastIndexOf('</body>'));
      const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
      const lede = createController(
        document,
        () => 'http://127.0.0.1/story-1',
        { highlight: false, cleanup: true },
        inProcess([], readsMarkup),
      );
      expect((await lede.runSliced()).declined).toBe('no-long-text');
      const card = document.querySelector('.post-card') as Element;
      lede.choose({ root: card });
      const picked = await lede.runSliced();
      expect(picked.article?.text).toContain('The harbour council voted on Tuesday');
      expect(lede.root()).toBe(card);
      expect(card.getAttribute('data-lede')).toBe('article');
      expect(document.querySelector('[data-lede-chosen]')).toBeNull();
      lede.choose({ force: true });
      expect((await lede.runSliced()).article).not.toBeNull();
      lede.stop();
      debug.mockRestore();
    }
  });

  it('a newer run supersedes one still in progress', async () => {
    document.body.innerHTML = longStory(800);
    const lede = createController(document, () => 'http://127.0.0.1/long', { highlight: false, cleanup: true }, inProcess());
    const first = lede.runSliced();
    const second = lede.runSliced();
    await expect(first).rejects.toBeInstanceOf(Superseded);
    expect((await second).article).not.toBeNull();
  });
});
