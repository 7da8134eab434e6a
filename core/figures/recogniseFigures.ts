// Figures in plain text, read by a small grammar over tokens, in the language the text is
// written in (its number signs, number words, scale words, currency names and percent words are
// the generated tables of core/figures/figureLanguage.ts):
//
//   money      := see money.ts (`$500 billion`, `4,70 €`, `3 dollars 50 cents`)
//   percent    := amount PERCENT-WORD | PERCENT-BEFORE amount
//   multiplier := amount ("-fold" | "x") | FOLD-WORD | MULTIPLY-VERB
//   date       := see dates.ts (English)
//   quantity   := amount UNIT [("a" | "per") PER-WORD]           (English units)
//   count      := amount with a scale word, or a number of 1,000 or more that is not a year
//   amount     := (digits | number words) [SCALE...]              (amount.ts)
//
// A number joined to others by ':', '/' or '-' (times, phone numbers, scores) is not a figure,
// nor a small number after a label word or a name (`page 5`, `Gemini 3`), nor any part of a
// number the language cannot read.

import { runToEnd, STEP, type Steps } from '../steps';
import { lineBreakBefore, type Token, tokenize } from '../text/tokenize';
import type { Figure, FigureKind } from '../types';
import { type Amount, readAmounts } from './amount';
import { isYear, readDate } from './dates';
import { isCode, runEnd } from './digits';
import { CURRENCY_SIGNS, type FigureLanguage, figureLanguage, keyOf, phraseAt } from './figureLanguage';
import type { FigureLang } from './languages';
import { FOLD_PREFIXES, LABEL_WORDS, MONTHS, MULTIPLY_VERBS, PER_WORDS, PERIOD, UNITS } from './lexicon';
import { currencyAt, type MoneyContext, makesAmount, moneyAfter, moneyBefore, signAt } from './money';
import { opensNumber, startsNumber } from './numberWords';
import { inChain, type RangeEnd, type RangeStart, rangeStart } from './ranges';

interface Match {
  kind: FigureKind;
  /** Token index after the figure. */
  end: number;
  value?: number;
  unit?: string;
}

interface Reading extends MoneyContext {
  english: boolean;
}

function readMultiplier(tokens: Token[], i: number): Match | null {
  const t = tokens[i] as Token;
  const word = t.lower;
  if (t.kind !== 'word') return null;
  const fold = word.endsWith('fold') ? /^(\p{L}+?)-?fold$/u.exec(word) : null;
  if (fold && FOLD_PREFIXES[fold[1] as string])
    return { kind: 'multiplier', end: i + 1, value: FOLD_PREFIXES[fold[1] as string], unit: 'x' };
  if (word in MULTIPLY_VERBS) return { kind: 'multiplier', end: i + 1, value: MULTIPLY_VERBS[word], unit: 'x' };
  // `three-fold`
  if (word in FOLD_PREFIXES && tokens[i + 1]?.text === '-' && tokens[i + 2]?.lower === 'fold') {
    return { kind: 'multiplier', end: i + 3, value: FOLD_PREFIXES[word], unit: 'x' };
  }
  return null;
}

/** A bare number a reader would scan for: large, and not a year, a label or part of a name. */
function isKeyCount(r: Reading, i: number, amount: Amount): boolean {
  const t = r.tokens[i] as Token;
  // A letter written onto digits counts only as money (`$5K`): alone it is as often a model or a
  // measure (`4K`, `Block 1B`, `i7 4790k`, `a 7m statue`).
  if (amount.attached) return false;
  if (amount.scaled) return amount.digits || !Number.isNaN(amount.value);
  if (t.kind !== 'num' || amount.value < 1000) return false;
  if (isYear(t) && amount.end === i + 1) return false;
  const prev = r.tokens[i - 1];
  // The number after a code is part of it (`02382 59743`, a telephone number).
  if (prev && isCode(prev)) return false;
  if (prev && ((r.english && LABEL_WORDS.has(prev.lower)) || prev.text === '#')) return false;
  return true;
}

