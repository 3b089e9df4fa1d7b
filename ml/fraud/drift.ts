import type { FeatureEncoding } from "./encode-features";
import type { AttributeSpec, Attributes } from "./features";
import type { FeatureImportance } from "./model-file";

/**
 * Population stability index (PSI) and the reference distributions a model card records for it.
 * PSI = Σ (live − reference) · ln(live / reference) over shared bins. Read it as: below 0.1 the
 * population is stable, 0.1–0.2 a moderate shift worth watching, above 0.2 a significant shift —
 * the model is scoring claims unlike those it was validated on and should be reviewed or retrained.
 */

/** PSI at or above this is a moderate shift. */
export const PSI_MODERATE = 0.1;
/** PSI above this is a significant shift (the admin page warns). */
export const PSI_SIGNIFICANT = 0.2;
/** Shares are floored at this before the logarithm, so an empty bin on one side does not make PSI infinite. */
const SHARE_FLOOR = 1e-4;
/** Fraud probabilities are binned in ten equal-width bins over [0, 1]. */
export const PROBABILITY_EDGES = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
/** How many inputs the card records references for (by summed importance). */
export const DRIFT_INPUTS = 5;
const NUMERIC_BINS = 10;
const MAX_LEVELS = 8;
export const MISSING_BIN = "missing";
export const OTHER_BIN = "other";

/** A binned reference distribution: bin labels and the share of rows in each (shares sum to 1). */
export interface BinnedDistribution {
  labels: string[];
  shares: number[];
}

/** How one input is binned: numeric by edges (plus a missing bin), categorical by level (plus other and missing). */
export type InputBinning =
  | { attribute: string; label: string; type: "numeric"; edges: number[] }
  | { attribute: string; label: string; type: "categorical"; levels: string[] };

export interface InputReference {
  binning: InputBinning;
  reference: BinnedDistribution;
}

/** The card's `drift` section: what PSI compares live claims against. */
export interface DriftReference {
  /** Out-of-fold fraud probabilities of the training rows (each scored by a fit that never saw it). */
  probability: { edges: number[]; reference: BinnedDistribution };
  /** The model's top inputs by summed importance, binned over the training rows. */
  inputs: InputReference[];
}

/** PSI of `actual` against `expected` (same bins, shares). 0 when identical. */
export function populationStabilityIndex(expected: readonly number[], actual: readonly number[]): number {
  if (expected.length !== actual.length) throw new Error("PSI needs the same bins on both sides");
  let psi = 0;
  for (let i = 0; i < expected.length; i++) {
    const e = Math.max(expected[i], SHARE_FLOOR);
    const a = Math.max(actual[i], SHARE_FLOOR);
    psi += (a - e) * Math.log(a / e);
  }
  return psi;
}

/** "moderate" / "significant" / "stable", by the usual bands. */
export function psiBand(psi: number): "stable" | "moderate" | "significant" {
  return psi > PSI_SIGNIFICANT ? "significant" : psi >= PSI_MODERATE ? "moderate" : "stable";
}

/** Index of the bin a number falls in: the number of edges ≤ value. */
function binOf(edges: readonly number[], value: number): number {
  let k = 0;
  while (k < edges.length && edges[k] <= value) k++;
  return k;
}

function shares(counts: number[]): number[] {
  const total = counts.reduce((s, c) => s + c, 0);
  return counts.map((c) => (total === 0 ? 0 : c / total));
}

function rangeLabels(edges: readonly number[], format: (x: number) => string): string[] {
  return Array.from({ length: edges.length + 1 }, (_, k) =>
    k === 0 ? `< ${format(edges[0])}` : k === edges.length ? `≥ ${format(edges[k - 1])}` : `${format(edges[k - 1])}–${format(edges[k])}`,
  );
}

const formatNumber = (x: number) => (Number.isInteger(x) ? String(x) : x.toPrecision(3));

