// Money, in any of the languages read:
//
//   money := SIGN amount                      $ 35 millones · EUR 12 500 · CHF 3.50 · Fr. 120.–
//          | NAME digits                      dólar 22500000
//          | amount [PREP] CURRENCY           4,70 € · 2,5 Mio USD · 5,4 milliards de dollars
//          | amount "-" CURRENCY              a five-dollar bill · a 12-cent-a-share dividend
//          | amount MINOR                     50 cents · one penny · 210 peniques
//          then [JOIN] amount [MINOR]         3 dollars 50 cents · zwei Euro und fünfzig Cent
//
// SIGN is a currency sign or ISO code (the same in every language), NAME a currency's name in the
// text's language (`Hong Kong dollars`, `dollars australiens`, `kambodschanische Riel`), MINOR a
// hundredth of a currency (`cents`, `Rappen`, `centavos`).

import type { Token } from '../text/tokenize';
import { type Amount, readAmounts } from './amount';
import { isYear } from './dates';
import { CODES_BY_LETTERS, CURRENCY_SIGNS, type FigureLanguage, keyOf, phraseAt } from './figureLanguage';
import { inChain } from './ranges';

interface Money {
  end: number;
  value: number;
  /** ISO 4217 code; "" where the text does not tell. */
  unit: string;
}

export interface MoneyContext {
  text: string;
  tokens: Token[];
  language: FigureLanguage;
  /** Whether the token at an index makes the number before it an amount (a unit, scale, currency, percent). */
  followsAsAmount: (at: number) => boolean;
  /** Whether the token at an index is a unit of measure (`pounds`). */
  isUnit: (at: number) => boolean;
}

type Currency = { code: string; end: number; name: boolean };

/** The country letters tokenised newswire writes apart from the dollar sign: `c $ 1.34`, `us $ 5`. */
const NEWSWIRE_DOLLARS = new Map([
  ['c', 'CAD'],
  ['us', 'USD'],
  ['hk', 'HKD'],
  ['nz', 'NZD'],
]);

/** `US$`, `HK$`, `nzd$`, `c $`: letters written onto a dollar sign. */
function lettersDollar(tokens: Token[], i: number): Currency | null {
  const t = tokens[i] as Token;
  const dollar = tokens[i + 1];
  if (t.kind !== 'word' || dollar?.text !== '$') return null;
  if (dollar.spaced) {
    const code = NEWSWIRE_DOLLARS.get(t.text);
    return code ? { code, end: i + 2, name: false } : null;
  }
  const code = CODES_BY_LETTERS.get(t.lower);
  if (code) return { code, end: i + 2, name: false };
  const sign = phraseAt(CURRENCY_SIGNS, [{ ...t, text: t.text.toUpperCase(), lower: t.lower }, dollar], 0);
  return sign && sign[1] === 2 ? { code: sign[0], end: i + 2, name: false } : null;
}

/** `U.S. $` as one token, or `u.s $` / `u.s. $` in tokenised newswire: the index of the dollar sign, else 0. */
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

/** A currency sign or code at `i`. */
export function signAt(tokens: Token[], i: number): Currency | null {
  const t = tokens[i];
  if (!t) return null;
  const dollar = usDollarSign(tokens, i);
  if (dollar) return { code: 'USD', end: dollar + 1, name: false };
  const letters = lettersDollar(tokens, i);
  if (letters) return letters;
  const sign = phraseAt(CURRENCY_SIGNS, tokens, i);
  return sign ? { code: sign[0], end: sign[1], name: false } : null;
}

/** A currency sign, code or name at `i`, the longest (`leu roumain` over the sign `leu`). */
export function currencyAt(tokens: Token[], i: number, language: FigureLanguage): Currency | null {
  const sign = language.wordsNotSigns.has(tokens[i]?.text ?? '') ? null : signAt(tokens, i);
  const name = phraseAt(language.currencies, tokens, i);
  if (name && (!sign || name[1] > sign.end)) return { code: name[0], end: name[1], name: true };
  return sign;
}

const isYearToken = (t: Token | undefined): boolean => !!t && isYear(t);

/** `120.–`, `5,-`: a whole amount whose hundredths are a dash. */
function dashedCents(tokens: Token[], end: number, language: FigureLanguage): number {
  const sign = tokens[end];
  const dash = tokens[end + 1];
  if (!sign || sign.spaced || (sign.text !== '.' && sign.text !== language.decimal) || !dash || dash.spaced) return end;
  return /^[-–—]$/.test(dash.text) ? end + 2 : end;
}

const isPunctOrEnd = (t: Token | undefined): boolean => !t || t.kind === 'punct';

/**
 * After money ending at `end`, its hundredths: `50 cents`, `und fünfzig Cent`, or a bare `50`
 * (`15 USD 50`, `15 dólares e 15.`). Returns the money extended, or as it was.
 */
