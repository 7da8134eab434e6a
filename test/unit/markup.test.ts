// Reading the page from its markup (`body.outerHTML`) away from the page, and finding the answer's
// nodes on the page again: the snapshot is the one a walk over the page's nodes gives, and the
// located article is the same elements and the same characters of the same text nodes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parseHtml';
import { answerMarkupSteps, answerSteps } from '../../core/answer';
import { liveAnalysisSteps } from '../../core/page/liveAnswer';
import { LocateError } from '../../core/page/locate';
import { readMarkup, readPageSteps } from '../../core/page/readPage';
import { MarkupError, snapshotFromMarkupSteps } from '../../core/page/snapshotFromMarkup';
import { withoutCode } from '../../core/page/withoutCode';
import { runToEnd } from '../../core/steps';
import { SAMPLE } from '../../harness/paths';

const read = (markup: string) => runToEnd(snapshotFromMarkupSteps(markup));

describe('snapshotFromMarkupSteps', () => {
  // As a browser serializes it: end tags, double quotes, only & < > and the no-break space escaped
  // in text, raw script and style text, void elements without end tags.
  const markup =
    '<body class="page" id="top"><div id="a" class="x  y" data-x="1 &gt; 0">One &amp; <b>two</b>&nbsp;&lt;three&gt;<!-- note --></div>' +
    '<img src="a.png" alt="An &quot;image&quot;"><br><p title="<p>">Text<br>more</p>' +
    '<script>if (a < b && c > d) document.write("<p>x</p>");</script><style>p > a { color: red }</style>' +
    '<svg viewBox="0 0 1 1"><title>Icon &amp; more</title><path d="M0 0"></path></svg><template><p>Later</p></template>' +
    '<noscript><img src="x.png"> Enable</noscript><textarea>a &lt; b</textarea>' +
    '<div hidden="">a</div><div class="sr-only">b</div><div style="display: none">c</div><nav role="navigation" aria-label="Main">e</nav>' +
    '<div itemprop="articleBody" aria-hidden="true" data-component="story">f</div><style ="" type="text/css">.x{}</style></body>';

  it('copies elements and text nodes in document order, with their parents and decoded text', () => {
    const { snapshot } = read(markup);
    expect(snapshot.tags).toEqual([
      'BODY',
      'DIV',
      '',
      'B',
      '',
      '',
      'IMG',
      'BR',
      'P',
      '',
      'BR',
      '',
      'SCRIPT',
      'STYLE',
      'SVG',
      'TEMPLATE',
      'NOSCRIPT',
      '',
      'TEXTAREA',
      '',
      'DIV',
      '',
      'DIV',
      '',
      'DIV',
      '',
      'NAV',
      '',
      'DIV',
      '',
      'STYLE',
    ]);
    expect(snapshot.parents.slice(0, 12)).toEqual([-1, 0, 1, 1, 3, 1, 0, 0, 0, 8, 8, 8]);
    expect(snapshot.texts.slice(0, 6)).toEqual(['', '', 'One & ', '', 'two', '\u00a0<three>']);
    // A noscript's text is raw markup, as the page holds it when scripts run; a textarea's is text.
    expect(snapshot.texts[17]).toBe('<img src="x.png"> Enable');
    expect(snapshot.texts[19]).toBe('a < b');
    expect([snapshot.classes[0], snapshot.ids[0], snapshot.classes[1], snapshot.ids[1]]).toEqual(['page', 'top', 'x  y', 'a']);
  });

  it('marks what the markup hides and keeps the rarer attributes, as the walk does', () => {
    const { snapshot } = read(markup);
    expect(snapshot.hidden).toEqual([20, 22, 24]);
    expect(snapshot.attributes).toEqual({
      26: { role: 'navigation', label: 'Main' },
      28: { component: 'story', itemprop: 'articleBody', ariaHidden: 'true' },
    });
  });

  it('reads an `a` without `href` as no link, as the walk does', () => {
    const { snapshot } = read(
      '<div><a name="ingredients">Ingredients</a><a class="x" href="/next">Next</a><a hreflang="de">Hallo</a></div>',
    );
    expect(snapshot.tags).toEqual(['DIV', 'SPAN', '', 'A', '', 'SPAN', '']);
  });

  it('counts the text the page holds inside an svg, which the snapshot leaves out; script and style text is code, counted by neither side', () => {
    const { snapshot, unread } = read(markup);
    expect(snapshot.texts.join('')).not.toContain('document.write');
    expect(snapshot.texts.join('')).not.toContain('color: red');
    expect(unread).toEqual({ 14: 'Icon & more'.length });
  });

  it('reads the same snapshot from the markup without its code and comments (withoutCode)', () => {
    const short = withoutCode(markup);
    expect(short).not.toContain('document.write');
    expect(short).not.toContain('color: red');
    expect(short).not.toContain('note');
    expect(short).toContain('<script></script><style></style><svg viewBox="0 0 1 1"><title>Icon &amp; more</title>');
    expect(short).toContain('<noscript><img src="x.png"> Enable</noscript>');
    expect(read(short)).toEqual(read(markup));
  });

  it('leaves out only code: a quoted `>`, a nested svg, a noscript and a template are followed', () => {
    const page =
      '<body><script type="x" data-x="a > b">var s = "<style>";</script><p>One<!-- <script> -->two</p>' +
      '<svg><svg><style>.a{}</style></svg><script>s()</script></svg><noscript><script>n()</script></noscript>' +
      '<template><script>t()</script></template><style media="print">p{}</style><p>end</p></body>';
    const short = withoutCode(page);
    expect(short).toBe(
      '<body><script type="x" data-x="a > b"></script><p>Onetwo</p>' +
        '<svg><svg><style>.a{}</style></svg><script>s()</script></svg><noscript><script>n()</script></noscript>' +
        '<template><script></script></template><style media="print"></style><p>end</p></body>',
    );
    const { snapshot } = read(page);
    // Reading the two gives the same elements; the comment's split text is one run in the markup without it.
    expect(read(short).snapshot.tags).toEqual(snapshot.tags.filter((_, i) => snapshot.texts[i] !== 'two'));
    // Nothing to leave out: the same string, not a copy.
    const plain = '<body><p>a</p></body>';
    expect(withoutCode(plain)).toBe(plain);
  });

  it('rejects markup it cannot follow instead of guessing', () => {
    // A page's script may hold `</script>` in its text; its markup then closes the script early.
    expect(() => read('<body><script>a</script>b</script></body>')).toThrow(MarkupError);
    expect(() => read('<body><div><p>open</div></body>')).toThrow(MarkupError);
    expect(() => read('<body><div>')).toThrow(MarkupError);
    expect(() => read('<body><a href=x>b</a></body>')).toThrow(MarkupError);
    expect(() => read('text')).toThrow(MarkupError);
  });
});

