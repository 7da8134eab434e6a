// Training the company tagger is reproducible: the same documents and seed give the same weights,
// byte for byte, and what it learns from them it finds again.
import { describe, expect, it } from 'vitest';
import { LABELS } from '../../core/companies/entityLabels';
import { entityTagger } from '../../core/companies/entityTagger';
import { companyLexicon } from '../../core/companies/lexicon';
import { seeded } from '../../harness/seeded';
import { documentSentences, trainTagger } from '../../scripts/companyTaggerTraining';
import { withNamesReplaced } from '../../scripts/nerAugment';
import type { NerDocument } from '../../scripts/nerCorpora';

/** A hand-written document: `[Name](TYPE)` marks an entity. */
function doc(id: string, marked: string): NerDocument {
  const entities: NerDocument['entities'] = [];
  let text = '';
  let at = 0;
  for (const m of marked.matchAll(/\[([^\]]+)\]\((ORG|PER|LOC|MISC)\)/g)) {
    text += marked.slice(at, m.index);
    entities.push({ type: m[2] as 'ORG', start: text.length, end: text.length + (m[1] as string).length });
    text += m[1];
    at = (m.index as number) + m[0].length;
  }
  return { corpus: 'test', id, text: text + marked.slice(at), entities };
}

const documents = [
  doc('a', 'Shares of [Brightwater](ORG) rose after [Jane Mercer](PER) said so in [Boston](LOC).'),
  doc('b', '[Quorvia Systems](ORG) hired [Tom Alder](PER), who moved from [Denver](LOC).'),
  doc('c', 'Analysts at [Harbor Point Capital](ORG) expect [Norvane Inc.](ORG) to grow.'),
  doc('d', '[Mila Stone](PER) left [Paris](LOC) for a job at [Marrowind](ORG).'),
];
const options = { epochs: 3, seed: 5, minCount: 1, scale: 4, maxFeatures: 5000, orgOffset: 0, signalPrior: 0 };

describe('training the company tagger', () => {
  const lexicon = companyLexicon();
  const sentences = documents.flatMap((d) => documentSentences(d, lexicon));

  it('gives identical weights from the same data and seed', () => {
    const first = JSON.stringify(trainTagger(sentences, lexicon, options));
    const second = JSON.stringify(
      trainTagger(
        documents.flatMap((d) => documentSentences(d, lexicon)),
        lexicon,
        options,
      ),
    );
    expect(second).toBe(first);
    expect(JSON.stringify(trainTagger(sentences, lexicon, { ...options, seed: 6 }))).not.toBe(first);
  });

  it('labels the gold spans from the documents, and learns them', () => {
    const [sentence] = documentSentences(documents[0] as NerDocument, lexicon);
    expect(sentence && Array.from(sentence.gold, (y) => LABELS[y])).toEqual([
      'O',
      'O',
      'B-ORG',
      'O',
      'O',
      'B-PER',
      'I-PER',
      'O',
      'O',
      'O',
      'B-LOC',
      'O',
    ]);
    const tagger = entityTagger(trainTagger(sentences, lexicon, { ...options, epochs: 10 }), lexicon);
    const s = sentence as (typeof sentences)[number];
    const labels = tagger.tag(s.words, (emit) => {
      for (const [k, features] of s.features.entries()) for (const f of features) emit(k, f);
    });
    expect(Array.from(labels)).toEqual(Array.from(s.gold));
  });

  it('replaces names the same way with the same seed, keeping their types and spans', () => {
    const names = { companies: ['Acme Corp'], givenNames: ['ada'], surnames: ['lovelace'], places: ['oslo'] };
    const once = withNamesReplaced(documents[0] as NerDocument, names, { share: 1, legalForms: 0 }, seeded(3));
    const again = withNamesReplaced(documents[0] as NerDocument, names, { share: 1, legalForms: 0 }, seeded(3));
    expect(again).toEqual(once);
    expect(once.entities.map((e) => [e.type, once.text.slice(e.start, e.end)])).toEqual([
      ['ORG', 'Acme Corp'],
      ['PER', expect.stringMatching(/^(?:Ada )?Lovelace$/)],
      ['LOC', 'Oslo'],
    ]);
  });
});
