// The page snapshot the detector reads: what it copies out of the DOM, how it reads as a tree,
// and that a detection over it, sent as a message, names the same nodes as one on the page.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parseHtml';
import { analyzeDocument } from '../../core/analyze';
import { answerSteps } from '../../core/answer';
import { liveAnalysisSteps } from '../../core/page/liveAnswer';
import { readPageSteps } from '../../core/page/readPage';
import { snapshotSteps } from '../../core/page/snapshot';
import { BELOW, elementChildren, firstElementChild, textOf, treeOf } from '../../core/page/snapshotTree';
import { runToEnd } from '../../core/steps';
import { SAMPLE } from '../../harness/paths';

const snap = (body: string) => {
  const doc = parseHtml(`<html><body>${body}</body></html>`);
  return { doc, ...runToEnd(snapshotSteps(doc.body)) };
};

describe('snapshotSteps', () => {
  it('copies elements and text nodes in document order, with their parents, and no comments', () => {
    const { snapshot, nodes } = snap('<div id="a" class="x y"><p>One <b>two</b></p><!-- note --></div>three');
    expect(snapshot.tags).toEqual(['BODY', 'DIV', 'P', '', 'B', '', '']);
    expect(snapshot.parents).toEqual([-1, 0, 1, 2, 2, 4, 0]);
    expect(snapshot.texts).toEqual(['', '', '', 'One ', '', 'two', 'three']);
    expect(snapshot.classes[1]).toBe('x y');
    expect(snapshot.ids[1]).toBe('a');
    expect((nodes[5] as Text).data).toBe('two');
  });

  it('keeps script, style and svg elements but not what is inside them', () => {
    const { snapshot } = snap('<script>var x = "<p>";</script><style>p{}</style><svg><title>Icon</title></svg><p>Text</p>');
    expect(snapshot.tags).toEqual(['BODY', 'SCRIPT', 'STYLE', 'SVG', 'P', '']);
    expect(snapshot.texts.join('')).toBe('Text');
  });

  it('marks what the markup hides and keeps the rarer attributes the detector reads', () => {
    const { snapshot } = snap(
      '<div hidden>a</div><div class="sr-only">b</div><div style="display: none">c</div><div class="shown">d</div>' +
        '<nav role="navigation" aria-label="Main">e</nav><div itemprop="articleBody" aria-hidden="true" data-component="story">f</div>',
    );
    expect(snapshot.hidden.sort((a, b) => a - b)).toEqual([1, 3, 5]);
    expect(snapshot.attributes[9]).toEqual({ role: 'navigation', label: 'Main' });
    expect(snapshot.attributes[11]).toEqual({ itemprop: 'articleBody', ariaHidden: 'true', component: 'story' });
    expect(snapshot.attributes[7]).toBeUndefined();
  });

  it('reads an `a` without `href` (a named anchor, a tab label) as no link', () => {
    const { snapshot } = snap('<a name="ingredients">Ingredients</a><a href="/next">Next</a><a href="">Top</a>');
    expect(snapshot.tags).toEqual(['BODY', 'SPAN', '', 'A', '', 'A', '']);
  });
});

describe('treeOf', () => {
  it('answers what textContent and querySelector would', () => {
    const { snapshot } = snap('<div><h2>Read more</h2><a href="/1">One</a> and <a href="/2">two</a><nav>x</nav></div><p>After <img></p>');
    const tree = treeOf(snapshot);
    expect(Array.from(tree.ends)).toEqual([14, 11, 4, 4, 6, 6, 7, 9, 9, 11, 11, 14, 13, 14]);
    expect(textOf(tree, 1)).toBe('Read moreOne and twox');
    expect(textOf(tree, 1, 5)).toBe('Read ');
    expect(firstElementChild(tree, 1)).toBe(2);
    expect(elementChildren(tree, 1)).toEqual([2, 4, 7, 9]);
    expect(tree.links[1]).toBe(2);
    expect((tree.below[1] ?? 0) & BELOW.nav).toBe(BELOW.nav);
    expect((tree.below[11] ?? 0) & BELOW.media).toBe(BELOW.media);
    expect((tree.below[0] ?? 0) & BELOW.headline).toBe(0);
  });
});

describe('a detection sent as a message', () => {
  it('names the same article, clutter and text nodes on the page as one run there', () => {
    const html = readFileSync(SAMPLE.page, 'utf8');
    const here = analyzeDocument(parseHtml(html), { url: 'http://127.0.0.1/sample' });
    const doc = parseHtml(html);
    const read = runToEnd(readPageSteps(doc, 'http://127.0.0.1/sample'));
    // What the browser does to a message and its answer: JSON in, JSON out.
    const request = JSON.parse(JSON.stringify(read.request));
    const answer = JSON.parse(JSON.stringify(runToEnd(answerSteps(request))));
    const there = runToEnd(liveAnalysisSteps(read, answer));
    const { timings: _a, ...expected } = here.analysis;
    const { timings: _b, ...got } = there.analysis;
    expect(got).toEqual(expected);
    expect(there.article?.root.getAttribute('class')).toBe(here.article?.root.getAttribute('class'));
    expect(there.article?.root.ownerDocument).toBe(doc);
    expect(there.boilerplate.map((b) => `${b.reason} ${b.element.tagName}.${b.element.getAttribute('class')}`)).toEqual(
      here.boilerplate.map((b) => `${b.reason} ${b.element.tagName}.${b.element.getAttribute('class')}`),
    );
    const runs = there.article?.extracted.runs ?? [];
    expect(runs.length).toBeGreaterThanOrEqual(9);
    for (const run of runs) {
      expect(run.node.ownerDocument).toBe(doc);
      expect(there.article?.extracted.text.slice(run.start, run.start + run.length)).toBe(
        run.node.data.slice(run.offset, run.offset + run.length),
      );
    }
  });
});
