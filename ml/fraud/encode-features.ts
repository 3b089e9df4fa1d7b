import type { AttributeSpec, Attributes } from "./features";

/**
 * Fitted encodings from attributes to the forest's numeric vector. Chosen to suit the
 * ml-random-forest CART trees:
 * - numbers become quantile-bin ranks (≤ NUMERIC_BINS values): trees only care about order,
 *   and few distinct values make split search much faster (see train-forest.ts);
 *   missing is -1 so a tree can isolate it, plus a missing-indicator column when training had gaps;
 * - every category becomes its smoothed fraud rate (target encoding, fitted out-of-fold while
 *   training so a row never sees its own label), plus one-hot columns when it has few levels;
 *   unseen categories at scoring time fall back to the overall rate and all-zero one-hots.
 */

/** Max quantile bins per numeric attribute. */
export const NUMERIC_BINS = 32;
/** Categories with at most this many levels also get one-hot columns. */
export const MAX_ONE_HOT_LEVELS = 6;
/** m-estimate smoothing: a level's rate is pulled towards the prior as if it had this many extra rows. */
export const TARGET_SMOOTHING = 10;
/** Level key used for a missing category. */
export const MISSING_LEVEL = "(missing)";

export interface NumericEncoding {
  attribute: string;
  type: "numeric";
  /** Sorted bin edges; a value's code is the number of edges ≤ value. */
  edges: number[];
  /** Median of training values, used for the anomaly vector when missing. */
  median: number;
  missingIndicator: boolean;
}

export interface CategoricalEncoding {
  attribute: string;
  type: "categorical";
  prior: number;
  /** Smoothed fraud rate per level. */
  rates: Record<string, number>;
  /** Share of training rows per level (rarity feeds the anomaly score). */
  frequencies: Record<string, number>;
  oneHotLevels: string[];
}

export type AttributeEncoding = NumericEncoding | CategoricalEncoding;

/** The fitted encoding of all attributes, in feature order. */
export interface FeatureEncoding {
  encodings: AttributeEncoding[];
  featureNames: string[];
}

function levelOf(value: number | string | null): string {
  return value === null ? MISSING_LEVEL : String(value);
}

function quantileEdges(values: number[]): number[] {
  const sorted = values.slice().sort((a, b) => a - b);
  const unique = [...new Set(sorted)];
  if (unique.length <= NUMERIC_BINS) return unique.slice(1);
  const edges: number[] = [];
  for (let k = 1; k < NUMERIC_BINS; k++) {
    const edge = sorted[Math.floor((k * sorted.length) / NUMERIC_BINS)];
    if (edges.length === 0 || edge > edges[edges.length - 1]) edges.push(edge);
  }
  return edges;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function fitRates(levels: string[], labels: readonly number[]): { prior: number; rates: Record<string, number> } {
  const prior = labels.reduce((a, b) => a + b, 0) / Math.max(labels.length, 1);
  const sums = new Map<string, [number, number]>();
  levels.forEach((level, i) => {
    const s = sums.get(level) ?? [0, 0];
    s[0] += labels[i];
    s[1] += 1;
    sums.set(level, s);
  });
  const rates: Record<string, number> = {};
  for (const level of [...sums.keys()].sort()) {
    const [positives, count] = sums.get(level)!;
    rates[level] = (positives + TARGET_SMOOTHING * prior) / (count + TARGET_SMOOTHING);
  }
  return { prior, rates };
}

/** Fits the encoding on training attributes and labels. */
export function fitEncoding(specs: readonly AttributeSpec[], rows: readonly Attributes[], labels: readonly number[]): FeatureEncoding {
  const encodings: AttributeEncoding[] = [];
  const featureNames: string[] = [];
  for (const spec of specs) {
    const values = rows.map((r) => r[spec.name] ?? null);
    if (spec.type === "numeric") {
      const present = values.filter((v): v is number => typeof v === "number");
      const missingIndicator = present.length < values.length;
      encodings.push({ attribute: spec.name, type: "numeric", edges: quantileEdges(present), median: median(present), missingIndicator });
      featureNames.push(spec.name);
      if (missingIndicator) featureNames.push(`${spec.name} (missing)`);
    } else {
      const levels = values.map(levelOf);
      const { prior, rates } = fitRates(levels, labels);
      const frequencies: Record<string, number> = {};
      for (const level of Object.keys(rates)) frequencies[level] = 0;
      for (const level of levels) frequencies[level] += 1 / levels.length;
      const distinct = Object.keys(rates);
      const oneHotLevels = distinct.length <= MAX_ONE_HOT_LEVELS ? distinct : [];
      encodings.push({ attribute: spec.name, type: "categorical", prior, rates, frequencies, oneHotLevels });
      featureNames.push(`${spec.name} (fraud rate)`);
      for (const level of oneHotLevels) featureNames.push(`${spec.name} = ${level}`);
    }
  }
  return { encodings, featureNames };
}

function binOf(edges: readonly number[], value: number): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (edges[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Encodes one row of attributes into the forest's feature vector. */
export function encodeAttributes(encoding: FeatureEncoding, row: Attributes): number[] {
  const out: number[] = [];
  for (const enc of encoding.encodings) {
    const value = row[enc.attribute] ?? null;
    if (enc.type === "numeric") {
      out.push(typeof value === "number" ? binOf(enc.edges, value) : -1);
      if (enc.missingIndicator) out.push(typeof value === "number" ? 0 : 1);
    } else {
      const level = levelOf(value);
      out.push(enc.rates[level] ?? enc.prior);
      for (const oneHot of enc.oneHotLevels) out.push(level === oneHot ? 1 : 0);
    }
  }
  return out;
}

/**
 * Encodes the training rows with out-of-fold target rates: each row's category rates come from an
 * encoding fitted without that row's fold, so the forest never learns from a rate that contains the
 * row's own label (which would make rare levels look perfectly predictive).
 */
export function encodeTrainingRows(
  encoding: FeatureEncoding,
  specs: readonly AttributeSpec[],
  rows: readonly Attributes[],
  labels: readonly number[],
  foldOf: readonly number[],
  folds: number,
): number[][] {
  const matrix: number[][] = new Array(rows.length);
  for (let fold = 0; fold < folds; fold++) {
    const inside = rows.map((_, i) => i).filter((i) => foldOf[i] !== fold);
    const held = rows.map((_, i) => i).filter((i) => foldOf[i] === fold);
    if (held.length === 0) continue;
    const partial = fitEncoding(specs, inside.map((i) => rows[i]), inside.map((i) => labels[i]));
    const mixed: FeatureEncoding = {
      featureNames: encoding.featureNames,
      encodings: encoding.encodings.map((enc, k) => {
        const part = partial.encodings[k];
        return enc.type === "categorical" && part.type === "categorical" ? { ...enc, prior: part.prior, rates: part.rates } : enc;
      }),
    };
    for (const i of held) matrix[i] = encodeAttributes(mixed, rows[i]);
  }
  return matrix;
}

/**
 * The vector the isolation forest sees: raw numbers (median when missing) and each category's
 * training frequency, so extreme amounts and never-seen categories both look unusual.
 */
export function anomalyVector(encoding: FeatureEncoding, row: Attributes): number[] {
  return encoding.encodings.map((enc) => {
    const value = row[enc.attribute] ?? null;
    if (enc.type === "numeric") return typeof value === "number" ? value : enc.median;
    return enc.frequencies[levelOf(value)] ?? 0;
  });
}
