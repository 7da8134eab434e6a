// The spans to highlight on the page, of the kinds the reader chose, read from what the
// recognisers found by looping over the registry of kinds. A long article has tens of thousands,
// so they are gathered in steps.

import type { Found, Kind } from '../core/kinds/kind';
import { KINDS } from '../core/kinds/registry';
import { STEP, type Steps } from '../core/steps';
import type { HighlightSpan } from './highlightSpan';

/** Companies first, then the figures in text order, then the kinds with recognisers of their own. */
export function* highlightSpansSteps(found: Found, enabled: ReadonlySet<string>, kinds: readonly Kind[] = KINDS): Steps<HighlightSpan[]> {
  const spans: HighlightSpan[] = [];
  const chosen = kinds.filter((k) => enabled.has(k.id));
  let work = 0;
  for (const kind of chosen.filter((k) => k.recogniser === 'companies')) {
    for (const { start, end } of found.mentions) {
      spans.push({ kind: kind.id, start, end });
      if (++work % STEP === 0) yield;
    }
  }
  // One pass over the figures, whose kind names theirs.
  const figureKinds = new Set(chosen.filter((k) => k.recogniser === 'figures').map((k) => k.id));
  for (const { kind, start, end } of found.figures) {
    if (figureKinds.has(kind)) spans.push({ kind, start, end });
    if (++work % STEP === 0) yield;
  }
  for (const kind of chosen.filter((k) => typeof k.recogniser === 'function')) {
    for (const { start, end } of found.own?.[kind.id] ?? []) {
      spans.push({ kind: kind.id, start, end });
      if (++work % STEP === 0) yield;
    }
  }
  return spans;
}