function withCents(ctx: MoneyContext, money: Money, namedByWord: boolean): Money {
  const { tokens, language } = ctx;
  let j = money.end;
  const joined = tokens[j]?.kind === 'word' && language.amountConnectors.has(keyOf(tokens[j] as Token));
  if (joined) j++;
  for (const cents of readAmounts(ctx.text, tokens, j, language, () => false)) {
    if (cents.scaled || cents.fraction || cents.value < 1 || cents.value > 99 || Number.isNaN(cents.value)) continue;
    const minor = phraseAt(language.minorUnits, tokens, cents.end);
    if (minor) return { ...money, end: minor[1], value: money.value + cents.value / 100 };
    const after = tokens[cents.end];
    // A bare number is the hundredths only where nothing else claims it (`50 dollar 40 rmb` is two amounts).
    if (!namedByWord || ctx.followsAsAmount(cents.end) || after?.kind === 'num') continue;
    if (joined ? isPunctOrEnd(after) : isPunctOrEnd(after) || after?.kind === 'word')
      return { ...money, end: cents.end, value: money.value + cents.value / 100 };
  }
  return money;
}

/** Whether the token at `at` makes the number before it an amount, and is no sign before the next number (`2019-20 $5`). */
export function makesAmount(ctx: MoneyContext, at: number): boolean {
  return ctx.followsAsAmount(at) && !(signAt(ctx.tokens, at) && ctx.tokens[at + 1]?.kind === 'num');
}

/** Money whose sign or code stands before the amount: `$ 35 millones`, `EUR 12 500`, `MXN$ 20`. */
export function moneyBefore(ctx: MoneyContext, i: number): Money | null {
  const { tokens, language } = ctx;
  const currency = currencyAt(tokens, i, language);
  if (!currency) return null;
  const amount = readAmounts(ctx.text, tokens, currency.end, language, ctx.followsAsAmount)[0];
  // A name before its amount only right before digits (`dólar 22500000`), never before words; not
  // in English, which does not write it so (`won 3-1`), nor capitalised before a year (`Euro 2024`).
  if (!amount?.digits || inChain(ctx.text, tokens, language, currency.end, amount.end, (at) => makesAmount(ctx, at))) return null;
  if (currency.name && (language.lang === 'en' || /^\p{Lu}/u.test(tokens[i]?.text ?? '') || isYearToken(tokens[currency.end]))) return null;
  const money = { end: dashedCents(tokens, amount.end, language), value: amount.value, unit: currency.code };
  return amount.fraction || amount.scaled ? money : withCents(ctx, money, !tokens[i]?.text.match(/^\W/));
}

/** Whether `longest` is a fraction whose denominator is the minor unit right after `amount`. */
function centsAsDenominator(longest: Amount | undefined, amount: Amount, { tokens, language }: MoneyContext): boolean {
  return !!longest?.fraction && !longest.digits && phraseAt(language.minorUnits, tokens, amount.end)?.[1] === longest.end;
}

/** Money whose currency follows the amount at `i`. */
export function moneyAfter(ctx: MoneyContext, amounts: Amount[]): Money | null {
  const { tokens, language } = ctx;
  for (const amount of amounts) {
    let at = amount.end;
    const hyphened = tokens[at]?.text === '-' && !tokens[at]?.spaced && !tokens[at + 1]?.spaced;
    if (hyphened) at++;
    else if (amount.scaled) at = phraseAt(language.scalePrepositions, tokens, at)?.[1] ?? at;
    const currency = currencyAt(tokens, at, language);
    // A currency whose one-word name is also a unit of measure is read as the unit (`5,200 pounds
    // of water vapor`, `the console weighs 8.4 pounds`, `a 300-pound lineman`): news writes the
    // money with its sign or code (`£475`, `GBP 475`).
    if (currency && !(currency.name && ctx.isUnit(at) && currency.end === at + 1)) {
      const money = { end: currency.end, value: amount.value, unit: currency.code };
      return amount.fraction || amount.scaled || hyphened
        ? money
        : withCents(ctx, money, currency.name || /^\p{L}/u.test(tokens[at]?.text ?? ''));
    }
    const scaled = hyphened ? null : phraseAt(language.scaledCurrencies, tokens, at);
    if (scaled) return { end: scaled[1], value: amount.value * scaled[0][0], unit: scaled[0][1] };
    // A hundredth on its own only after the whole amount (`sept cent` is 700, not 7 cents), or
    // where the longer reading took the hundredth for a denominator (`venti centesimi`).
    const minor = amount === amounts[0] || centsAsDenominator(amounts[0], amount, ctx) ? phraseAt(language.minorUnits, tokens, at) : null;
    // `p` for pence only right after digits (`50p`), and below a pound, which is written in pounds (`1080p` is a video's lines).
    const pence = tokens[at]?.text === 'p';
    if (minor && !(pence && (tokens[at]?.spaced || amount.value >= 100)))
      return { end: minor[1], value: amount.value / 100, unit: minor[0] };
  }
  return null;
}
