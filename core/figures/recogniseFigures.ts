// Figures in plain text, read by a small grammar over tokens:
//
//   money      := PREFIX amount | amount CURRENCY-WORD
//   percent    := amount PERCENT-WORD
//   multiplier := amount ("-fold" | "x") | FOLD-WORD | MULTIPLY-VERB
//   date       := MONTH day [","] [year] | day MONTH [year] | MONTH year | PERIOD [year] | yyyy-mm-dd
//   quantity   := amount UNIT [("a" | "per") PER-WORD]
//   count      := amount with a scale word, or a number of 1,000 or more that is not a year
//   amount     := (number | number-word) [SCALE]
//
// A number joined to others by ':', '/' or '-' (times, phone numbers, scores) is not a figure,
// nor a small number after a label word or a name (`page 5`, `Gemini 3`).

import { runToEnd, STEP, type Steps } from '../steps';
import { lineBreakBefore, numberValue, type Token, tokenize } from '../text/tokenize';
import type { Figure, FigureKind } from '../types';
import {
  ATTACHED_ONLY_SCALES,
  CURRENCY_PREFIXES,
  CURRENCY_WORDS,
  FOLD_PREFIXES,
  LABEL_WORDS,
  MONTHS,
  MULTIPLY_VERBS,
  NUMBER_WORDS,
  PER_WORDS,
  PERCENT_WORDS,
  PERIOD,
  SCALES,
  UNITS,
} from './lexicon';

interface Amount {
  value: number;
  /** Token index after the amount. */
  end: number;
  scaled: boolean;
  /** Written with digits (not a number word). */
  digits: boolean;
}

interface Match {
  kind: FigureKind;
  /** Token index after the figure. */
  end: number;
  value?: number;
  unit?: string;
}

const lower = (t: Token | undefined): string => t?.lower ?? '';

/** Index after `words` when the tokens from `i` spell them (case-insensitively), else -1. */
function spells(tokens: Token[], i: number, words: readonly string[]): number {
  for (let k = 0; k < words.length; k++) {
    if (lower(tokens[i + k]) !== words[k]) return -1;
  }
  return i + words.length;
}

function firstSpelled<T>(tokens: Token[], i: number, table: ReadonlyArray<readonly [readonly string[], T]>): [number, T] | null {
  for (const [words, result] of table) {
    const end = spells(tokens, i, words);
    if (end > 0) return [end, result];
  }
  return null;
}

/** Part of a chain like 10:30, 555-123-4567, 24/7 or 2019-20: never a figure on its own. */
function inNumberChain(tokens: Token[], i: number): boolean {
  // The separator at `at` joins two numbers with no space on either side.
  const joins = (at: number): boolean => {
    const sep = tokens[at];
    const before = tokens[at - 1];
    const after = tokens[at + 1];
    return (
      !!sep &&
      !!before &&
      !!after &&
      !sep.spaced &&
      !after.spaced &&
      before.kind === 'num' &&
      after.kind === 'num' &&
      /^[:/\-–.]$/.test(sep.text)
    );
  };
  return joins(i + 1) || joins(i - 1);
}

/** The currency prefixes as a set: a set finds a word read from the text faster than `in` does. */
const CURRENCY_PREFIX_SET = new Set(Object.keys(CURRENCY_PREFIXES));

/** A token that makes the number before it an amount: %, a scale word, a currency. */
function followsAsAmount(t: Token | undefined): boolean {
  if (!t) return false;
  const word = t.lower;
  return (
    t.text === '%' ||
    word in SCALES ||
    word === 'percent' ||
    word === 'per' ||
    CURRENCY_WORDS.some(([w]) => w[0] === word) ||
    CURRENCY_PREFIX_SET.has(t.text)
  );
}

