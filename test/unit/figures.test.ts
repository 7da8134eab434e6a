import { describe, expect, it } from 'vitest';
import { recogniseFigures } from '../../core/figures/recogniseFigures';
import { labelFigure } from '../../core/summary/labelFigure';

const find = (text: string) => recogniseFigures(text).map((f) => ({ text: f.text, kind: f.kind, value: f.value, unit: f.unit }));
const texts = (text: string) => recogniseFigures(text).map((f) => f.text);

describe('recogniseFigures: money', () => {
  it.each([
    ['the $500 billion-valued unicorn', '$500 billion', 500_000_000_000, 'USD'],
    ['a €1.2bn deal', '€1.2bn', 1_200_000_000, 'EUR'],
    ['profit of £3.5m', '£3.5m', 3_500_000, 'GBP'],
    ['raised US$40 million', 'US$40 million', 40_000_000, 'USD'],
    ['worth 500 million dollars', '500 million dollars', 500_000_000, 'USD'],
    ['cut by 50 cents', '50 cents', 0.5, 'USD'],
    ['a 5 billion yen loan', '5 billion yen', 5_000_000_000, 'JPY'],
    ['Bitcoin fell below $65,000', '$65,000', 65_000, 'USD'],
    ['HK$2.1 billion', 'HK$2.1 billion', 2_100_000_000, 'HKD'],
    ['a prize of U.S. $100,000', 'U.S. $100,000', 100_000, 'USD'],
    ['the first price is u.s $ 100,000,000', 'u.s $ 100,000,000', 100_000_000, 'USD'],
  ])('%s → %s', (text, figure, value, unit) => {
    expect(find(text)).toEqual([{ text: figure, kind: 'money', value, unit }]);
  });
});

describe('recogniseFigures: exchange-rate quotes', () => {
  it('reads the quoted currency as one unit of it', () => {
    expect(find('Dollar: 143.80 yen, euro = $1.08; the dollar rose')).toEqual([
      { text: 'Dollar', kind: 'money', value: 1, unit: 'USD' },
      { text: '143.80 yen', kind: 'money', value: 143.8, unit: 'JPY' },
      { text: 'euro', kind: 'money', value: 1, unit: 'EUR' },
      { text: '$1.08', kind: 'money', value: 1.08, unit: 'USD' },
    ]);
  });
});

describe('recogniseFigures: percent, counts, quantities', () => {
  it('resolves percentages and percentage points', () => {
    expect(find('up 12.5% and 3 percentage points, 40 per cent, 25 basis points')).toEqual([
      { text: '12.5%', kind: 'percent', value: 12.5, unit: '%' },
      { text: '3 percentage points', kind: 'percent', value: 3, unit: 'pp' },
      { text: '40 per cent', kind: 'percent', value: 40, unit: '%' },
      { text: '25 basis points', kind: 'percent', value: 25, unit: 'bp' },
    ]);
  });
  it('reads counts with scale words and large plain numbers', () => {
    expect(find('450 million users, two million homes and 12,000 staff')).toEqual([
      { text: '450 million', kind: 'count', value: 450_000_000, unit: undefined },
      { text: 'two million', kind: 'count', value: 2_000_000, unit: undefined },
      { text: '12,000', kind: 'count', value: 12_000, unit: undefined },
    ]);
  });
  it('reads quantities with units and rates', () => {
    expect(find('output of 1.4 million barrels a day')).toEqual([
      { text: '1.4 million barrels a day', kind: 'quantity', value: 1_400_000, unit: 'barrels/day' },
    ]);
  });
});

describe('recogniseFigures: multipliers and dates', () => {
  it('reads multipliers', () => {
    expect(find('grew sevenfold, a 2x return, sales tripled, a 7-fold rise, three-fold')).toEqual([
      { text: 'sevenfold', kind: 'multiplier', value: 7, unit: 'x' },
      { text: '2x', kind: 'multiplier', value: 2, unit: 'x' },
      { text: 'tripled', kind: 'multiplier', value: 3, unit: 'x' },
      { text: '7-fold', kind: 'multiplier', value: 7, unit: 'x' },
      { text: 'three-fold', kind: 'multiplier', value: 3, unit: 'x' },
    ]);
  });
  it('reads dates, with a value when the year is known', () => {
    expect(find('on December 2, on Dec. 3, 2025, on 2 December 2025, in Q3 2025, in March 2024, on 2025-12-02')).toEqual([
      { text: 'December 2', kind: 'date', value: undefined, unit: undefined },
      { text: 'Dec. 3, 2025', kind: 'date', value: Date.UTC(2025, 11, 3), unit: undefined },
      { text: '2 December 2025', kind: 'date', value: Date.UTC(2025, 11, 2), unit: undefined },
      { text: 'Q3 2025', kind: 'date', value: undefined, unit: undefined },
      { text: 'March 2024', kind: 'date', value: Date.UTC(2024, 2, 1), unit: undefined },
      { text: '2025-12-02', kind: 'date', value: Date.UTC(2025, 11, 2), unit: undefined },
    ]);
  });
});

describe('recogniseFigures: what is not a key figure', () => {
  it.each([
    ['product names and versions', 'Gemini 3 beat iPhone 16 and Windows 11 users'],
    ['times of day', 'at 10:30 am, at 3 pm, by 9 a.m.'],
    ['phone numbers', 'call 555-123-4567 or +1 (212) 555-0100'],
    ['page numbers and labels', 'see page 1200, chapter 3, No. 5'],
    ['years standing alone', 'in 2024 and since 1999'],
    ['small bare numbers and list markers', '1. First point 2. Second point, 3 people'],
    ['scores and ranges', 'won 3-1 in the 2019-20 season, open 24/7'],
    ['a modal verb', 'prices may rise'],
  ])('%s', (_, text) => {
    expect(texts(text)).toEqual([]);
  });
});

describe('recogniseFigures: words every object inherits', () => {
  it('reads "constructor", "toString" or "__proto__" in a text as words, not as table entries', () => {
    expect(find('The constructor rose, valueOf 5 shares, toString and hasOwnProperty; __proto__ 3 apples.')).toEqual([]);
  });
});

describe('labelFigure: words every object inherits', () => {
  it('gives no label for "constructor" after a figure', () => {
    const text = 'It sold 650 million constructor kits.';
    const at = text.indexOf('650');
    expect(labelFigure(text, { text: '650 million', kind: 'count', start: at, end: at + 11 })).toBeUndefined();
  });
});

describe('recogniseFigures: lines', () => {
  it('never runs a figure on past a line', () => {
    expect(texts('Open until 31\n\nNovember 2020 was the last season.').every((t) => !/\n/.test(t))).toBe(true);
    expect(texts('Open until 31\n\nNovember 2020 was the last season.')).toContain('November 2020');
  });
});
