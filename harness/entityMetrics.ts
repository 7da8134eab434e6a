// Scores for recognised spans against gold spans: exact and overlapping matches.

export interface GoldSpan {
  type: string;
  start: number;
  end: number;
  text: string;
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const same = (a: Span, b: Span) => a.start === b.start && a.end === b.end;

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** Exact-span and overlap precision/recall of predicted spans over many records. */
export function spanScores(pairs: Array<{ gold: Span[]; predicted: Span[] }>): { exact: PRF; overlap: PRF } {
  let etp = 0;
  let efp = 0;
  let efn = 0;
  let otp = 0;
  let ofp = 0;
  let ofn = 0;
  for (const { gold, predicted } of pairs) {
    for (const p of predicted) {
      gold.some((g) => same(g, p)) ? etp++ : efp++;
      gold.some((g) => overlaps(g, p)) ? otp++ : ofp++;
    }
    for (const g of gold) {
      if (!predicted.some((p) => same(g, p))) efn++;
      if (!predicted.some((p) => overlaps(g, p))) ofn++;
    }
  }
  return { exact: prf(etp, efp, efn), overlap: prf(otp, ofp, ofn) };
}

/** Recall of gold spans, exact and overlapping. */
export function recall(pairs: Array<{ gold: Span[]; predicted: Span[] }>): { exact: number; overlap: number; n: number } {
  let n = 0;
  let exact = 0;
  let overlap = 0;
  for (const { gold, predicted } of pairs) {
    for (const g of gold) {
      n++;
      if (predicted.some((p) => same(g, p))) exact++;
      if (predicted.some((p) => overlaps(g, p))) overlap++;
    }
  }
  return { exact: n ? exact / n : 0, overlap: n ? overlap / n : 0, n };
}

/** Share of predicted spans that overlap a gold span (precision by overlap). */
export function precisionByOverlap(pairs: Array<{ gold: Span[]; predicted: Span[] }>): { precision: number; n: number } {
  let n = 0;
  let ok = 0;
  for (const { gold, predicted } of pairs) {
    for (const p of predicted) {
      n++;
      if (gold.some((g) => overlaps(g, p))) ok++;
    }
  }
  return { precision: n ? ok / n : 1, n };
}

const nameKey = (text: string) =>
  text
    .toLowerCase()
    .replace(/['’]s?$/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Per document (finer-<part>-<doc>-<sentence>), the set of names against the gold set, averaged. */
export function documentNameScores(records: Array<{ id: string; gold: Span[]; predicted: Span[] }>): { precision: number; recall: number } {
  const docs = new Map<string, { gold: Set<string>; predicted: Set<string> }>();
  for (const r of records) {
    const doc = r.id.split('-').slice(0, 3).join('-');
    const entry = docs.get(doc) ?? { gold: new Set(), predicted: new Set() };
    for (const g of r.gold) entry.gold.add(nameKey(g.text));
    for (const p of r.predicted) entry.predicted.add(nameKey(p.text));
    docs.set(doc, entry);
  }
  const ps: number[] = [];
  const rs: number[] = [];
  for (const { gold, predicted } of docs.values()) {
    const hit = [...predicted].filter((n) => gold.has(n)).length;
    if (predicted.size) ps.push(hit / predicted.size);
    if (gold.size) rs.push([...gold].filter((n) => predicted.has(n)).length / gold.size);
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  return { precision: mean(ps), recall: mean(rs) };
}

/** Large numbers, as the corpus README counts them: 1,000 or more, or written with a scale word. */
export function isLargeNumber(gold: GoldSpan): boolean {
  return /thousand|million|billion|trillion|\bk\b|\bm\b|bn/i.test(gold.text) || Number(gold.text.replace(/[,\s]/g, '')) >= 1000;
}