/** Lower-case English words a figure can start with besides numbers and currencies. */
const ENGLISH_OPENERS = new Set([
  ...Object.keys(MONTHS),
  ...Object.keys(MULTIPLY_VERBS),
  ...Object.keys(FOLD_PREFIXES),
  'minus',
  'negative',
  'percent',
  'percents',
  'per',
]);

const MINUS_SIGNS = new Set(['-', '−', '–']);

/** A cheap first look: most words of a text open no figure, and are passed over at once. */
function mayOpenFigure(r: Reading, i: number): boolean {
  const t = r.tokens[i] as Token;
  if (t.kind === 'num') return true;
  const { language } = r;
  if (t.kind !== 'word')
    return MINUS_SIGNS.has(t.text) || t.text === language.decimal || CURRENCY_SIGNS.has(t.text) || r.tokens[i + 1]?.text === '$';
  const key = keyOf(t);
  if (language.openers.has(key) || opensNumber(language, key, r.tokens[i + 1]) || r.tokens[i + 1]?.text === '$') return true;
  if (!r.english) return false;
  // Periods (Q3, H1, FY2024) start with Q, H or F.
  const first = t.text.charCodeAt(0);
  return (
    ENGLISH_OPENERS.has(t.lower) ||
    t.lower.endsWith('fold') ||
    ((first === 81 || first === 72 || first === 70) && PERIOD.test(t.text)) ||
    t.text === 'U.S.' ||
    t.lower === 'u'
  );
}

function negated(match: Match | null): Match | null {
  if (!match || (match.kind !== 'money' && match.kind !== 'percent' && match.kind !== 'count')) return null;
  return { ...match, value: match.value === undefined ? undefined : -match.value };
}

/**
 * Whether the token at `i` continues a number written before it, so that a figure starting there
 * would show part of it: digits written onto a word, a number or a sign (`1,1^23`, `A380`), a
 * number word after another (`…cincoavos`), a number after a fraction's word (`um sobre tres`).
 */
function continuesNumber(r: Reading, i: number): boolean {
  const t = r.tokens[i] as Token;
  const prev = r.tokens[i - 1];
  if (!prev) return false;
  if (t.kind === 'num') return !t.spaced && (prev.kind === 'word' || prev.kind === 'num' || prev.text === '^');
  if (t.kind !== 'word') return false;
  if (r.language.fractionWords.has(keyOf(prev))) {
    const before = r.tokens[i - 2];
    return !!before && (before.kind === 'num' || readAmounts(r.text, r.tokens, i - 2, r.language, () => false).length > 0);
  }
  // `quatre-vingt…`: a hyphen joins it to the number word before.
  const word = prev.text === '-' && !prev.spaced && !t.spaced ? r.tokens[i - 2] : prev;
  return word?.kind === 'word' && startsNumber(r.language, keyOf(word)) && !r.language.amountConnectors.has(keyOf(word));
}