function readAmount(tokens: Token[], i: number): Amount | null {
  const t = tokens[i];
  if (!t) return null;
  let value: number;
  let digits = true;
  let end = i + 1;
  if (t.kind === 'num') {
    value = numberValue(t);
    // Tokenised newswire writes 6.2 as "6 . 2": a decimal when a unit, scale or currency follows.
    const point = tokens[i + 1];
    const fraction = tokens[i + 2];
    if (
      point?.text === '.' &&
      fraction?.kind === 'num' &&
      /^\d+$/.test(fraction.text) &&
      !t.text.includes('.') &&
      followsAsAmount(tokens[i + 3])
    ) {
      value = Number(`${t.text.replace(/,/g, '')}.${fraction.text}`);
      end = i + 3;
    }
    // 1 234 567: thousands separated by spaces, as much of Europe writes them.
    if (/^\d{1,3}$/.test(t.text)) {
      let digitsText = t.text;
      while (tokens[end]?.kind === 'num' && /^\d{3}$/.test(tokens[end]?.text ?? '') && tokens[end]?.spaced) {
        digitsText += tokens[end]?.text;
        end++;
      }
      if (end > i + 1) value = Number(digitsText);
    }
  } else if (t.kind === 'word' && lower(t) in NUMBER_WORDS) {
    value = NUMBER_WORDS[lower(t)] as number;
    digits = false;
    // twenty-one, fifty-two
    const unit = tokens[i + 2];
    if (value >= 20 && value < 100 && tokens[i + 1]?.text === '-' && unit && (NUMBER_WORDS[lower(unit)] ?? 10) < 10) {
      value += NUMBER_WORDS[lower(unit)] as number;
      end = i + 3;
    }
  } else {
    return null;
  }
  const next = tokens[end];
  const scale = next && next.kind === 'word' ? SCALES[lower(next)] : undefined;
  // `5m`, `10k`; `10 k` written apart only where no word follows (`a 10 k race` is a distance, and
  // a spaced `m` is metres).
  const lone = lower(next) === 'k' && (!tokens[end + 1] || tokens[end + 1]?.kind === 'punct');
  if (scale !== undefined && next && (!ATTACHED_ONLY_SCALES.has(lower(next)) || !next.spaced || lone)) {
    // `m` and `b` only right after digits (`5m`), and never before an apostrophe word (`3 m's`).
    let factor = scale;
    let after = end + 1;
    // two hundred million, a hundred thousand: a larger scale multiplies the one before it.
    for (
      let bigger = SCALES[lower(tokens[after])];
      bigger !== undefined && bigger > factor && tokens[after]?.spaced && !ATTACHED_ONLY_SCALES.has(lower(tokens[after]));
      bigger = SCALES[lower(tokens[after])]
    ) {
      factor *= bigger;
      after++;
    }
    return { value: Number.isNaN(value) ? Number.NaN : value * factor, end: after, scaled: true, digits };
  }
  if (!digits && !Number.isNaN(value) && value < 1) return null;
  return { value, end, scaled: false, digits };
}

function isYear(t: Token): boolean {
  return t.kind === 'num' && /^\d{4}$/.test(t.text) && Number(t.text) >= 1800 && Number(t.text) <= 2100;
}

function isDay(t: Token | undefined): boolean {
  return !!t && t.kind === 'num' && /^\d{1,2}$/.test(t.text) && Number(t.text) >= 1 && Number(t.text) <= 31;
}

function monthOf(t: Token | undefined): number | undefined {
  const month = t?.kind === 'word' ? MONTHS[t.lower] : undefined;
  // Months are capitalised; a lower-case `may` or `march` is a verb.
  return month !== undefined && /^\p{Lu}/u.test((t as Token).text) ? month : undefined;
}

function dateValue(year: number | undefined, month: number, day = 1): number | undefined {
  return year === undefined ? undefined : Date.UTC(year, month - 1, day);
}