/** Shares of probabilities in the ten probability bins. */
export function probabilityDistribution(probabilities: readonly number[]): BinnedDistribution {
  const counts = new Array<number>(PROBABILITY_EDGES.length + 1).fill(0);
  for (const p of probabilities) counts[binOf(PROBABILITY_EDGES, p)]++;
  return { labels: rangeLabels(PROBABILITY_EDGES, (x) => x.toFixed(1)), shares: shares(counts) };
}

/** Bin labels of an input's binning, in bin order. */
export function binLabels(binning: InputBinning): string[] {
  if (binning.type === "numeric") return [...rangeLabels(binning.edges, formatNumber), MISSING_BIN];
  return [...binning.levels, OTHER_BIN, MISSING_BIN];
}

/** Shares of one input's values (from derived attributes) in its bins. */
export function inputDistribution(binning: InputBinning, rows: readonly Attributes[]): BinnedDistribution {
  const labels = binLabels(binning);
  const counts = new Array<number>(labels.length).fill(0);
  for (const row of rows) {
    const value = row[binning.attribute] ?? null;
    if (value === null) counts[labels.length - 1]++;
    else if (binning.type === "numeric") counts[typeof value === "number" ? binOf(binning.edges, value) : labels.length - 1]++;
    else {
      const level = binning.levels.indexOf(String(value));
      counts[level === -1 ? labels.length - 2 : level]++;
    }
  }
  return { labels, shares: shares(counts) };
}

/** Decile edges of the observed values (fewer when values repeat). */
function decileEdges(values: number[]): number[] {
  const sorted = values.slice().sort((a, b) => a - b);
  const edges = new Set<number>();
  for (let k = 1; k < NUMERIC_BINS; k++) edges.add(sorted[Math.floor((k * sorted.length) / NUMERIC_BINS)]);
  edges.delete(sorted[0]);
  return [...edges].sort((a, b) => a - b);
}

/** How to bin an attribute, fitted on the training rows. */
export function fitBinning(spec: AttributeSpec, rows: readonly Attributes[]): InputBinning {
  const present = rows.map((r) => r[spec.name] ?? null).filter((v) => v !== null);
  if (spec.type === "numeric") {
    return { attribute: spec.name, label: spec.label, type: "numeric", edges: decileEdges(present.filter((v): v is number => typeof v === "number")) };
  }
  const counts = new Map<string, number>();
  for (const v of present) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
  const levels = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_LEVELS)
    .map(([level]) => level);
  return { attribute: spec.name, label: spec.label, type: "categorical", levels };
}

/** Attributes ranked by the summed importance of their encoded columns, strongest first. */
export function topAttributes(encoding: FeatureEncoding, importances: readonly FeatureImportance[], count = DRIFT_INPUTS): string[] {
  const byFeature = new Map(importances.map((f) => [f.feature, f.importance]));
  const totals = new Map<string, number>();
  let column = 0;
  for (const enc of encoding.encodings) {
    const width = enc.type === "numeric" ? 1 + (enc.missingIndicator ? 1 : 0) : 1 + enc.oneHotLevels.length;
    let sum = 0;
    for (let k = 0; k < width; k++) sum += byFeature.get(encoding.featureNames[column + k]) ?? 0;
    totals.set(enc.attribute, sum);
    column += width;
  }
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([name]) => name);
}

/** The card's drift reference: out-of-fold probability histogram and the top inputs' bins over the training rows. */
export function buildDriftReference(p: {
  outOfFold: readonly number[];
  rows: readonly Attributes[];
  specs: readonly AttributeSpec[];
  encoding: FeatureEncoding;
  importances: readonly FeatureImportance[];
}): DriftReference {
  const inputs = topAttributes(p.encoding, p.importances).map((name) => {
    const spec = p.specs.find((s) => s.name === name);
    if (!spec) throw new Error(`No attribute ${name}`);
    const binning = fitBinning(spec, p.rows);
    return { binning, reference: inputDistribution(binning, p.rows) };
  });
  return { probability: { edges: PROBABILITY_EDGES, reference: probabilityDistribution(p.outOfFold) }, inputs };
}
