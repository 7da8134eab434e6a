// A range whose first end leaves its scale to the second: `$5-$10 million`, `$5 to 10 million`,
// `€5 bis 10 Mio.`. Read alone, its first end would show another number than the text means
// (`$5`). A bare first end (`3` of `3-4%`) stays no figure: it shows no wrong number, and whether
// it is one of its own is a matter of convention.

import type { Token } from '../text/tokenize';
import type { FigureKind } from '../types';
import { type Amount, readAmounts } from './amount';
import { inNumberChain } from './digits';
import { type FigureLanguage, keyOf } from './figureLanguage';

const DASHES = new Set(['-', '–', '—']);

/** What the range reader needs of a figure: its kind, where it ends, its value and unit. */
export interface RangeEnd {
  kind: FigureKind;
  end: number;
  value?: number;
  unit?: string;
}

/** The first end of a range, read with its second end's scale. */
export interface RangeStart {
  first: RangeEnd;
  /** The second end where it takes the first's currency (`$5-10 million`: the 10 million are dollars too), and where it starts. */
  second?: { at: number; figure: RangeEnd };
}

/** The index after the dash or word that joins a range's two ends at `at`, or -1. */
function rangeJoin(tokens: Token[], at: number, language: FigureLanguage): number {
  const t = tokens[at];
  if (!t) return -1;
  if (DASHES.has(t.text)) return at + 1;
  return t.kind === 'word' && language.rangeWords.has(keyOf(t)) ? at + 1 : -1;
}

/** The amount of a figure from `from` to `end`: at its first token that reads as one (after a currency sign). */
function amountIn(text: string, tokens: Token[], from: number, end: number, language: FigureLanguage): Amount | null {
  for (let k = from; k < end && k < from + 3; k++) {
    const amount = readAmounts(text, tokens, k, language, () => false)[0];
    if (amount) return amount;
  }
  return null;
}

/**
 * The range that starts at `i`, where `match` is the money read there alone, or null where no
 * range starts there or its first end needs nothing from its second. `readAt` reads the figure at a token.
 */
export function rangeStart(
  text: string,
  tokens: Token[],
  i: number,
  language: FigureLanguage,
  match: RangeEnd | null,
  readAt: (at: number) => RangeEnd | null,
): RangeStart | null {
  if (match?.kind !== 'money') return null;
  // A first end with its own scale (`$5 million to $10 million`) needs nothing.
  const first = amountIn(text, tokens, i, match.end, language);
  if (!first || first.scaled || first.end !== match.end || Number.isNaN(first.value)) return null;
  const join = rangeJoin(tokens, first.end, language);
  if (join < 0) return null;
  const secondAmount = amountIn(text, tokens, join, tokens.length, language);
  const factor = secondAmount?.factor ?? 1;
  // A range runs up: its first end below its second, before either is scaled (`$5-10 million`, not `$2019-5 million`).
  if (!secondAmount || factor === 1 || first.value >= secondAmount.value / factor) return null;
  // The second end as read alone; a bare amount (`10 million`, `16k`) is money in the first's currency.
  const read = readAt(join);
  if (read && read.kind !== 'count' && (read.kind !== 'money' || read.unit !== match.unit)) return null;
  const start = { first: { ...match, value: first.value * factor } };
  if (read?.kind === 'money') return start;
  return { ...start, second: { at: join, figure: { kind: 'money', end: secondAmount.end, value: secondAmount.value, unit: match.unit } } };
}

/**
 * Whether the number from `start` to `end` is joined to another by a sign with no space and is no
 * figure of its own (`2019-20`, `3-1`, `10:30`), unless the sign is a dash that runs a range into
 * an amount (`3-4%`, `$5-10 million`): `makesAmount` tells a percent, unit or currency after a number.
 */
export function inChain(
  text: string,
  tokens: Token[],
  language: FigureLanguage,
  start: number,
  end: number,
  makesAmount: (at: number) => boolean,
): boolean {
  if (!inNumberChain(tokens, start, end)) return false;
  const rangeDash = (at: number): boolean => {
    if (!DASHES.has(tokens[at]?.text ?? '')) return false;
    const after = readAmounts(text, tokens, at + 1, language, () => false)[0];
    return !!after && (after.scaled || makesAmount(after.end));
  };
  return !rangeDash(end) && !rangeDash(start - 1);
}
