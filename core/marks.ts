// The numbers the page highlights and reveals by (core/handover.ts `Marks`), read from what the
// recognisers found by looping over the registry of kinds: every kind's spans, so the reader's
// choice of kinds is the page's to apply.

import type { Marks } from './handover';
import { hasOwnRecogniser } from './kinds/kind';
import { KINDS } from './kinds/registry';
import { STEP, type Steps } from './steps';
import type { CompanyMention, CompanySummary, Figure, OwnSpans } from './types';

export interface Found {
  mentions: readonly CompanyMention[];
  figures: readonly Figure[];
  companies: readonly CompanySummary[];
  spans?: OwnSpans;
}

const NO_MARKS: Marks = { kinds: [], spans: [], companyAt: [], figureAt: [] };

export function* marksSteps(found: Found | null): Steps<Marks> {
  if (!found) return NO_MARKS;
  const kinds = KINDS.map((k) => k.id);
  const spans: number[] = [];
  let work = 0;
  // Companies first, then the figures in text order (one pass: a figure's kind names its own), then the kinds of their own.
  for (const [k, kind] of KINDS.entries()) {
    if (kind.recogniser !== 'companies') continue;
    for (const { start, end } of found.mentions) {
      spans.push(k, start, end);
      if (++work % STEP === 0) yield;
    }
  }
  const figureKind = new Map(KINDS.flatMap((kind, k) => (kind.recogniser === 'figures' ? [[kind.id, k] as const] : [])));
  for (const { kind, start, end } of found.figures) {
    const k = figureKind.get(kind);
    if (k !== undefined) spans.push(k, start, end);
    if (++work % STEP === 0) yield;
  }
  for (const [k, kind] of KINDS.entries()) {
    if (!hasOwnRecogniser(kind)) continue;
    for (const { start, end } of found.spans?.[kind.id] ?? []) {
      spans.push(k, start, end);
      if (++work % STEP === 0) yield;
    }
  }
  const companyAt = found.companies.flatMap((c) => (c.mentions[0] ? [c.mentions[0].start, c.mentions[0].end] : [-1, -1]));
  const figureAt: number[] = [];
  for (const { start, end } of found.figures) {
    figureAt.push(start, end);
    if (++work % STEP === 0) yield;
  }
  return { kinds, spans, companyAt, figureAt };
}