describe('an answer read from markup, located on the page', () => {
  /**
   * `keepCode` false: the markup sent without its code, as in browsers (linkedom's serializer
   * leaves `<` raw in attribute values, so readMarkup keeps the code here).
   */
  const analyseBoth = (doc: Document, keepCode = true) => {
    const byNodes = runToEnd(readPageSteps(doc, 'u'));
    if (!byNodes.request) throw new Error('no snapshot');
    const nodeAnswer = runToEnd(answerSteps(structuredClone(byNodes.request)));
    const byMarkup = readMarkup(doc, 'u', Number.POSITIVE_INFINITY);
    if (!byMarkup) throw new Error('no markup');
    if (!keepCode) byMarkup.request.markup = withoutCode(byMarkup.request.markup);
    const markupAnswer = runToEnd(answerMarkupSteps(structuredClone(byMarkup.request)));
    const page = { signals: byMarkup.request.signals, request: null, root: byMarkup.root, nodes: [], chars: 0, readMs: 0 };
    return {
      nodes: runToEnd(liveAnalysisSteps(byNodes, nodeAnswer)),
      markup: runToEnd(liveAnalysisSteps(page, markupAnswer)),
      markupAnswer,
    };
  };

  it('names the same elements and the same characters of the same text nodes as an answer by node index', () => {
    const doc = parseHtml(readFileSync(SAMPLE.page, 'utf8'));
    const { nodes, markup, markupAnswer } = analyseBoth(doc);
    expect(markupAnswer.located?.runs.length).toBeGreaterThan(0);
    expect(markup.article?.root).toBe(nodes.article?.root);
    expect(markup.article?.extracted).toEqual(nodes.article?.extracted);
    expect(markup.article?.extracted.runs.map((r) => r.node)).toEqual(nodes.article?.extracted.runs.map((r) => r.node));
    expect(markup.boilerplate.map((b) => b.element)).toEqual(nodes.boilerplate.map((b) => b.element));
    expect(markup.article?.strays).toEqual(nodes.article?.strays);
    const { timings: a, ...analysis } = markup.analysis;
    const { timings: _, ...expected } = nodes.analysis;
    expect(analysis).toEqual(expected);
    expect(a.parseMs).toBeGreaterThanOrEqual(0);
  });

  it('splits a run over the text nodes a page holds where its markup has one', () => {
    const doc = parseHtml(readFileSync(SAMPLE.page, 'utf8'));
    // Split every text node of the story in two, and add an empty one: the markup does not change.
    const paragraphs = [...doc.querySelectorAll('.body p')];
    expect(paragraphs.length).toBeGreaterThan(3);
    for (const p of paragraphs) {
      const text = p.firstChild;
      if (text?.nodeType !== 3 || (text as Text).data.length < 10) continue;
      const data = (text as Text).data;
      (text as Text).data = data.slice(0, 5);
      p.insertBefore(doc.createTextNode(''), text.nextSibling);
      p.insertBefore(doc.createTextNode(data.slice(5)), text.nextSibling);
    }
    const { nodes, markup } = analyseBoth(doc);
    expect(markup.article?.extracted.text).toBe(nodes.article?.extracted.text);
    const runs = markup.article?.extracted.runs ?? [];
    expect(runs.length).toBeGreaterThan(0);
    for (const run of runs)
      expect(run.node.data.slice(run.offset, run.offset + run.length)).toBe(
        markup.article?.extracted.text.slice(run.start, run.start + run.length),
      );
  });

  it('skips script and style text inside the story, which the markup it sends leaves out', () => {
    const doc = parseHtml(readFileSync(SAMPLE.page, 'utf8'));
    const paragraphs = [...doc.querySelectorAll('.body p')];
    expect(paragraphs.length).toBeGreaterThan(3);
    for (const [k, p] of paragraphs.entries()) {
      const code = doc.createElement(k % 2 ? 'style' : 'script');
      code.textContent = k % 2 ? 'p > b { color: red }' : 'window.x = "<p>not text</p>";';
      p.insertBefore(code, p.firstChild?.nextSibling ?? null);
    }
    for (const keepCode of [true, false]) {
      const { nodes, markup, markupAnswer } = analyseBoth(doc, keepCode);
      expect(markupAnswer.located?.runs.length).toBeGreaterThan(0);
      expect(markup.article?.extracted.text).not.toContain('not text');
      expect(markup.article?.extracted).toEqual(nodes.article?.extracted);
      expect(markup.article?.extracted.runs.map((r) => r.node)).toEqual(nodes.article?.extracted.runs.map((r) => r.node));
    }
  });

  it('throws when the page changed after its markup was read, so the page is read node by node', () => {
    const doc = parseHtml(readFileSync(SAMPLE.page, 'utf8'));
    const byMarkup = readMarkup(doc, 'u', Number.POSITIVE_INFINITY);
    if (!byMarkup) throw new Error('no markup');
    const answer = runToEnd(answerMarkupSteps(byMarkup.request));
    for (const p of doc.querySelectorAll('p')) p.textContent = 'Changed by a script.';
    const page = { signals: byMarkup.request.signals, request: null, root: byMarkup.root, nodes: [], chars: 0, readMs: 0 };
    expect(() => runToEnd(liveAnalysisSteps(page, answer))).toThrow(LocateError);
  });

  it('is not read from markup when the page has more elements than allowed', () => {
    const doc = parseHtml('<html><body><p>a</p><p>b</p></body></html>');
    expect(readMarkup(doc, 'u', 1)).toBeNull();
    expect(readMarkup(doc, 'u', 2)?.request.markup).toBe('<body><p>a</p><p>b</p></body>');
  });
});