/** `December 2`, `Dec. 2, 2025`, `2 December 2025`, `December 2025`, `Q3 2025`, `2025-12-02`. */
function readDate(tokens: Token[], i: number): Match | null {
  const t = tokens[i] as Token;
  const month = monthOf(t);
  if (month !== undefined) {
    let j = i + 1;
    if (tokens[j]?.text === '.' && !tokens[j]?.spaced) j++;
    const dayTok = tokens[j];
    if (isDay(dayTok) && !inNumberChain(tokens, j)) {
      let end = j + 1;
      let year: number | undefined;
      const comma = tokens[end]?.text === ',' ? 1 : 0;
      const y = tokens[end + comma];
      if (y && isYear(y)) {
        year = Number(y.text);
        end = end + comma + 1;
      }
      return { kind: 'date', end, value: dateValue(year, month, Number(dayTok?.text)) };
    }
    if (dayTok && isYear(dayTok) && lower(t) !== 'may') {
      return { kind: 'date', end: j + 1, value: dateValue(Number(dayTok.text), month) };
    }
    return null;
  }
  if (isDay(t) && !inNumberChain(tokens, i)) {
    const m = monthOf(tokens[i + 1]);
    if (m !== undefined) {
      const y = tokens[i + 2];
      const year = y && isYear(y) ? Number(y.text) : undefined;
      return { kind: 'date', end: year === undefined ? i + 2 : i + 3, value: dateValue(year, m, Number(t.text)) };
    }
  }
  if (t.kind === 'word' && PERIOD.test(t.text)) {
    const y = tokens[i + 1];
    if (y && isYear(y)) return { kind: 'date', end: i + 2 };
    if (/^FY\d+$/.test(t.text) || /^Q[1-4]$/.test(t.text)) return { kind: 'date', end: i + 1 };
    return null;
  }
  // ISO dates: 2025-12-02
  if (
    t.kind === 'num' &&
    /^\d{4}$/.test(t.text) &&
    tokens[i + 1]?.text === '-' &&
    /^\d{2}$/.test(tokens[i + 2]?.text ?? '') &&
    tokens[i + 3]?.text === '-' &&
    /^\d{2}$/.test(tokens[i + 4]?.text ?? '') &&
    !tokens[i + 1]?.spaced &&
    !tokens[i + 3]?.spaced
  ) {
    const [y, m, d] = [Number(t.text), Number(tokens[i + 2]?.text), Number(tokens[i + 4]?.text)];
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return { kind: 'date', end: i + 5, value: Date.UTC(y, m - 1, d) };
  }
  return null;
}

function readMultiplier(tokens: Token[], i: number): Match | null {
  const t = tokens[i] as Token;
  const word = lower(t);
  if (t.kind === 'word') {
    const fold = word.endsWith('fold') ? /^(\p{L}+?)-?fold$/u.exec(word) : null;
    if (fold && FOLD_PREFIXES[fold[1] as string])
      return { kind: 'multiplier', end: i + 1, value: FOLD_PREFIXES[fold[1] as string], unit: 'x' };
    if (word in MULTIPLY_VERBS) return { kind: 'multiplier', end: i + 1, value: MULTIPLY_VERBS[word], unit: 'x' };
    // `three-fold`
    if (word in FOLD_PREFIXES && tokens[i + 1]?.text === '-' && lower(tokens[i + 2]) === 'fold') {
      return { kind: 'multiplier', end: i + 3, value: FOLD_PREFIXES[word], unit: 'x' };
    }
  }
  return null;
}

/** Country letters that tokenised newswire writes apart from the dollar sign: "c $ 1.34". */
const SPACED_PREFIX_WORDS = new Set(['c', 'us', 'hk', 'nz', 'C', 'US', 'HK', 'NZ']);

/** Where the dollar sign after `U.S.` (one token) or `u.s` (tokenised newswire) at `i` stands; else 0. */
function usDollarSign(tokens: Token[], i: number): number {
  const t = tokens[i] as Token;
  let sign = 0;
  if (t.text === 'U.S.') sign = i + 1;
  else if (
    t.lower === 'u' &&
    tokens[i + 1]?.text === '.' &&
    tokens[i + 2]?.lower === 's' &&
    !tokens[i + 1]?.spaced &&
    !tokens[i + 2]?.spaced
  )
    sign = tokens[i + 3]?.text === '.' && !tokens[i + 3]?.spaced ? i + 4 : i + 3;
  return sign && tokens[sign]?.text === '$' ? sign : 0;
}

function readCurrencyPrefix(tokens: Token[], i: number): [number, string] | null {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  // Two-token prefixes: US$, HK$, A$ ... (lower-case and spaced in tokenised newswire: "c $")
  if (t.kind === 'word' && next?.text === '$' && (!next.spaced || SPACED_PREFIX_WORDS.has(t.text))) {
    const code = CURRENCY_PREFIXES[`${t.text.toUpperCase()}$`];
    if (code) return [i + 2, code];
  }
  // U.S. $ (u.s $ in tokenised newswire).
  const dollar = usDollarSign(tokens, i);
  if (dollar) return [dollar + 1, 'USD'];
  if (t.kind === 'sym' || (t.kind === 'word' && /^(?:\p{Lu}{3}|Rs|Fr|SFr)$/u.test(t.text))) {
    const code = CURRENCY_PREFIXES[t.text];
    if (code) return [i + 1, code];
  }
  return null;
}

