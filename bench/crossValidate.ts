// Cross-validation by site: the corpus pages' sites dealt into K folds with a fixed seed; for each
// fold the block classifier is fitted on the other folds' pages and the detector, with those
// weights, reads the fold's pages. Every page's text is then that of a detector that never saw
// its site: the honest estimate of how Lede does on sites it was not tuned on.
import { detectInSnapshotSteps } from '../core/article/detectArticle';
import { runToEnd } from '../core/steps';
import type { CorpusPage } from '../harness/corpus';
import { foldsBySite } from '../harness/sites';
import { fitBlockModel, labelPage, type ReadCorpusPage } from '../scripts/articleTraining';

export const FOLDS = 5;
export const FOLD_SEED = 22;

/** Each page's article text ('' when none), keyed `corpus/id`, as read by a detector trained without its site. */
export function crossValidatedTexts(read: readonly ReadCorpusPage[]): Map<string, string> {
  const folds = foldsBySite(
    read.map((r) => r.page.site),
    FOLDS,
    FOLD_SEED,
  );
  const labelled = read.map(labelPage);
  const foldOf = (page: CorpusPage): number => folds.get(page.site) as number;
  const texts = new Map<string, string>();
  for (let k = 0; k < FOLDS; k++) {
    const model = fitBlockModel(labelled.filter((_, n) => foldOf((read[n] as ReadCorpusPage).page) !== k));
    for (const { page, signals, snapshot } of read) {
      if (foldOf(page) !== k) continue;
      const detection = snapshot ? runToEnd(detectInSnapshotSteps(snapshot, signals, undefined, { model })) : null;
      texts.set(`${page.corpus}/${page.id}`, detection?.article?.extracted.text ?? '');
    }
  }
  return texts;
}
