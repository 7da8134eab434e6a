// The block classifier: a logistic regression over each text block's features
// (blockFeatures.ts) that says how likely the block is part of a story. Its weights are fitted by
// `npm run train:article` on the development corpora and committed in core/data/blockModel.json.

import shipped from '../data/blockModel.json';
import { type BlockRows, FEATURE_COUNT, FEATURE_NAMES } from './blockFeatures';

export interface BlockModel {
  /** The feature names the weights were fitted on, in order: a model and the code must agree. */
  features: readonly string[];
  bias: number;
  weights: readonly number[];
}

export const BLOCK_MODEL: BlockModel = shipped;

/** Per block of `rows`: the log-odds that it is part of the story. */
export function storyOdds(rows: BlockRows, model: BlockModel): Float32Array {
  if (model.weights.length !== FEATURE_COUNT || model.features.some((name, k) => name !== FEATURE_NAMES[k])) {
    throw new Error('The block model was fitted on other features: run npm run train:article');
  }
  const odds = new Float32Array(rows.blocks.length);
  const { features } = rows;
  const { weights, bias } = model;
  for (let b = 0; b < odds.length; b++) {
    let z = bias;
    const base = b * FEATURE_COUNT;
    for (let k = 0; k < FEATURE_COUNT; k++) z += (features[base + k] as number) * (weights[k] as number);
    odds[b] = z;
  }
  return odds;
}
