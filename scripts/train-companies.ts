// Trains the entity tagger the company recogniser runs on, and writes its weights to
// core/data/companyTagger.json (committed: the build and the tests use them, so a clone needs no
// training data).
//
//   npm run train:companies
//
// Training data: the training parts of corpora in ../shared/ner (all CC BY; scripts/nerCorpora.ts):
// SEC filings (FIN5), wikigold, GUM's Wikinews and the Broad Twitter Corpus, without their held-out
// documents; WNUT17 is only measured (trained on, it lowered the scores on FiNER-ORD's train part).
// FiNER-ORD is CC BY-NC and never trained on. The same data and seed give the same file, byte for
// byte; the script prints its SHA-256. `npm run bench:entities` scores it.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { companyLexicon } from '../core/companies/lexicon';
import { type TrainingOptions, type TrainingPlan, trainingSentences, trainTagger } from './companyTaggerTraining';
import { readNerCorpora } from './nerCorpora';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'core', 'data', 'companyTagger.json');

/** Chosen by their scores on FiNER-ORD's train-part documents (never the validation part). */
const OPTIONS: TrainingOptions = { epochs: 8, seed: 25, minCount: 3, scale: 4, maxFeatures: 16_000, orgOffset: 8, signalPrior: 8 };
const PLAN: TrainingPlan = {
  corpora: { SEC: 1, wikigold: 2, GUM: 3, BTC: 1 },
  augmenting: { share: 0.3, legalForms: 0.3 },
  seed: 7,
  folds: 4,
};

/** What the weights were learned from, with each corpus's licence and the citation it asks for. */
const PROVENANCE = [
  'SEC filings NER corpus, FIN5 part (CC BY 3.0): Salinas Alvarado, Verspoor and Baldwin (2015), Domain Adaption of Named Entity Recognition to Support Credit Risk Assessment, ALTA 2015',
  'wikigold (CC BY 4.0): Balasuriya, Ringland, Nothman, Murphy and Curran (2009), Named Entity Recognition in Wikipedia, The People’s Web Meets NLP workshop',
  'GUM corpus, Wikinews documents (annotations CC BY 4.0, texts CC BY 2.5 from Wikinews): Zeldes (2016), The GUM Corpus: Creating Multilayer Resources in the Classroom, Language Resources and Evaluation',
  'Broad Twitter Corpus (CC BY 4.0): Derczynski, Bontcheva and Roberts (2016), Broad Twitter Corpus: A Diverse Named Entity Recognition Resource, COLING 2016',
  'features from core/data/lexicon.json (its own provenance); trained by npm run train:companies (averaged structured perceptron, fixed seeds)',
];

/** The shared folder beside the repository. */
export const NER_DIR = join(root, '..', 'shared', 'ner');

/** Everyday English words (word-list, MIT): a sentence's first word that is one opens no name in GUM. */
export function everydayWords(): Set<string> {
  return new Set(readFileSync(join(root, 'node_modules/word-list/words.txt'), 'utf8').split('\n'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(NER_DIR)) {
    console.error('train:companies needs the training corpora in ../shared/ner');
    process.exit(1);
  }
  const lexicon = companyLexicon();
  const sentences = trainingSentences(readNerCorpora(NER_DIR, everydayWords()), PLAN, lexicon, OPTIONS);
  console.log(`training on ${sentences.length} sentences, ${sentences.reduce((n, s) => n + s.words.length, 0)} tokens`);
  const json = `${JSON.stringify({ provenance: PROVENANCE, ...trainTagger(sentences, lexicon, OPTIONS) })}\n`;
  writeFileSync(target, json);
  const hash = createHash('sha256').update(json).digest('hex');
  console.log(
    `wrote core/data/companyTagger.json: ${(json.length / 1024).toFixed(0)} KB, ${(gzipSync(json).length / 1024).toFixed(0)} KB gzipped, sha256 ${hash}`,
  );
}
