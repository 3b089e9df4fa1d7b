import { RandomForestClassifier } from "ml-random-forest";
import { deriveSeed } from "./seeded-random";

/**
 * Training and soft-vote prediction for ml-random-forest classifiers.
 *
 * Two things differ from calling the library naively, both measured on 1000 rows (see README):
 * - ml-cart's split search re-partitions every row for every candidate threshold (quadratic in
 *   rows, ~100 ms per tree here). We replace that one method with a sorted sweep over the same
 *   candidates and the same Gini gain; bagging, feature sampling, tree growth, serialisation and
 *   loading stay the library's. Trees match the library's except where two splits have gains
 *   equal up to float rounding (the library sums 1/n repeatedly, we divide counts).
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

let fastSplitSearchInstalled = false;
/** ml-cart's own split search and a real classifier node to call it on (kept for the equivalence test). */
let librarySplitSearch: ((XTranspose: { rows: number; getRow(i: number): number[] }, y: number[]) => SplitChoice) | undefined;

interface InternalNode {
  kind: string;
  bestSplit(XTranspose: { rows: number; getRow(i: number): number[] }, y: number[]): SplitChoice;
}

export interface SplitChoice {
  maxGain: number;
  maxColumn: number | undefined;
  maxValue: number | undefined;
  numberSamples: number | undefined;
}

function giniOf(counts: readonly number[], size: number): number {
  if (size === 0) return 0;
  let sum = 0;
  for (const c of counts) sum += (c / size) * (c / size);
  return 1 - sum;
}

/** Largest small-integer code sorted by counting (bins are -1..31, one-hots 0/1). */
const COUNTING_SORT_LIMIT = 64;

/**
 * Sorts row indexes by value, ties by index (the order ml-cart's stable sort gives). Encoded
 * bins and one-hots are small integers, so most columns take an O(n) counting sort; the
 * comparator sort (the profile's hot spot) is left for the fraud-rate columns.
 */
function sortStable(order: number[], x: readonly number[]): void {
  const n = x.length;
  let small = true;
  for (let i = 0; i < n && small; i++) small = Number.isInteger(x[i]) && x[i] >= -1 && x[i] < COUNTING_SORT_LIMIT;
  if (!small) {
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => x[a] - x[b] || a - b);
    return;
  }
  const starts = new Array<number>(COUNTING_SORT_LIMIT + 2).fill(0);
  for (let i = 0; i < n; i++) starts[x[i] + 2]++;
  for (let k = 1; k < starts.length; k++) starts[k] += starts[k - 1];
  for (let i = 0; i < n; i++) order[starts[x[i] + 1]++] = i;
}

/**
 * Same candidates, same split rule (x < value), same gain (Gini decrease) and same first-wins
 * tie-breaking as ml-cart's bestSplit, but computed with one sorted sweep and running class
 * counts per feature (O(n log n)) instead of re-partitioning all rows for every candidate (O(n²)).
 */
function fastClassifierBestSplit(XTranspose: { rows: number; getRow(i: number): number[] }, y: number[]): SplitChoice {
  const n = y.length;
  let classes = 0;
  for (const label of y) if (label + 1 > classes) classes = label + 1;
  const parentCounts = new Array<number>(classes).fill(0);
  for (const label of y) parentCounts[label]++;
  const parentGini = giniOf(parentCounts, n);
  const order = Array.from({ length: n }, (_, i) => i);
  const left = new Array<number>(classes);
  const right = new Array<number>(classes);
  let best: SplitChoice = { maxGain: -Infinity, maxColumn: undefined, maxValue: undefined, numberSamples: undefined };
  for (let column = 0; column < XTranspose.rows; column++) {
    const x = XTranspose.getRow(column);
    sortStable(order, x);
    left.fill(0);
    let lesser = 0;
    let previousValue = Number.NaN;
    for (let i = 1; i < n; i++) {
      if (y[order[i - 1]] === y[order[i]]) continue;
      const value = (x[order[i - 1]] + x[order[i]]) / 2;
      if (value === previousValue) continue; // identical threshold, identical partition
      previousValue = value;
      while (lesser < n && x[order[lesser]] < value) left[y[order[lesser++]]]++;
      for (let c = 0; c < classes; c++) right[c] = parentCounts[c] - left[c];
      const gain = parentGini - (giniOf(left, lesser) * lesser) / n - (giniOf(right, n - lesser) * (n - lesser)) / n;
      if (gain > best.maxGain) best = { maxGain: gain, maxColumn: column, maxValue: value, numberSamples: n };
    }
  }
  return best;
}

/** Installs the fast split search on the ml-cart node class the forest really uses (classifier trees only). */
function installFastSplitSearch(): void {
  if (fastSplitSearchInstalled) return;
  fastSplitSearchInstalled = true;
  const probe = new RandomForestClassifier({ nEstimators: 1, seed: 1, noOOB: true });
  probe.train([[0], [1], [2], [3], [4], [5]], [0, 1, 0, 1, 0, 1]);
  const estimator = (probe as unknown as { estimators: { root: InternalNode }[] }).estimators[0];
  const proto = Object.getPrototypeOf(estimator.root) as InternalNode;
  const original = proto.bestSplit;
  librarySplitSearch = (XTranspose, y) => original.call(estimator.root, XTranspose, y);
  proto.bestSplit = function bestSplit(this: InternalNode, XTranspose, y) {
    return this.kind === "classifier" ? fastClassifierBestSplit(XTranspose, y) : original.call(this, XTranspose, y);
  };
}

/**
 * Both split searches, for the test that pins our replacement to the installed ml-cart (so an
 * upgrade that changes the library's split rule fails CI instead of silently changing models).
 */
export function splitSearchesForTest(): {
  library: (XTranspose: { rows: number; getRow(i: number): number[] }, y: number[]) => SplitChoice;
  fast: (XTranspose: { rows: number; getRow(i: number): number[] }, y: number[]) => SplitChoice;
} {
  installFastSplitSearch();
  return { library: librarySplitSearch!, fast: fastClassifierBestSplit };
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
 * `onTrees(done, total)` is called after each chunk of trees. With `columns`, the trees see only
 * those columns of `matrix`; the stored forest still indexes the full encoded row (so scoring and
 * the model file do not change) and unused columns get importance 0.
 */
export function trainForest(
  fullMatrix: number[][],
  labels: number[],
  params: ForestParams,
  seed: number,
  onTrees?: (done: number, total: number) => void,
  columns?: readonly number[],
): TrainedForest {
  installFastSplitSearch();
  const featureCount = fullMatrix[0].length;
  const matrix = columns ? fullMatrix.map((row) => columns.map((c) => row[c])) : fullMatrix;
  const toFull = (j: number) => (columns ? columns[j] : j);
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
    json.baseModel.indexes = json.baseModel.indexes.map((used) => used.map(toFull));
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
