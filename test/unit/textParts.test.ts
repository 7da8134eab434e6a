// A very long article is read a part at a time; what it finds must not depend on where the parts end.
import { describe, expect, it } from 'vitest';
import { recogniseEntities, recogniseEntitiesSteps } from '../../core/analyzeText';
import { runToEnd } from '../../core/steps';
import { textParts } from '../../core/text/textParts';

describe('textParts', () => {
  it('cuts at the first paragraph break after each part size, covering the text in order', () => {
    const text = ['a'.repeat(30), 'b'.repeat(5), 'c'.repeat(40), 'd'.repeat(3)].join('\n\n');
    const parts = textParts(text, 20);
    // From 30, the next part's size runs to 50, inside the c's: it ends at the break after them.
    expect(parts).toEqual([
      [0, 30],
      [30, 79],
      [79, 84],
    ]);
    expect(parts.map(([from, to]) => text.slice(from, to)).join('')).toBe(text);
  });

  it('keeps a text shorter than a part, or without a paragraph break, whole, and an empty one as one empty part', () => {
    expect(textParts('short\n\ntext', 100)).toEqual([[0, 11]]);
    expect(textParts('x'.repeat(50), 10)).toEqual([[0, 50]]);
    expect(textParts('', 10)).toEqual([[0, 0]]);
  });
});

describe('recognising a text in parts', () => {
  // Names the text establishes early count later, across parts: `Doxim Inc.` makes a later bare
  // `Doxim` a mention, `Shell plc` makes a later sentence-opening `Shell` one.
  const paragraphs = [
    'Doxim Inc. said revenue rose 12% to $4.5 million in the quarter.',
    'Shell plc cut its dividend by a third, to 24 cents a share.',
    'Analysts at Harbor Point Capital expect 1,200 job cuts by 2026.',
    'Doxim said the deal closed on March 3. Shell said it would sell 40 stations.',
    'Shares of Brightwater fell 8.5% after Quorvia, a leading provider of payroll software, won the contract.',
    'Shell rose 2%, and Doxim added 1.1 billion euros of orders.',
  ];
  const text = Array.from({ length: 8 }, (_, i) => paragraphs[i % paragraphs.length]).join('\n\n');

  it('finds the same companies and figures as reading it whole', () => {
    const whole = recogniseEntities(text);
    expect(whole.companies.map((m) => m.name)).toContain('Doxim');
    expect(whole.companies.filter((m) => m.text === 'Shell').length).toBeGreaterThan(0);
    expect(textParts(text, 100).length).toBeGreaterThan(4);
    const inParts = runToEnd(recogniseEntitiesSteps(text, undefined, 100));
    expect(inParts).toEqual(whole);
  });
});
