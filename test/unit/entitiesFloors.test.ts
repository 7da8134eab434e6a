// Quality floors for the recognisers on the development corpus, through the same functions the
// CLI's `entities` command runs. The company floors sit a little under the trained tagger's
// scores (issue 21), the figure floors are issue 4's targets, so no change can quietly lose them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type GoldSpan, isLargeNumber, precisionByOverlap, recall, spanScores } from '../../bench/entityMetrics';
import { recogniseEntities } from '../../core/analyzeText';
import { nameSpan } from '../../core/companies/recogniseCompanies';
import { SHARED } from '../helpers/paths';

interface Case {
  id: string;
  text: string;
  gold: GoldSpan[];
}

const read = (file: string): Case[] =>
  readFileSync(join(SHARED, 'corpus', 'entities', file), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Case);

const FLOORS = {
  orgExactF1: 0.62,
  orgOverlapF1: 0.7,
  moneyRecallExact: 0.93,
  moneyRecallOverlap: 0.97,
  moneyPrecision: 0.95,
  percentRecall: 0.97,
  largeNumbersRecall: 0.95,
};

const ENTITIES = join(SHARED, 'corpus', 'entities');
if (!existsSync(ENTITIES)) console.log(`skipping the recognisers' floors: ${ENTITIES} is absent`);

describe.skipIf(!existsSync(ENTITIES))('recognisers on the development corpus', () => {
  it('companies against FiNER-ORD ORG spans', { timeout: 60_000 }, () => {
    const pairs = read('finer-ord-dev.jsonl').map((c) => ({
      gold: c.gold.filter((g) => g.type === 'ORG'),
      predicted: recogniseEntities(c.text).companies.map(nameSpan),
    }));
    const { exact, overlap } = spanScores(pairs);
    console.log(
      `ORG exact F1 ${exact.f1.toFixed(3)} (P ${exact.precision.toFixed(3)} R ${exact.recall.toFixed(3)}), overlap F1 ${overlap.f1.toFixed(3)}`,
    );
    expect(exact.f1).toBeGreaterThanOrEqual(FLOORS.orgExactF1);
    expect(overlap.f1).toBeGreaterThanOrEqual(FLOORS.orgOverlapF1);
  });

  it('money, percent and large numbers against Recognizers-Text specs', () => {
    const cases = read('recognizers-dev.jsonl').map((c) => ({ ...c, figures: recogniseEntities(c.text).figures }));
    const pairs = (type: string, kinds: string[], own: boolean) =>
      cases
        .filter((c) => !own || c.id.split('-')[1] === type)
        .map((c) => ({ gold: c.gold.filter((g) => g.type === type), predicted: c.figures.filter((f) => kinds.includes(f.kind)) }));
    const money = recall(pairs('money', ['money'], false));
    expect(money.exact).toBeGreaterThanOrEqual(FLOORS.moneyRecallExact);
    expect(money.overlap).toBeGreaterThanOrEqual(FLOORS.moneyRecallOverlap);
    expect(precisionByOverlap(pairs('money', ['money'], true)).precision).toBeGreaterThanOrEqual(FLOORS.moneyPrecision);
    expect(recall(pairs('percent', ['percent'], false)).overlap).toBeGreaterThanOrEqual(FLOORS.percentRecall);
    const large = cases.map((c) => ({
      gold: c.gold.filter((g) => g.type === 'number' && isLargeNumber(g)),
      predicted: c.figures,
    }));
    expect(recall(large).overlap).toBeGreaterThanOrEqual(FLOORS.largeNumbersRecall);
  });
});