function readFigureAt(r: Reading, i: number): Match | null {
  if (!mayOpenFigure(r, i) || continuesNumber(r, i)) return null;
  const { tokens, language, english } = r;
  const t = tokens[i] as Token;
  // -5 %, minus five percent, negative 2%
  if (MINUS_SIGNS.has(t.text) && tokens[i + 1]?.kind === 'num' && !tokens[i + 1]?.spaced) {
    const prev = tokens[i - 1];
    if (!prev || t.spaced || prev.kind === 'punct') return negated(readFigureAt(r, i + 1));
  }
  if (english && t.kind === 'word' && /^(?:minus|negative)$/i.test(t.text)) {
    const inner = readFigureAt(r, i + 1);
    if (inner && inner.kind !== 'date' && inner.kind !== 'multiplier') return negated(inner);
  }
  if (english) {
    const date = readDate(tokens, i);
    if (date) return { kind: 'date', ...date };
    const multiplier = readMultiplier(tokens, i);
    if (multiplier) return multiplier;
  }
  if (t.kind !== 'num') {
    const before = moneyBefore(r, i);
    if (before) return { kind: 'money', end: before.end, value: before.value, unit: before.unit || undefined };
    if (signAt(tokens, i)) return null;
  }

  // "percent of 10", "pourcentage de vingt": the share named before its number.
  const share = phraseAt(language.percentBefore, tokens, i);
  if (share) {
    const amount = readAmounts(r.text, tokens, share[1], language, r.followsAsAmount)[0];
    if (
      amount &&
      !Number.isNaN(amount.value) &&
      (amount.digits || amount.value > 1) &&
      readAmounts(r.text, tokens, i - 1, language, () => false).length === 0
    )
      return { kind: 'percent', end: amount.end, value: amount.value, unit: '%' };
  }
  // An exchange-rate quote names one unit of the currency quoted: "dollar: 143.80 yen".
  const quoted = english && t.kind === 'word' ? currencyAt(tokens, i, language) : null;
  if (quoted && /^[:=]$/.test(tokens[quoted.end]?.text ?? '')) {
    const rate = readFigureAt(r, quoted.end + 1);
    if (rate?.kind === 'money' && rate.unit !== quoted.code) return { kind: 'money', end: quoted.end, value: 1, unit: quoted.code };
  }
  const amounts = readAmounts(r.text, tokens, i, language, r.followsAsAmount);
  const amount = amounts[0];
  if (!amount) return null;
  if (amount.digits && inChain(r.text, tokens, language, i, amount.end, (at) => makesAmount(r, at))) return null;
  const after = tokens[amount.end];
  // Times of day: 3 pm, 10 a.m., 10.30 Uhr.
  if (after && /^(?:am|pm|a\.m|p\.m|uhr|h)$/i.test(after.text.replace(/\.$/, '')) && !amount.scaled) return null;

  const percent =
    after && (after.text === '%' || after.text === '‰')
      ? ([after.text === '%' ? '%' : '‰', amount.end + 1] as const)
      : phraseAt(language.percentWords, tokens, amount.end);
  if (percent && (amount.digits || !Number.isNaN(amount.value)))
    return { kind: 'percent', end: percent[1], value: amount.value, unit: percent[0] };
  const money = moneyAfter(r, amounts);
  if (money) return { kind: 'money', end: money.end, value: money.value, unit: money.unit || undefined };
  // 7-fold, 2x
  if (english && after?.text === '-' && tokens[amount.end + 1]?.lower === 'fold' && amount.digits) {
    return { kind: 'multiplier', end: amount.end + 2, value: amount.value, unit: 'x' };
  }
  if (after && /^[x×]$/i.test(after.text) && !after.spaced && amount.digits && !amount.scaled && tokens[amount.end + 1]?.kind !== 'num') {
    return { kind: 'multiplier', end: amount.end + 1, value: amount.value, unit: 'x' };
  }
  const unit = english && after?.kind === 'word' ? UNITS[after.lower] : undefined;
  if (unit && (amount.scaled || amount.value >= 10) && (amount.digits || amount.scaled)) {
    let end = amount.end + 1;
    let rate = unit;
    // barrels a day, tonnes per year
    if (/^(?:a|per|an)$/i.test(tokens[end]?.text ?? '') && PER_WORDS.has(tokens[end + 1]?.lower ?? '')) {
      rate = `${unit}/${tokens[end + 1]?.lower}`;
      end += 2;
    }
    return { kind: 'quantity', end, value: amount.value, unit: rate };
  }
  if (isKeyCount(r, i, amount)) return { kind: 'count', end: amount.end, value: Number.isNaN(amount.value) ? undefined : amount.value };
  return null;
}

/** The figures of a text written in `lang` (English where not given). */
export function recogniseFigures(text: string, tokens: Token[] = tokenize(text), lang: FigureLang = 'en'): Figure[] {
  return runToEnd(recogniseFiguresSteps(text, tokens, lang));
}

