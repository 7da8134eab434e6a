// `npm run bench:entities`: Lede's recognisers (`lede entities --jsonl`) against the anchors
// compromise and Microsoft Recognizers-Text (figures only) on ../shared/corpus/entities, in one
// run: companies vs FiNER-ORD ORG spans, money and percent recall and precision, large numbers,
// whole-process time of each, and the size of Lede's content script.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  documentNameScores,
  type GoldSpan,
  isLargeNumber,
  type PRF,
  precisionByOverlap,
  recall,
  type Span,
  spanScores,
} from '../harness/entityMetrics';
import { ROOT, SHARED } from '../harness/paths';
import { printCompanyRecognisers } from './companyRecognisers';
import { printFigureTables } from './figuresByLanguage';
import { runJsonlProcess } from './runCli';
import { table } from './table';

interface Record {
  id: string;
  text: string;
  gold: GoldSpan[];
}
interface Output {
  id: string;
  companies: Span[];
  figures: Array<Span & { kind: string }>;
}

const read = (file: string): Record[] =>
  readFileSync(join(SHARED, 'corpus', 'entities', file), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record);
const finer = read('finer-ord-dev.jsonl');
const rt = read('recognizers-dev.jsonl');

const tools: Array<[string, string[]]> = [
  ['Lede', ['cli/lede.ts', 'entities', '--jsonl']],
  ['compromise', ['bench/anchors/compromise.ts']],
  ['Recognizers-Text', ['bench/anchors/recognizers.ts']],
];

const fmt = (n: number) => n.toFixed(3);
const prfCells = (s: PRF) => [fmt(s.precision), fmt(s.recall), fmt(s.f1)];
const rows: string[][] = [];
const times: string[][] = [];

const kindOf = (id: string) => id.split('-')[1];

for (const [name, script] of tools) {
  const finerRun = await runJsonlProcess<Output>(
    script,
    finer.map(({ id, text }) => ({ id, text })),
  );
  const rtRun = await runJsonlProcess<Output>(
    script,
    rt.map(({ id, text }) => ({ id, text })),
  );
  const out = (run: typeof finerRun, id: string): Output => run.results.get(id) ?? { id, companies: [], figures: [] };

  const orgPairs = finer.map((r) => ({ id: r.id, gold: r.gold.filter((g) => g.type === 'ORG'), predicted: out(finerRun, r.id).companies }));
  const org = name === 'Recognizers-Text' ? null : spanScores(orgPairs);
  const docs = name === 'Recognizers-Text' ? null : documentNameScores(orgPairs);

  const figurePairs = (kind: string, figureKinds: string[], onlyOwnRecords: boolean) =>
    rt
      .filter((r) => !onlyOwnRecords || kindOf(r.id) === kind)
      .map((r) => ({
        gold: r.gold.filter((g) => g.type === kind && (kind !== 'number' || isLargeNumber(g))),
        predicted: out(rtRun, r.id).figures.filter((f) => figureKinds.includes(f.kind)),
      }));
  const money = recall(figurePairs('money', ['money'], false));
  const moneyP = precisionByOverlap(figurePairs('money', ['money'], true));
  const percent = recall(figurePairs('percent', ['percent'], false));
  const percentP = precisionByOverlap(figurePairs('percent', ['percent'], true));
  const large = recall(figurePairs('number', ['count', 'money', 'quantity', 'percent'], false));

  rows.push([
    name,
    ...(org ? [...prfCells(org.exact), ...prfCells(org.overlap)] : ['–', '–', '–', '–', '–', '–']),
    docs ? `${fmt(docs.precision)}/${fmt(docs.recall)}` : '–',
    `${fmt(money.exact)}/${fmt(money.overlap)}`,
    fmt(moneyP.precision),
    `${fmt(percent.exact)}/${fmt(percent.overlap)}`,
    fmt(percentP.precision),
    fmt(large.overlap),
  ]);
  times.push([name, (finerRun.wallMs / 1000).toFixed(2), String(finer.length)]);
}

console.log(`\nRecognisers on the development corpus (FiNER-ORD ${finer.length} sentences; Recognizers-Text ${rt.length} cases)\n`);
console.log(
  table(
    [
      'tool',
      'ORG exact P',
      'R',
      'F1',
      'overlap P',
      'R',
      'F1',
      'doc names P/R',
      'money R exact/overlap',
      'money P',
      'percent R exact/overlap',
      'percent P',
      'large numbers R',
    ],
    rows,
  ),
);
console.log('\n(money and percent precision: over the cases written for that kind, a span counts when it overlaps a gold span)');
console.log('\nWhole-process time over the FiNER-ORD dev file (start-up included)\n');
const ledeMs = Number(times[0]?.[1]);
console.log(
  table(
    ['tool', 'seconds', 'sentences', 'vs Lede'],
    times.map((t) => [...t, (Number(t[1]) / ledeMs).toFixed(2)]),
  ),
);

await printFigureTables();

const content = join(ROOT, '.output', 'chrome-mv3', 'content-scripts', 'content.js');
if (existsSync(content)) {
  const bytes = readFileSync(content);
  console.log(
    `\nContent script (Chrome build): ${(bytes.length / 1024).toFixed(1)} KB, ${(gzipSync(bytes).length / 1024).toFixed(1)} KB gzipped`,
  );
} else {
  console.log('\nContent script size: run `npm run build` first');
}

await printCompanyRecognisers();
