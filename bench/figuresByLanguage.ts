// The figure tables of `npm run bench:entities`: money and percent in German, French, Spanish,
// Portuguese, Italian and Dutch (Recognizers-Text's specs, ../shared/corpus/entities/
// recognizers-intl-dev.jsonl, each record sent with its `lang`), with English beside
// (recognizers-dev.jsonl, sent as a user would, without one), through `lede entities --jsonl`.
// Each on the whole development file and on its two fixed halves (bench/figureScores.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLargeNumber } from '../harness/entityMetrics';
import { type FigureCase, type FigureScores, type Half, halfOf, type PredictedFigure, scoreFigures } from '../harness/figureScores';
import { SHARED } from '../harness/paths';
import { runCliJsonl } from './runCli';
import { table } from './table';

const LANGUAGES = ['de', 'fr', 'es', 'pt', 'it', 'nl'];

const read = (file: string): FigureCase[] =>
  readFileSync(join(SHARED, 'corpus', 'entities', file), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as FigureCase);

const fmt = (n: number) => n.toFixed(3);
const row = (name: string, split: string, s: FigureScores) => [
  name,
  split,
  String(s.cases),
  String(s.gold),
  fmt(s.exactRecall),
  fmt(s.overlapRecall),
  fmt(s.precision),
  String(s.wrongSpans),
];
const SPLITS: Array<[string, (c: FigureCase) => boolean]> = [
  ['whole dev', () => true],
  ['developed half', (c) => halfOf(c.id) === ('developed' satisfies Half)],
  ['held-out half', (c) => halfOf(c.id) === ('held-out' satisfies Half)],
];

export async function printFigureTables(): Promise<void> {
  const intl = read('recognizers-intl-dev.jsonl');
  const english = read('recognizers-dev.jsonl');
  const run = async (cases: FigureCase[], withLang: boolean) => {
    const out = await runCliJsonl<{ id: string; figures: PredictedFigure[] }>(
      'entities',
      cases.map(({ id, text, lang }) => (withLang ? { id, text, lang } : { id, text })),
    );
    return (c: FigureCase) => out.results.get(c.id)?.figures ?? [];
  };
  const intlFigures = await run(intl, true);
  const englishFigures = await run(english, false);

  const rows: string[][] = [];
  for (const [split, keep] of SPLITS) {
    for (const lang of LANGUAGES)
      rows.push(
        row(
          lang,
          split,
          scoreFigures(
            intl.filter((c) => c.lang === lang && keep(c)),
            intlFigures,
          ),
        ),
      );
    rows.push(row('all six', split, scoreFigures(intl.filter(keep), intlFigures)));
    rows.push(row('en', split, scoreFigures(english.filter(keep), englishFigures)));
  }
  console.log(
    `\nMoney and percent by language (Recognizers-Text specs: ${intl.length} cases in six languages, ${english.length} in English; precision over the cases of each kind)\n`,
  );
  console.log(table(['language', 'split', 'cases', 'gold', 'exact R', 'overlap R', 'precision', 'wrong spans'], rows));

  const englishRows = SPLITS.map(([split, keep]) => {
    const cases = english.filter(keep);
    const own = (kind: string) => cases.filter((c) => c.id.split('-')[1] === kind);
    const money = scoreFigures(cases, englishFigures, ['money']);
    const moneyP = scoreFigures(own('money'), englishFigures, ['money']);
    const percent = scoreFigures(cases, englishFigures, ['percent']);
    const large = scoreFigures(
      cases.map((c) => ({ ...c, gold: c.gold.filter((g) => g.type === 'number' && isLargeNumber(g)) })),
      (c) => englishFigures(c).map((f) => ({ ...f, kind: 'number' })),
      ['number'],
    );
    return [
      split,
      `${fmt(money.exactRecall)}/${fmt(money.overlapRecall)}`,
      fmt(moneyP.precision),
      fmt(percent.overlapRecall),
      fmt(large.overlapRecall),
    ];
  });
  console.log('\nEnglish figures on recognizers-dev.jsonl by half\n');
  console.log(table(['split', 'money R exact/overlap', 'money P', 'percent R', 'large numbers R'], englishRows));
}
