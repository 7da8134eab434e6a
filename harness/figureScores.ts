// Scores of recognised figures against Recognizers-Text's money and percent specs, per language,
// on the whole development file and on its two fixed halves: the half the figure grammar was
// developed on, and the half held out from it, whose score estimates text nobody tuned on.

interface GoldFigure {
  type: string;
  start: number;
  end: number;
  text: string;
}

export interface FigureCase {
  id: string;
  lang?: string;
  text: string;
  gold: GoldFigure[];
}

export interface PredictedFigure {
  kind: string;
  start: number;
  end: number;
  text: string;
}

export interface FigureScores {
  cases: number;
  gold: number;
  exactRecall: number;
  overlapRecall: number;
  /** Money and percent figures that overlap a gold span, over those predicted on cases of their kind. */
  precision: number;
  /** Figures that overlap a gold span without matching it: they show the reader another number. */
  wrongSpans: number;
}

/** FNV-1a over the id: a fixed split no edit to the corpus order moves. */
function hash(id: string): number {
  let h = 2166136261;
  for (let k = 0; k < id.length; k++) {
    h ^= id.charCodeAt(k);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}

export type Half = 'developed' | 'held-out';

/** The half of the development file a case is in: `developed` was looked at and tuned on, `held-out` never. */
export const halfOf = (id: string): Half => (hash(id) % 2 === 0 ? 'developed' : 'held-out');

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const same = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start === b.start && a.end === b.end;

/** The kind of case, from its id: `rtde-money-4` is a money case. */
const caseKind = (id: string): string => id.split('-')[1] ?? '';

export function scoreFigures(
  cases: FigureCase[],
  predicted: (c: FigureCase) => PredictedFigure[],
  types = ['money', 'percent'],
): FigureScores {
  let gold = 0;
  let exact = 0;
  let overlap = 0;
  let made = 0;
  let right = 0;
  let wrongSpans = 0;
  for (const c of cases) {
    const figures = predicted(c);
    const golds = c.gold.filter((g) => types.includes(g.type));
    for (const g of golds) {
      gold++;
      if (figures.some((f) => f.kind === g.type && same(f, g))) exact++;
      if (figures.some((f) => f.kind === g.type && overlaps(f, g))) overlap++;
    }
    for (const f of figures) {
      if (f.kind === caseKind(c.id) && types.includes(f.kind)) {
        made++;
        if (golds.some((g) => overlaps(f, g))) right++;
      }
      if (golds.some((g) => overlaps(f, g) && !same(f, g))) wrongSpans++;
    }
  }
  return {
    cases: cases.length,
    gold,
    exactRecall: gold ? exact / gold : 0,
    overlapRecall: gold ? overlap / gold : 0,
    precision: made ? right / made : 1,
    wrongSpans,
  };
}
