import { RandomForestClassifier } from "ml-random-forest";
import { deriveSeed } from "./seeded-random";

/**
 * Training and soft-vote prediction for ml-random-forest classifiers.
 *
 * Two things differ from calling the library naively, both measured on 1000 rows (see README):
 * - ml-cart evaluates a candidate threshold for every adjacent pair of sorted rows whose labels
 *   differ, so a feature with 32 distinct values is scored hundreds of times at the same
 *   threshold. We remove consecutive duplicate thresholds. The first occurrence wins ties in the
 *   library anyway, so trees are byte-identical with and without this; training is ~7x faster.
 * - The library's predictProbability is a hard vote (share of trees voting fraud). We average the
 *   leaves' fraud fractions instead (as scikit-learn does): smoother scores, better ranking (AUC).
 */

/** Forest hyper-parameters (ml-random-forest names). */
export interface ForestParams {
  nEstimators: number;
  /** Share of features each tree sees (ml-random-forest samples features per tree, not per split). */
  maxFeatures: number;
  maxDepth: number;
  minNumSamples: number;
}

/** A tree node as serialised: a split or a leaf with the class distribution [[pNotFraud, pFraud]]. */
export interface TreeNodeJson {
  splitColumn?: number;
  splitValue?: number;
  left?: TreeNodeJson;
  right?: TreeNodeJson;
  distribution?: number[][];
}

/** ml-random-forest's RFClassifier JSON, with per-node copies of tree options removed (loadable as is). */
export interface ForestJson {
  name: "RFClassifier";
  baseModel: {
    indexes: number[][];
    n: number;
    replacement: boolean;
    maxFeatures: number;
    nEstimators: number;
    treeOptions: Record<string, unknown>;
    isClassifier: boolean;
    seed: number;
    useSampleBagging: boolean;
    estimators: { options: Record<string, unknown>; root: TreeNodeJson; name: string }[];
  };
}

/** Trees trained per library call; progress is reported between calls. */
const TREES_PER_CHUNK = 10;

let thresholdDedupInstalled = false;

interface InternalNode {
  featureSplit(x: number[], y: number[]): number[];
}

/** Installs the duplicate-threshold removal on the ml-cart node class the forest really uses. */
function installThresholdDedup(): void {
  if (thresholdDedupInstalled) return;
  thresholdDedupInstalled = true;
  const probe = new RandomForestClassifier({ nEstimators: 1, seed: 1, noOOB: true });
  probe.train([[0], [1], [2], [3], [4], [5]], [0, 1, 0, 1, 0, 1]);
  const estimator = (probe as unknown as { estimators: { root: InternalNode }[] }).estimators[0];
  const proto = Object.getPrototypeOf(estimator.root) as InternalNode;
  const original = proto.featureSplit;
  proto.featureSplit = function dedupedFeatureSplit(x: number[], y: number[]): number[] {
    const all = original.call(this, x, y);
    const out: number[] = [];
    for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) out.push(all[i]);
    return out;
  };
}

interface RawNode {
  splitColumn?: number;
  splitValue?: number;
  gain?: number;
  numberSamples?: number;
  left?: RawNode;
  right?: RawNode;
  distribution?: number[][];
}

function compactNode(node: RawNode, importance: number[], used: number[]): TreeNodeJson {
  if (node.distribution !== undefined) return { distribution: node.distribution };
  if (node.gain && node.numberSamples && node.splitColumn !== undefined) {
    importance[used[node.splitColumn]] += node.gain * node.numberSamples;
  }
  return {
    splitColumn: node.splitColumn,
    splitValue: node.splitValue,
    left: compactNode(node.left!, importance, used),
    right: compactNode(node.right!, importance, used),
  };
}

/** Result of training: the serialisable forest and normalised gain importances per feature. */
export interface TrainedForest {
  forest: ForestJson;
  importances: number[];
}

/**
 * Trains a forest with bagging and per-tree feature sampling; deterministic for a seed.
 * `onTrees(done, total)` is called after each chunk of trees.
 */
export function trainForest(
  matrix: number[][],
  labels: number[],
  params: ForestParams,
  seed: number,
  onTrees?: (done: number, total: number) => void,
): TrainedForest {
  installThresholdDedup();
  const featureCount = matrix[0].length;
  const importance = new Array<number>(featureCount).fill(0);
  let merged: ForestJson | undefined;
  for (let done = 0; done < params.nEstimators; done += TREES_PER_CHUNK) {
    const count = Math.min(TREES_PER_CHUNK, params.nEstimators - done);
    const rf = new RandomForestClassifier({
      nEstimators: count,
      maxFeatures: params.maxFeatures,
      replacement: false,
      useSampleBagging: true,
      noOOB: true,
      seed: deriveSeed(seed, `trees-${done}`),
      treeOptions: { maxDepth: params.maxDepth, minNumSamples: params.minNumSamples },
    });
    rf.train(matrix, labels);
    // Round-trip through JSON turns ml-matrix leaf distributions into plain arrays.
    const json = JSON.parse(JSON.stringify(rf.toJSON())) as ForestJson & {
      baseModel: { estimators: { options: Record<string, unknown>; root: RawNode; name: string }[] };
    };
    const estimators = json.baseModel.estimators.map((est, t) => ({
      options: est.options,
      root: compactNode(est.root, importance, json.baseModel.indexes[t]),
      name: est.name,
    }));
    if (!merged) {
      merged = { name: "RFClassifier", baseModel: { ...json.baseModel, seed, estimators } };
    } else {
      merged.baseModel.estimators.push(...estimators);
      merged.baseModel.indexes.push(...json.baseModel.indexes);
    }
    merged.baseModel.nEstimators = merged.baseModel.estimators.length;
    onTrees?.(done + count, params.nEstimators);
  }
  const total = importance.reduce((a, b) => a + b, 0) || 1;
  return { forest: merged!, importances: importance.map((v) => v / total) };
}

function leafFraudShare(node: TreeNodeJson, row: readonly number[], used: readonly number[]): number {
  let current = node;
  while (current.distribution === undefined) {
    current = row[used[current.splitColumn!]] < current.splitValue! ? current.left! : current.right!;
  }
  return current.distribution[0][1] ?? 0;
}

/** Fraud probability of one encoded row: mean of the leaves' fraud shares over all trees. */
export function predictFraudProbability(forest: ForestJson, row: readonly number[]): number {
  const { estimators, indexes } = forest.baseModel;
  let sum = 0;
  for (let t = 0; t < estimators.length; t++) sum += leafFraudShare(estimators[t].root, row, indexes[t]);
  return sum / estimators.length;
}
