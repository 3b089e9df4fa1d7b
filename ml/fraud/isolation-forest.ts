import { createRandom, type Random } from "./seeded-random";

/**
 * Isolation forest (Liu, Ting & Zhou 2008), written here rather than taken from a library so
 * it draws from our seeded PRNG: the available packages use Math.random, which would make the
 * model file differ on every training run.
 */

/** A split or a leaf holding the number of training rows that reached it. */
export type IsolationNode = { f: number; v: number; l: IsolationNode; r: IsolationNode } | { n: number };

export interface IsolationForestModel {
  sampleSize: number;
  trees: IsolationNode[];
}

/** Average path length of an unsuccessful BST search over n points: the normaliser c(n). */
function averagePathLength(n: number): number {
  if (n <= 1) return 0;
  if (n === 2) return 1;
  return 2 * (Math.log(n - 1) + 0.5772156649) - (2 * (n - 1)) / n;
}

function buildTree(rows: number[][], depth: number, maxDepth: number, random: Random): IsolationNode {
  if (depth >= maxDepth || rows.length <= 1) return { n: rows.length };
  const features = rows[0].length;
  // Try a few features so a constant column does not end the branch early.
  for (let attempt = 0; attempt < features; attempt++) {
    const f = Math.floor(random() * features);
    let min = Infinity;
    let max = -Infinity;
    for (const row of rows) {
      if (row[f] < min) min = row[f];
      if (row[f] > max) max = row[f];
    }
    if (max > min) {
      const v = min + random() * (max - min);
      const left = rows.filter((row) => row[f] < v);
      const right = rows.filter((row) => row[f] >= v);
      return { f, v, l: buildTree(left, depth + 1, maxDepth, random), r: buildTree(right, depth + 1, maxDepth, random) };
    }
  }
  return { n: rows.length };
}

/** Fits an isolation forest on rows; deterministic for a seed. */
export function fitIsolationForest(rows: number[][], seed: number, trees = 100, sampleSize = 256): IsolationForestModel {
  const random = createRandom(seed);
  const size = Math.min(sampleSize, rows.length);
  const maxDepth = Math.ceil(Math.log2(Math.max(size, 2)));
  const out: IsolationNode[] = [];
  for (let t = 0; t < trees; t++) {
    const sample: number[][] = [];
    for (let i = 0; i < size; i++) sample.push(rows[Math.floor(random() * rows.length)]);
    out.push(buildTree(sample, 0, maxDepth, random));
  }
  return { sampleSize: size, trees: out };
}

function pathLength(node: IsolationNode, row: readonly number[], depth: number): number {
  let current = node;
  let d = depth;
  while (!("n" in current)) {
    current = row[current.f] < current.v ? current.l : current.r;
    d++;
  }
  return d + averagePathLength(current.n);
}

/** Anomaly score in (0, 1): about 0.5 for ordinary rows, approaching 1 for rows isolated quickly. */
export function anomalyScore(model: IsolationForestModel, row: readonly number[]): number {
  let total = 0;
  for (const tree of model.trees) total += pathLength(tree, row, 0);
  const mean = total / model.trees.length;
  return Math.pow(2, -mean / averagePathLength(model.sampleSize));
}
