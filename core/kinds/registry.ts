// The kinds Lede highlights, in the order the options page lists them. Adding a kind is one line
// here (and, for a kind the company and figure recognisers do not find, its recogniser in a
// folder of its own); the rest of Lede loops over this list.

import type { Kind } from './kind';

export const KINDS: readonly Kind[] = [
  { id: 'company', recogniser: 'companies', colour: '#c7dcff', label: 'kind_company', section: 'companies' },
  { id: 'money', recogniser: 'figures', colour: '#c6f0cf', label: 'kind_money', section: 'figures' },
  { id: 'percent', recogniser: 'figures', colour: '#ffe1a8', label: 'kind_percent', section: 'figures' },
  { id: 'count', recogniser: 'figures', colour: '#e6d4ff', label: 'kind_count', section: 'figures' },
  { id: 'multiplier', recogniser: 'figures', colour: '#ffd0e1', label: 'kind_multiplier', section: 'figures' },
  { id: 'date', recogniser: 'figures', colour: '#d9e4ea', label: 'kind_date', section: 'figures' },
  { id: 'quantity', recogniser: 'figures', colour: '#cdeff0', label: 'kind_quantity', section: 'figures' },
];
