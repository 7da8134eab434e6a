// A short label for what a figure measures, where its sentence says it: the noun right after it
// ("800 million users"), or the word that introduces it ("revenue of $5bn", "valued at ...").

import { wordTable } from '../text/wordTable';
import type { Figure } from '../types';

/** Words to the label they give, lower-case. */
const LABELS = wordTable<string>({
  users: 'users',
  user: 'users',
  customers: 'customers',
  subscribers: 'subscribers',
  members: 'members',
  downloads: 'downloads',
  visitors: 'visitors',
  viewers: 'viewers',
  players: 'players',
  readers: 'readers',
  employees: 'employees',
  staff: 'staff',
  workers: 'workers',
  jobs: 'jobs',
  people: 'people',
  valued: 'valuation',
  valuation: 'valuation',
  value: 'value',
  worth: 'valuation',
  revenue: 'revenue',
  revenues: 'revenue',
  sales: 'sales',
  turnover: 'revenue',
  profit: 'profit',
  profits: 'profit',
  earnings: 'earnings',
  income: 'income',
  loss: 'loss',
  losses: 'loss',
  funding: 'funding',
  raised: 'funding',
  investment: 'investment',
  invest: 'investment',
  invested: 'investment',
  deal: 'deal',
  acquisition: 'acquisition',
  debt: 'debt',
  price: 'price',
  priced: 'price',
  costs: 'cost',
  cost: 'cost',
  spending: 'spending',
  share: 'share',
  stake: 'stake',
  growth: 'growth',
  grew: 'growth',
  rose: 'growth',
  increase: 'growth',
  fell: 'decline',
  dropped: 'decline',
  declined: 'decline',
  decline: 'decline',
  shares: 'shares',
  dividend: 'dividend',
  budget: 'budget',
  capex: 'capex',
  margin: 'margin',
  customer: 'customers',
});

const FOLLOWING_NOUN = /^(?:[\s-]+)((?:monthly |daily |weekly |active |paying |new |total )*)([\p{L}-]+)/u;
const INTRODUCER =
  /([\p{L}]+)\s+(?:of|at|to|by|from|was|is|were|reached|hit|totalled|totaled|of about|of around|of nearly|of more than|of over)\s+(?:about |around |nearly |almost |over |more than |roughly |some )?$/u;

export function labelFigure(text: string, figure: Figure): string | undefined {
  const after = FOLLOWING_NOUN.exec(text.slice(figure.end, figure.end + 40));
  if (after) {
    const noun = (after[2] as string).toLowerCase().replace(/-valued$/, 'valued');
    const label = LABELS[noun] ?? LABELS[noun.replace(/^-/, '')];
    if (label) return `${(after[1] ?? '').trim() ? `${(after[1] as string).trim()} ` : ''}${label}`;
  }
  const valued = /^-(valued|worth)/.exec(text.slice(figure.end, figure.end + 10));
  if (valued) return 'valuation';
  const lead = text.slice(Math.max(0, figure.start - 60), figure.start);
  const before = INTRODUCER.exec(lead);
  const introduced = before ? LABELS[(before[1] as string).toLowerCase()] : undefined;
  if (introduced) return introduced;
  // The measure named before a change: "monthly active users surging from 450 million".
  const change = CHANGE_OF.exec(lead);
  const measure = change ? LABELS[(change[2] as string).toLowerCase()] : undefined;
  if (change && measure) return `${(change[1] ?? '').trim() ? `${(change[1] as string).trim()} ` : ''}${measure}`;
  return undefined;
}

// "<measure> [verb] from <figure>" or "... from <figure> [in July] to <figure>".
const CHANGE_OF =
  /((?:monthly |daily |weekly |active |paying |new |total )*)([\p{L}-]+)\s+(?:\p{L}+\s+)?from\s+(?:[^,;]{1,40}?\s+to\s+)?(?:about |around |nearly )?$/u;