/** A bare number a reader would scan for: large, and not a year, a label or part of a name. */
function isKeyCount(tokens: Token[], i: number, amount: Amount): boolean {
  const t = tokens[i] as Token;
  if (amount.scaled) return amount.digits || !Number.isNaN(amount.value);
  if (t.kind !== 'num' || amount.value < 1000) return false;
  if (isYear(t) && !t.text.includes(',')) return false;
  const prev = tokens[i - 1];
  if (prev && (LABEL_WORDS.has(lower(prev)) || prev.text === '#')) return false;
  return true;
}

/** Lower-case words a figure can start with; any other word cannot start one. */
const OPENING_WORDS = new Set([
  ...Object.keys(MONTHS),
  ...Object.keys(MULTIPLY_VERBS),
  ...Object.keys(FOLD_PREFIXES),
  ...Object.keys(NUMBER_WORDS),
  ...CURRENCY_WORDS.map(([words]) => words[0] as string),
  'minus',
  'negative',
  'percent',
  'percents',
  'per',
]);

/** A cheap first look: most words of a text open no figure, and are passed over at once. */
function mayOpenFigure(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.kind !== 'word') return true;
  // Periods (Q3, H1, FY2024) start with Q, H or F.
  const first = t.text.charCodeAt(0);
  return (
    OPENING_WORDS.has(t.lower) ||
    t.lower.endsWith('fold') ||
    ((first === 81 || first === 72 || first === 70) && PERIOD.test(t.text)) ||
    CURRENCY_PREFIX_SET.has(t.text) ||
    tokens[i + 1]?.text === '$' ||
    ((t.lower === 'u' || t.text === 'U.S.') && usDollarSign(tokens, i) > 0)
  );
}

