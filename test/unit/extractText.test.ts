import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parseHtml';
import { domSpan, extractText } from '../../core/text/extractText';

describe('extractText', () => {
  const doc = parseHtml(
    '<div id="r"><p>  Hello   <b>big</b>\n world. </p><p>Second<br>line &amp; <script>x()</script>more</p><ul><li>One</li><li>Two</li></ul></div>',
  );
  const root = doc.getElementById('r') as Element;
  const { text, runs } = extractText(root);

  it('collapses whitespace and separates blocks with blank lines', () => {
    expect(text).toBe('Hello big world.\n\nSecond\nline & more\n\nOne\n\nTwo');
  });

  it('maps every span back to the text nodes it came from', () => {
    for (const word of ['Hello', 'big', 'world.', 'Second', 'more', 'Two']) {
      const start = text.indexOf(word);
      const span = domSpan(runs, start, start + word.length);
      expect(span).not.toBeNull();
      if (span && span.startNode === span.endNode) expect(span.startNode.data.slice(span.startOffset, span.endOffset)).toBe(word);
    }
    const across = text.indexOf('big world');
    const span = domSpan(runs, across, across + 'big world'.length);
    expect(span?.startNode.data).toBe('big');
    expect(span?.endNode.data.slice(0, span.endOffset)).toBe('\n world');
  });

  it('leaves out what the skip rule names', () => {
    expect(extractText(root, (el) => el.tagName === 'UL').text).not.toContain('One');
  });
});
