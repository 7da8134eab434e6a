// Which company a figure belongs to, against hand-annotated sentences (test/fixtures/attachment):
// each names a figure and the company it is about, or null where it must stay unattached.
// Prints the attachment's precision and recall and holds them above floors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recogniseEntities } from '../../core/analyzeText';
import { attachFiguresToCompanies } from '../../core/summary/attachFigureToCompany';
import { splitSentences } from '../../core/text/sentences';

interface Case {
  text: string;
  figure: string;
  company: string | null;
}

const cases: Case[] = readFileSync(join(__dirname, '../fixtures/attachment/cases.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Case);

function attached(c: Case): { found: boolean; company: string | undefined } {
  const sentences = splitSentences(c.text);
  const { companies, figures } = recogniseEntities(c.text, sentences);
  const index = figures.findIndex((f) => f.text === c.figure);
  if (index === -1) return { found: false, company: undefined };
  return { found: true, company: attachFiguresToCompanies(c.text, sentences, figures, companies)[index] };
}

describe('figure → company attachment on hand-annotated sentences', () => {
  it('has at least 40 pairs, some of which must stay unattached', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(cases.filter((c) => c.company === null).length).toBeGreaterThanOrEqual(6);
  });

  it('attaches with high precision and recall', () => {
    let attachedCount = 0;
    let correct = 0;
    const misses: string[] = [];
    for (const c of cases) {
      const { found, company } = attached(c);
      expect(found, `figure "${c.figure}" recognised in: ${c.text}`).toBe(true);
      if (company !== undefined) attachedCount++;
      if (company !== undefined && company === c.company) correct++;
      if ((company ?? null) !== c.company) misses.push(`${c.figure} → ${company ?? '–'} (expected ${c.company ?? '–'}): ${c.text}`);
    }
    const expected = cases.filter((c) => c.company !== null).length;
    const precision = correct / attachedCount;
    const recall = correct / expected;
    console.log(
      `attachment on ${cases.length} pairs: precision ${precision.toFixed(3)} (${correct}/${attachedCount}), recall ${recall.toFixed(3)} (${correct}/${expected})${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.85);
  });
});
