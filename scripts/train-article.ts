// `npm run train:article`: fits the block classifier on every page of the development corpora
// (../shared/corpus/article: Zyte's article-extraction benchmark, MIT; trafilatura's evaluation
// set, Apache-2.0; Readability.js's test pages, Apache-2.0) and writes its weights to
// core/data/blockModel.json. The fit has no randomness: the same corpus gives the same file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allPages } from '../harness/corpus';
import { ROOT } from '../harness/paths';
import { fitBlockModel, labelPage, readCorpusPage } from './articleTraining';

const pages = allPages();
const model = fitBlockModel(pages.map((page) => labelPage(readCorpusPage(page))));
const out = join(ROOT, 'core', 'data', 'blockModel.json');
writeFileSync(out, `${JSON.stringify(model)}\n`);
console.log(`block classifier: ${model.weights.length} features fitted on ${pages.length} pages, written to core/data/blockModel.json`);
