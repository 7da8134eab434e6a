// The company recognisers side by side, for `npm run bench:entities`: the rule-based one of the
// baseline commit (run from its own checkout, extracted with `git archive`) and the trained tagger
// of this one, both through `lede entities --jsonl`, on FiNER-ORD dev (whole, and its validation
// documents, which no choice of the tagger's was tuned on) and on the test parts of the training
// corpora in ../shared/ner (SEC FIN3, WNUT17's test file, and the documents held out of wikigold,
// GUM and the Broad Twitter Corpus).
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentNameScores, type GoldSpan, type Span, spanScores } from '../harness/entityMetrics';
import { ROOT, SHARED } from '../harness/paths';
import { readNerCorpora } from '../scripts/nerCorpora';
import { everydayWords, NER_DIR } from '../scripts/train-companies';
import { runJsonlProcess } from './runCli';
import { table } from './table';

/** The last commit of the rule-based recogniser. */
const BASELINE = 'c89cc2e';

interface Case {
  id: string;
  text: string;
  gold: Span[];
}

/** The baseline's CLI in a temporary checkout sharing this one's packages, or null without git. */
function baselineCli(): { script: string[]; dispose(): void } | null {
  try {
    execSync('git --version', { stdio: 'ignore' });
  } catch {
    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), 'lede-baseline-'));
  execSync(`git archive ${BASELINE} | tar -x -C "${dir}"`, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return { script: [join(dir, 'cli', 'lede.ts'), 'entities', '--jsonl'], dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

function finerCases(): Case[] {
  return readFileSync(join(SHARED, 'corpus', 'entities', 'finer-ord-dev.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { id: string; text: string; gold: GoldSpan[] })
    .map(({ id, text, gold }) => ({ id, text, gold: gold.filter((g) => g.type === 'ORG') }));
}

/** Each held-out document of ../shared/ner as one case (ids without dashes: one document each). */
function nerTestCases(): Record<string, Case[]> {
  const out: Record<string, Case[]> = {};
  for (const [name, split] of Object.entries(readNerCorpora(NER_DIR, everydayWords()))) {
    out[name] = split.test.map((d, k) => ({
      id: `${name}#${k}`,
      text: d.text,
      gold: d.entities.filter((e) => e.type === 'ORG').map((e) => ({ start: e.start, end: e.end, text: d.text.slice(e.start, e.end) })),
    }));
  }
  return out;
}

const fmt = (n: number) => n.toFixed(3);
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

function rowFor(recogniser: string, set: string, cases: Case[], found: Map<string, { companies: Span[] }>, seconds = ''): string[] {
  const pairs = cases.map((c) => ({ id: c.id, gold: c.gold, predicted: found.get(c.id)?.companies ?? [] }));
  const { exact, overlap } = spanScores(pairs);
  const docs = documentNameScores(pairs);
  return [
    recogniser,
    set,
    String(pairs.reduce((n, p) => n + p.gold.length, 0)),
    fmt(exact.precision),
    fmt(exact.recall),
    fmt(exact.f1),
    fmt(overlap.precision),
    fmt(overlap.recall),
    fmt(overlap.f1),
    `${fmt(docs.precision)}/${fmt(docs.recall)}`,
    fmt(f1(docs.precision, docs.recall)),
    seconds,
  ];
}

/** Prints the table; the sets it cannot read (../shared absent) are left out with a line. */
export async function printCompanyRecognisers(): Promise<void> {
  const finer = finerCases();
  const held = finer.filter((c) => c.id.startsWith('finer-val-'));
  const ner = existsSync(NER_DIR) ? nerTestCases() : {};
  if (!existsSync(NER_DIR)) console.log(`\n(${NER_DIR} is absent: its test parts are left out)`);
  const nerRecords = Object.values(ner).flat();
  const baseline = baselineCli();
  if (!baseline) console.log('\n(git is missing: the baseline recogniser is left out)');
  const recognisers: Array<[string, string[]]> = [['trained tagger (this commit)', ['cli/lede.ts', 'entities', '--jsonl']]];
  if (baseline) recognisers.unshift([`rules (${BASELINE})`, baseline.script]);
  const rows: string[][] = [];
  try {
    for (const [name, script] of recognisers) {
      const run = await runJsonlProcess<{ id: string; companies: Span[] }>(
        script,
        finer.map(({ id, text }) => ({ id, text })),
      );
      rows.push(rowFor(name, 'FiNER-ORD dev, all', finer, run.results, (run.wallMs / 1000).toFixed(2)));
      rows.push(rowFor(name, 'FiNER-ORD dev, validation docs', held, run.results));
      if (nerRecords.length) {
        const nerRun = await runJsonlProcess<{ id: string; companies: Span[] }>(
          script,
          nerRecords.map(({ id, text }) => ({ id, text })),
        );
        for (const [set, cases] of Object.entries(ner)) rows.push(rowFor(name, `${set} test`, cases, nerRun.results));
      }
    }
  } finally {
    baseline?.dispose();
  }
  console.log('\nCompany recognisers against ORG spans (exact and overlapping; per document, the set of names)\n');
  console.log(
    table(
      ['recogniser', 'set', 'ORG', 'exact P', 'R', 'F1', 'overlap P', 'R', 'F1', 'doc names P/R', 'doc F1', 'seconds (whole process)'],
      rows,
    ),
  );
}