function readFigureAt(tokens: Token[], i: number): Match | null {
  if (!mayOpenFigure(tokens, i)) return null;
  const t = tokens[i] as Token;
  // minus five percent, negative 2%
  if (t.kind === 'word' && /^(?:minus|negative)$/i.test(t.text)) {
    const inner = readFigureAt(tokens, i + 1);
    if (inner && inner.kind !== 'date' && inner.kind !== 'multiplier')
      return { ...inner, value: inner.value === undefined ? undefined : -inner.value };
  }
  const date = readDate(tokens, i);
  if (date) return date;
  const multiplier = readMultiplier(tokens, i);
  if (multiplier) return multiplier;

  const prefix = readCurrencyPrefix(tokens, i);
  if (prefix) {
    const amount = readAmount(tokens, prefix[0]);
    if (amount?.digits && !inNumberChain(tokens, prefix[0])) {
      return { kind: 'money', end: amount.end, value: amount.value, unit: prefix[1] };
    }
    return null;
  }

  // "percent of 10", "percents of twenty": the share named before its number.
  if (t.kind === 'word' && /^(?:percents?|per)$/i.test(t.text)) {
    const words = lower(t) === 'per' ? spells(tokens, i, ['per', 'cent', 'of']) : spells(tokens, i + 1, ['of']);
    const amount = words > 0 ? readAmount(tokens, words) : null;
    if (amount && !Number.isNaN(amount.value) && (amount.digits || amount.value > 1) && !readAmount(tokens, i - 1)) {
      return { kind: 'percent', end: amount.end, value: amount.value, unit: '%' };
    }
  }
  // An exchange-rate quote names one unit of the currency quoted: "dollar: 143.80 yen".
  const quoted = t.kind === 'word' ? firstSpelled(tokens, i, CURRENCY_WORDS) : null;
  if (quoted && !quoted[1].endsWith('/100') && /^[:=]$/.test(tokens[quoted[0]]?.text ?? '')) {
    const rate = readFigureAt(tokens, quoted[0] + 1);
    if (rate?.kind === 'money' && rate.unit !== quoted[1]) return { kind: 'money', end: quoted[0], value: 1, unit: quoted[1] };
  }
  const amount = readAmount(tokens, i);
  if (!amount) return null;
  if (t.kind === 'num' && inNumberChain(tokens, i)) return null;
  const after = tokens[amount.end];
  // Times of day: 3 pm, 10 a.m.
  if (after && /^(?:am|pm|a\.m|p\.m|uhr|h)$/i.test(after.text.replace(/\.$/, '')) && !amount.scaled) return null;

  const percent =
    after && (after.text === '%' || after.text === '‰')
      ? ([amount.end + 1, after.text === '%' ? '%' : '‰'] as [number, string])
      : firstSpelled(tokens, amount.end, PERCENT_WORDS);
  if (percent && (amount.digits || !Number.isNaN(amount.value))) {
    return { kind: 'percent', end: percent[0], value: amount.value, unit: percent[1] };
  }
  // 100 €, 250 £: the symbol after the amount, as much of Europe writes it.
  if (after?.kind === 'sym' && after.text !== '%' && CURRENCY_PREFIXES[after.text] && (amount.digits || amount.scaled)) {
    return { kind: 'money', end: amount.end + 1, value: amount.value, unit: CURRENCY_PREFIXES[after.text] };
  }
  // a one-yen bid, a five-dollar note
  const hyphened = after?.text === '-' && !after.spaced ? firstSpelled(tokens, amount.end + 1, CURRENCY_WORDS) : null;
  if (hyphened && !amount.digits && !hyphened[1].endsWith('/100')) {
    return { kind: 'money', end: hyphened[0], value: amount.value, unit: hyphened[1] };
  }
  const currency = firstSpelled(tokens, amount.end, CURRENCY_WORDS);
  if (currency && (amount.digits || amount.scaled)) {
    const [end, code] = currency;
    const hundredth = code.endsWith('/100');
    // `p` for pence only right after digits (`50p`).
    if (lower(tokens[amount.end]) === 'p' && tokens[amount.end]?.spaced) return null;
    return { kind: 'money', end, value: hundredth ? amount.value / 100 : amount.value, unit: code.replace('/100', '') };
  }
  // 7-fold, 2x
  if (after?.text === '-' && lower(tokens[amount.end + 1]) === 'fold' && amount.digits) {
    return { kind: 'multiplier', end: amount.end + 2, value: amount.value, unit: 'x' };
  }
  if (after && /^[x×]$/i.test(after.text) && !after.spaced && amount.digits && !amount.scaled) {
    const following = tokens[amount.end + 1];
    if (following?.kind !== 'num') return { kind: 'multiplier', end: amount.end + 1, value: amount.value, unit: 'x' };
  }
  const unit = after && after.kind === 'word' ? UNITS[lower(after)] : undefined;
  if (unit && (amount.scaled || amount.value >= 10) && (amount.digits || amount.scaled)) {
    let end = amount.end + 1;
    let rate = unit;
    // barrels a day, tonnes per year
    if (/^(?:a|per|an)$/i.test(tokens[end]?.text ?? '') && PER_WORDS.has(lower(tokens[end + 1]))) {
      rate = `${unit}/${lower(tokens[end + 1])}`;
      end += 2;
    }
    return { kind: 'quantity', end, value: amount.value, unit: rate };
  }
  if (isKeyCount(tokens, i, amount))
    return { kind: 'count', end: amount.end, value: Number.isNaN(amount.value) ? undefined : amount.value };
  return null;
}

export function recogniseFigures(text: string, tokens: Token[] = tokenize(text)): Figure[] {
  return runToEnd(recogniseFiguresSteps(text, tokens));
}

/** Whether a line ends between any two of the tokens from `from` to `end`. */
function crossesLine(text: string, tokens: Token[], from: number, end: number): boolean {
  for (let k = from + 1; k < end; k++) if (lineBreakBefore(text, tokens, k)) return true;
  return false;
}

export function* recogniseFiguresSteps(text: string, tokens: Token[]): Steps<Figure[]> {
  const figures: Figure[] = [];
  let work = 0;
  for (let i = 0; i < tokens.length; ) {
    if (++work % STEP === 0) yield;
    const match = readFigureAt(tokens, i);
    if (!match) {
      i++;
      continue;
    }
    // A figure never runs on past a line (`31` ending one list item, `November 2020` opening the next).
    if (crossesLine(text, tokens, i, match.end)) {
      i++;
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