/** Whether a line ends between any two of the tokens from `from` to `end`. */
function crossesLine(text: string, tokens: Token[], from: number, end: number): boolean {
  for (let k = from + 1; k < end; k++) if (lineBreakBefore(text, tokens, k)) return true;
  return false;
}

function reading(text: string, tokens: Token[], language: FigureLanguage): Reading {
  // A token that makes the number before it an amount: %, a scale word, a currency, a percent word.
  const followsAsAmount = (at: number): boolean => {
    const t = tokens[at];
    if (!t) return false;
    return (
      t.text === '%' ||
      !!phraseAt(language.scales, tokens, at) ||
      !!phraseAt(language.percentWords, tokens, at) ||
      !!phraseAt(language.minorUnits, tokens, at) ||
      !!phraseAt(language.scaledCurrencies, tokens, at) ||
      !!currencyAt(tokens, at, language) ||
      (language.lang === 'en' && (t.lower === 'per' || t.lower === 'percent'))
    );
  };
  const english = language.lang === 'en';
  // A unit in the plural or, written onto a number, the singular (`a 300-pound lineman`).
  const isUnit = (at: number): boolean => english && ((tokens[at]?.lower ?? '') in UNITS || `${tokens[at]?.lower}s` in UNITS);
  return { text, tokens, language, followsAsAmount, isUnit, english };
}

/** Web addresses: their digits and `%` escapes are no figures. */
const ADDRESS = /\b(?:https?:\/\/|www\.)\S+/gi;

/** The web addresses in the text the tokens cover, as [start, end] pairs in text order. */
function addresses(text: string, tokens: Token[]): Array<[number, number]> {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return [];
  const found: Array<[number, number]> = [];
  const part = text.slice(first.start, last.end);
  for (const m of part.matchAll(ADDRESS)) found.push([first.start + m.index, first.start + m.index + m[0].length]);
  return found;
}

export function* recogniseFiguresSteps(text: string, tokens: Token[], lang: FigureLang = 'en'): Steps<Figure[]> {
  const r = reading(text, tokens, figureLanguage(lang));
  const skip = addresses(text, tokens);
  let nextSkip = 0;
  const figures: Figure[] = [];
  // A range's second end, read with its first's currency (`$5-10 million`).
  let carried: { at: number; figure: RangeEnd } | null = null;
  let work = 0;
  for (let i = 0; i < tokens.length; ) {
    if (++work % STEP === 0) yield;
    const at = (tokens[i] as Token).start;
    while (nextSkip < skip.length && (skip[nextSkip] as [number, number])[1] <= at) nextSkip++;
    if (nextSkip < skip.length && (skip[nextSkip] as [number, number])[0] <= at) {
      i++;
      continue;
    }
    let match = carried?.at === i ? carried.figure : readFigureAt(r, i);
    const range: RangeStart | null = rangeStart(text, tokens, i, r.language, match, (at) => readFigureAt(r, at));
    if (range) match = range.first;
    if (range?.second) carried = range.second;
    else if (carried && i >= carried.at) carried = null;
    // A figure never runs on past a line (`31` ending one list item, `November 2020` opening the next).
    if (!match || crossesLine(text, tokens, i, match.end)) {
      // No figure starts inside a number: past all of its digits.
      i = tokens[i]?.kind === 'num' ? runEnd(tokens, i) : i + 1;
      continue;
    }
    const first = tokens[i] as Token;
    const last = tokens[match.end - 1] as Token;
    const figure: Figure = { text: text.slice(first.start, last.end), start: first.start, end: last.end, kind: match.kind };
    if (match.value !== undefined && Number.isFinite(match.value)) figure.value = Number(match.value.toPrecision(15));
    if (match.unit) figure.unit = match.unit;
    figures.push(figure);
    i = match.end;
  }
  return figures;
}
