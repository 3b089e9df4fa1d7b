import type { Dataset } from "./read-dataset";
import { featureDefinitionFor, type Attributes } from "./features";
import { anomalyVector, encodeAttributes, encodeTrainingRows, fitEncoding } from "./encode-features";
import { anomalyScore, fitIsolationForest } from "./isolation-forest";
import { bestF1Threshold, classificationMetrics, metricsAtRowThresholds, quantile, rocAuc, type ClassificationMetrics } from "./metrics";
import { MODEL_FORMAT, modelVersion, serializeModel, type FeatureImportance, type FraudModelFile } from "./model-file";
import { createRandom, deriveSeed, shuffled } from "./seeded-random";
import type { FeatureEncoding } from "./encode-features";
import { predictFraudProbability, trainForest, type ForestParams } from "./train-forest";
import { blendProbability, fitLogistic, predictLogistic, type ModelBlend } from "./logistic";

/**
 * The training pipeline: derive attributes, then nested stratified cross-validation.
 *
 * Every "fit" (each outer fold's training part, and finally all rows) runs the same procedure on
 * its own rows only:
 *   1. inner k-fold CV: in each inner fold, encode (target rates fitted on the inner training part),
 *      rank the features by a ranking forest's gain importances, and for each tuning candidate keep
 *      the features that make up its share of the importance and train a small forest;
 *   2. the candidate with the best inner out-of-fold ROC-AUC wins (ties: the earlier, simpler one);
 *   3. the investigation threshold = best F1 on the winner's inner out-of-fold probabilities;
 *   4. the forest is trained on all the fit's rows with the winner's features and parameters.
 * The outer folds' rows are scored by fits that never saw them, at thresholds chosen without
 * them, so the cross-validated F1 / precision / recall are honest. The old figure (best-F1 cut on
 * the same out-of-fold probabilities it is measured on) is kept beside it, labelled optimistic.
 */

/**
 * Default forest parameters, chosen by measurement (5-fold CV on 1000 generated motor rows, seed 42,
 * 2 shared cores; ROC-AUC / F1 / CV+final seconds):
 *   100 trees, 0.4 features, depth 8:  0.910 / 0.746 / 11 s     300 trees, 0.4, depth 8: 0.916 / 0.748 / 28 s
 *   200 trees, 0.25, depth 8:          0.910 / 0.745 / 14 s     200 trees, 0.4, depth 8: 0.915 / 0.750 / ~18 s
 *   200 trees, 0.6, depth 8:           0.917 / 0.749 / 24 s     200 trees, 0.4, depth 6: 0.915 / 0.748 / 17 s
 *   200 trees, 0.4, depth 12, min 4:   0.914 / 0.751 / 20 s
 * Differences above 100 trees are within noise on synthetic data. We take 0.6 of the features because
 * ml-random-forest samples features per tree, not per split: a single-column attribute (such as the
 * hobby's fraud rate, a main signal of the public data) is missing from 60% of trees at 0.4 but 40%
 * at 0.6. Depth 8 / min 8 samples keeps model.json near 1.2 MB and a 1000-row run well under a minute.
 */
export const DEFAULT_FOREST_PARAMS: ForestParams = { nEstimators: 200, maxFeatures: 0.6, maxDepth: 8, minNumSamples: 8 };

/** Share of training rows the anomaly threshold lets through: 99.5th percentile of their scores. */
export const ANOMALY_QUANTILE = 0.995;

/** One tuning candidate: which features to keep and how to grow the forest on them. */
export interface PipelineCandidate {
  /**
   * Keep the attributes whose permutation importance (drop in held-out ROC-AUC when shuffled) exceeds
   * this; null = keep every attribute.
   */
  minAucDrop: number | null;
  maxFeatures: number;
  maxDepth: number;
  minNumSamples: number;
}

/**
 * The additive model beside the forest: an L2 logistic regression on all standardised encoded
 * features (logistic.ts), blended with the winning forest candidate. The forest weight is chosen
 * on the same inner folds as the candidate (best inner out-of-fold ROC-AUC of the blend; ties go
 * to the earlier weight, so list 1 = forest alone first).
 */
export interface AdditiveOptions {
  l2: number;
  forestWeights: number[];
}

/** Inner-fold search settings. */
export interface TuningOptions {
  innerFolds: number;
  /** Trees per ranking / candidate forest on inner folds (the fit's own forest uses params.nEstimators). */
  trees: number;
  candidates: PipelineCandidate[];
  /** null or absent = forest only (the pipeline before 2026-11-25). */
  additive?: AdditiveOptions | null;
}

/**
 * Default additive model. λ and the weight grid were set on the development seeds only (42, 2027,
 * 7, 99; ml/fraud/README.md, "Third round").
 */
export const DEFAULT_ADDITIVE: AdditiveOptions = { l2: 50, forestWeights: [1, 0.75, 0.5, 0.25, 0] };

/**
 * Default search. Measured on benchmark-like motor data (a few strong columns among ~35 noise
 * columns; see ml/fraud/README.md): forests on all columns with per-tree feature sampling miss the
 * strong columns in many trees; keeping the columns that earn their importance and letting every
 * tree see them is what lifts ROC-AUC there. On the standard synthetic data, with signal spread
 * thinly over many columns, the search keeps most columns. The grid is small for 2 cores.
 */
export const DEFAULT_TUNING: TuningOptions = {
  innerFolds: 3,
  trees: 40,
  candidates: [
    { minAucDrop: null, maxFeatures: 0.6, maxDepth: 8, minNumSamples: 8 },
    { minAucDrop: null, maxFeatures: 0.8, maxDepth: 10, minNumSamples: 4 },
    { minAucDrop: 0, maxFeatures: 0.6, maxDepth: 8, minNumSamples: 8 },
    { minAucDrop: 0.002, maxFeatures: 0.8, maxDepth: 10, minNumSamples: 4 },
  ],
  additive: DEFAULT_ADDITIVE,
};

/**
 * Chooses the investigation threshold from out-of-fold probabilities. `rowIndices` are the dataset
 * rows the probabilities belong to (so tests can check an outer fold's rows are never among them).
 */
export type ThresholdChooser = (probabilities: readonly number[], labels: readonly number[], rowIndices: readonly number[]) => number;

export interface TrainOptions {
  seed: number;
  folds: number;
  /** Forest for each fit; with tuning, the winning candidate's maxFeatures / maxDepth / minNumSamples replace these. */
  params: ForestParams;
  /** Inner-fold feature selection and tuning; null = all features with `params`, forest only (the pipeline before tuning). */
  tuning?: TuningOptions | null;
  /** Defaults to the best-F1 cut (bestF1Threshold). */
  chooseThreshold?: ThresholdChooser;
  /** Defaults to chooseBlendByRocAuc. */
  chooseBlend?: BlendChooser;
  /** Called as trees complete: (done, total) over CV folds and the final model. */
  onProgress?: (done: number, total: number) => void;
}

/** What one fit's inner search chose. */
export interface FitChoice {
  /** Position of the winner in the candidate list. */
  candidateIndex: number;
  candidate: PipelineCandidate;
  /** Names of the encoded features the forest was trained on. */
  features: string[];
  threshold: number;
  /** Inner out-of-fold ROC-AUC of every candidate, in candidate order. */
  innerRocAuc: number[];
  /** Weight of the forest in the blend with the logistic model (1 = forest only). */
  forestWeight: number;
  /** Inner out-of-fold ROC-AUC of the winning forest blended at each of tuning.additive.forestWeights (empty without it). */
  innerBlendRocAuc: number[];
}

/**
 * Chooses the forest weight from inner out-of-fold probabilities of the forest and the additive
 * model. `rowIndices` are the dataset rows they belong to (tests check no outer-fold row is among
 * them). Default: best ROC-AUC of the blend, ties to the earlier weight.
 */
export type BlendChooser = (
  forest: readonly number[],
  additive: readonly number[],
  labels: readonly number[],
  forestWeights: readonly number[],
  rowIndices: readonly number[],
) => { forestWeight: number; rocAuc: number[] };

/** Best inner ROC-AUC of the blend over the weights; ties go to the earlier weight. */
export function chooseBlendByRocAuc(forest: readonly number[], additive: readonly number[], labels: readonly number[], forestWeights: readonly number[]) {
  const aucs = forestWeights.map((w) => rocAuc(forest.map((p, i) => w * p + (1 - w) * additive[i]), labels));
  let best = 0;
  aucs.forEach((auc, k) => {
    if (auc > aucs[best] + 1e-9) best = k;
  });
  return { forestWeight: forestWeights[best], rocAuc: aucs };
}

export interface TrainResult {
  model: FraudModelFile;
  serialized: string;
  version: string;
  outOfFold: number[];
  /**
   * Out-of-fold probabilities of the parts of the same outer fits: the forest alone (what the
   * pipeline gave before the additive model, same seeds) and the logistic model alone.
   */
  components: { forest: number[]; additive: number[] | null };
  /** Outer fold of every row. */
  foldOf: number[];
  crossValidation: {
    /** Honest: each outer fold's rows at the threshold its own fit chose without them (pooled confusion). */
    atThreshold: ClassificationMetrics;
    /** The threshold each outer fold's fit chose. */
    foldThresholds: number[];
    /** Optimistic: best-F1 cut chosen on the same out-of-fold probabilities it is measured on. */
    optimistic: ClassificationMetrics;
    atHalf: ClassificationMetrics;
    rocAucByFold: number[];
    /** Pooled out-of-fold ROC-AUC of the same outer fits' parts alone: the forest (the pipeline before the blend) and the logistic model. */
    partsRocAuc: { forest: number; additive: number | null };
  };
  /** The search that ran (trees capped at the fit's forest size). */
  tuning: TuningOptions;
  /** What the inner search chose in each outer fold, and for the final model. */
  choices: { folds: FitChoice[]; final: FitChoice };
  trainingSetMetrics: ClassificationMetrics;
  importances: FeatureImportance[];
  timings: { crossValidationSeconds: number; finalTrainingSeconds: number; totalSeconds: number };
}

/** Stratified fold index per row: each class is shuffled with the seed and dealt round-robin. */
export function stratifiedFolds(labels: readonly number[], folds: number, seed: number): number[] {
  const random = createRandom(seed);
  const foldOf = new Array<number>(labels.length).fill(0);
  let next = 0;
  for (const cls of [1, 0]) {
    const members = labels.map((y, i) => (y === cls ? i : -1)).filter((i) => i >= 0);
    for (const i of shuffled(random, members)) foldOf[i] = next++ % folds;
  }
  return foldOf;
}

function typicalGenuineClaim(specs: FraudModelFile["attributes"], rows: readonly Attributes[], labels: readonly number[]): Attributes {
  const genuine = rows.filter((_, i) => labels[i] === 0);
  const baseline: Attributes = {};
  for (const spec of specs) {
    const values = genuine.map((r) => r[spec.name] ?? null);
    if (spec.type === "numeric") {
      const present = values.filter((v): v is number => typeof v === "number").sort((a, b) => a - b);
      baseline[spec.name] = present.length ? present[Math.floor(present.length / 2)] : null;
    } else {
      const counts = new Map<string | null, number>();
      for (const v of values) counts.set(v as string | null, (counts.get(v as string | null) ?? 0) + 1);
      // Most common level; ties broken by name so the baseline is deterministic.
      const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
      baseline[spec.name] = ranked.length ? ranked[0][0] : null;
    }
  }
  return baseline;
}

interface FitContext {
  specs: FraudModelFile["attributes"];
  rows: Attributes[];
  labels: number[];
  options: TrainOptions;
  tuning: TuningOptions;
  chooseThreshold: ThresholdChooser;
  chooseBlend: BlendChooser;
  progress: (trees: number) => void;
}

interface EncodedPart {
  encoding: ReturnType<typeof fitEncoding>;
  matrix: number[][];
  labels: number[];
}

/** Encoding fitted on `idx` only; its rows' target rates are out-of-fold within `idx`. */
function encodePart(ctx: FitContext, idx: readonly number[], seedLabel: string): EncodedPart {
  const partRows = idx.map((i) => ctx.rows[i]);
  const partLabels = idx.map((i) => ctx.labels[i]);
  const encoding = fitEncoding(ctx.specs, partRows, partLabels);
  const k = ctx.tuning.innerFolds;
  const rateFolds = stratifiedFolds(partLabels, k, deriveSeed(ctx.options.seed, `rates-${seedLabel}`));
  return { encoding, matrix: encodeTrainingRows(encoding, ctx.specs, partRows, partLabels, rateFolds, k), labels: partLabels };
}

/** Encoded columns of each attribute, in attribute order (a category's rate and one-hots move together). */
export function attributeColumnGroups(encoding: FeatureEncoding): number[][] {
  const groups: number[][] = [];
  let next = 0;
  for (const enc of encoding.encodings) {
    const width = enc.type === "numeric" ? 1 + (enc.missingIndicator ? 1 : 0) : 1 + enc.oneHotLevels.length;
    groups.push(Array.from({ length: width }, (_, k) => next + k));
    next += width;
  }
  return groups;
}

/**
 * Permutation importance per attribute, measured without the fit's held-out rows: the part is split
 * in two stratified halves; a forest trained on one half scores the other, once as is and once with
 * each attribute's columns shuffled together; the drop in ROC-AUC, averaged over both directions,
 * is what the attribute earns. (Gain importance would favour many-valued noise columns.)
 */
export function permutationImportance(
  matrix: readonly number[][],
  labels: readonly number[],
  groups: readonly number[][],
  params: ForestParams,
  seed: number,
): number[] {
  const half = stratifiedFolds(labels, 2, deriveSeed(seed, "halves"));
  const drops = groups.map(() => 0);
  for (let h = 0; h < 2; h++) {
    const fitIdx = labels.map((_, i) => i).filter((i) => half[i] === h);
    const evalIdx = labels.map((_, i) => i).filter((i) => half[i] !== h);
    const { forest } = trainForest(fitIdx.map((i) => matrix[i] as number[]), fitIdx.map((i) => labels[i]), params, deriveSeed(seed, `half-${h}`));
    const evalRows = evalIdx.map((i) => matrix[i]);
    const evalLabels = evalIdx.map((i) => labels[i]);
    const base = rocAuc(evalRows.map((r) => predictFraudProbability(forest, r)), evalLabels);
    const random = createRandom(deriveSeed(seed, `permute-${h}`));
    groups.forEach((columns, g) => {
      const donor = shuffled(random, evalRows.map((_, k) => k));
      const permuted = evalRows.map((row, k) => {
        const copy = row.slice();
        for (const c of columns) copy[c] = evalRows[donor[k]][c];
        return copy;
      });
      drops[g] += (base - rocAuc(permuted.map((r) => predictFraudProbability(forest, r)), evalLabels)) / 2;
    });
  }
  return drops;
}

/** Columns of the attributes whose importance exceeds `minAucDrop` (at least the strongest attribute's). */
export function selectColumns(groups: readonly number[][], drops: readonly number[], minAucDrop: number): number[] {
  let strongest = 0;
  drops.forEach((d, g) => {
    if (d > drops[strongest]) strongest = g;
  });
  return groups.flatMap((columns, g) => (drops[g] > minAucDrop || g === strongest ? columns : []));
}

function forestParams(candidate: PipelineCandidate, trees: number): ForestParams {
  return { nEstimators: trees, maxFeatures: candidate.maxFeatures, maxDepth: candidate.maxDepth, minNumSamples: candidate.minNumSamples };
}

function attributeDrops(ctx: FitContext, part: EncodedPart, seedLabel: string): number[] {
  if (!ctx.tuning.candidates.some((c) => c.minAucDrop !== null)) return [];
  const params = { ...ctx.options.params, nEstimators: ctx.tuning.trees };
  const drops = permutationImportance(part.matrix, part.labels, attributeColumnGroups(part.encoding), params, deriveSeed(ctx.options.seed, `rank-${seedLabel}`));
  ctx.progress(2 * ctx.tuning.trees); // one forest per half
  return drops;
}

function columnsFor(candidate: PipelineCandidate, part: EncodedPart, drops: readonly number[]): number[] | undefined {
  return candidate.minAucDrop === null ? undefined : selectColumns(attributeColumnGroups(part.encoding), drops, candidate.minAucDrop);
}

/**
 * The whole fitting procedure on the rows `idx` (and nothing else): inner search, threshold, forest.
 * Returns what it chose and the fitted encoding and forest.
 */
function fitOnRows(ctx: FitContext, idx: readonly number[], seedLabel: string) {
  const { tuning } = ctx;
  const candidates = tuning.candidates;
  const idxLabels = idx.map((i) => ctx.labels[i]);
  const innerFoldOf = stratifiedFolds(idxLabels, tuning.innerFolds, deriveSeed(ctx.options.seed, `inner-${seedLabel}`));
  const innerOutOfFold = candidates.map(() => new Array<number>(idx.length).fill(0));
  const additive = tuning.additive ?? null;
  const innerAdditive = new Array<number>(idx.length).fill(0);
  for (let inner = 0; inner < tuning.innerFolds; inner++) {
    const trainPos = idx.map((_, p) => p).filter((p) => innerFoldOf[p] !== inner);
    const testPos = idx.map((_, p) => p).filter((p) => innerFoldOf[p] === inner);
    const part = encodePart(ctx, trainPos.map((p) => idx[p]), `${seedLabel}-${inner}`);
    const testMatrix = testPos.map((p) => encodeAttributes(part.encoding, ctx.rows[idx[p]]));
    const drops = attributeDrops(ctx, part, `${seedLabel}-${inner}`);
    if (additive) {
      const logistic = fitLogistic(part.matrix, part.labels, additive.l2);
      testPos.forEach((p, t) => (innerAdditive[p] = predictLogistic(logistic, testMatrix[t])));
    }
    candidates.forEach((candidate, c) => {
      const columns = columnsFor(candidate, part, drops);
      const seed = deriveSeed(ctx.options.seed, `candidate-${seedLabel}-${inner}-${c}`);
      const { forest } = trainForest(part.matrix, part.labels, forestParams(candidate, tuning.trees), seed, undefined, columns);
      ctx.progress(tuning.trees);
      testPos.forEach((p, t) => (innerOutOfFold[c][p] = predictFraudProbability(forest, testMatrix[t])));
    });
  }
  const innerRocAuc = innerOutOfFold.map((probabilities) => rocAuc(probabilities, idxLabels));
  let best = 0;
  innerRocAuc.forEach((auc, c) => {
    if (auc > innerRocAuc[best] + 1e-9) best = c;
  });
  const candidate = candidates[best];
  const blendChoice = additive
    ? ctx.chooseBlend(innerOutOfFold[best], innerAdditive, idxLabels, additive.forestWeights, idx)
    : { forestWeight: 1, rocAuc: [] };
  const w = blendChoice.forestWeight;
  const innerBlended = innerOutOfFold[best].map((p, i) => w * p + (1 - w) * innerAdditive[i]);
  const threshold = ctx.chooseThreshold(innerBlended, idxLabels, idx);

  const part = encodePart(ctx, idx, `${seedLabel}-fit`);
  const drops = candidate.minAucDrop === null ? [] : attributeDrops(ctx, part, `${seedLabel}-fit`);
  const columns = columnsFor(candidate, part, drops);
  const params = forestParams(candidate, ctx.options.params.nEstimators);
  const trained = trainForest(part.matrix, part.labels, params, deriveSeed(ctx.options.seed, `forest-${seedLabel}`), undefined, columns);
  ctx.progress(params.nEstimators);
  // Fitted whenever the search has an additive model (cheap), so the outer folds can report it alone.
  const logistic = additive ? fitLogistic(part.matrix, part.labels, additive.l2) : null;
  const blend: ModelBlend = { forestWeight: w, logistic: w < 1 ? logistic : null };
  const featureNames = part.encoding.featureNames;
  const choice: FitChoice = {
    candidateIndex: best,
    candidate,
    features: (columns ?? featureNames.map((_, i) => i)).map((i) => featureNames[i]),
    threshold,
    innerRocAuc,
    forestWeight: w,
    innerBlendRocAuc: blendChoice.rocAuc,
  };
  return { choice, encoding: part.encoding, blend, logistic, ...trained };
}

/** Trains and cross-validates a model on a labelled dataset. Deterministic for (data, options). */
export function trainFraudModel(dataset: Dataset, options: TrainOptions): TrainResult {
  const started = performance.now();
  const { labels } = dataset;
  if (labels.some((y) => y !== 0 && y !== 1)) throw new Error("Every training row needs fraud_reported Y or N");
  const positives = labels.filter((y) => y === 1).length;
  if (positives < options.folds || labels.length - positives < options.folds) throw new Error("Too few rows of each class for the requested folds");
  const definition = featureDefinitionFor(dataset.kind);
  const specs = definition.attributes;
  const rows = dataset.records.map((r) => definition.derive(r));
  const requested: TuningOptions =
    options.tuning === null
      ? { ...DEFAULT_TUNING, candidates: [{ minAucDrop: null, ...paramsOnly(options.params) }], additive: null }
      : (options.tuning ?? DEFAULT_TUNING);
  // Search forests never have more trees than the fit's own forest (keeps small runs small).
  const tuning: TuningOptions = { ...requested, trees: Math.min(requested.trees, options.params.nEstimators) };
  const selecting = tuning.candidates.some((c) => c.minAucDrop !== null);
  const perFit =
    tuning.innerFolds * ((selecting ? 2 * tuning.trees : 0) + tuning.candidates.length * tuning.trees) +
    (selecting ? 2 * tuning.trees : 0) + // the fit's own ranking, if the winner selects (an upper bound)
    options.params.nEstimators;
  const totalTrees = perFit * (options.folds + 1);
  let treesDone = 0;
  const ctx: FitContext = {
    specs,
    rows,
    labels,
    options,
    tuning,
    chooseThreshold: options.chooseThreshold ?? ((p, y) => bestF1Threshold(p, y)),
    chooseBlend: options.chooseBlend ?? ((f, a, y, weights) => chooseBlendByRocAuc(f, a, y, weights)),
    progress: (trees) => {
      treesDone = Math.min(totalTrees, treesDone + trees);
      options.onProgress?.(treesDone, totalTrees);
    },
  };
  const foldOf = stratifiedFolds(labels, options.folds, deriveSeed(options.seed, "outer-folds"));

  const outOfFold = new Array<number>(rows.length).fill(0);
  const forestOutOfFold = new Array<number>(rows.length).fill(0);
  const additiveOutOfFold = tuning.additive ? new Array<number>(rows.length).fill(0) : null;
  const rowThreshold = new Array<number>(rows.length).fill(0);
  const rocAucByFold: number[] = [];
  const foldChoices: FitChoice[] = [];
  for (let fold = 0; fold < options.folds; fold++) {
    const trainIdx = rows.map((_, i) => i).filter((i) => foldOf[i] !== fold);
    const testIdx = rows.map((_, i) => i).filter((i) => foldOf[i] === fold);
    const fit = fitOnRows(ctx, trainIdx, `fold-${fold}`);
    foldChoices.push(fit.choice);
    for (const i of testIdx) {
      const row = encodeAttributes(fit.encoding, rows[i]);
      forestOutOfFold[i] = predictFraudProbability(fit.forest, row);
      if (additiveOutOfFold && fit.logistic) additiveOutOfFold[i] = predictLogistic(fit.logistic, row);
      outOfFold[i] = blendProbability(fit.blend, forestOutOfFold[i], row);
      rowThreshold[i] = fit.choice.threshold;
    }
    rocAucByFold.push(rocAuc(testIdx.map((i) => outOfFold[i]), testIdx.map((i) => labels[i])));
  }
  const cvDone = performance.now();

  const final = fitOnRows(ctx, rows.map((_, i) => i), "final");
  options.onProgress?.(totalTrees, totalTrees);
  const { forest, importances, encoding, blend } = final;
  const threshold = final.choice.threshold;
  const anomalyRows = rows.map((r) => anomalyVector(encoding, r));
  const isolationForest = fitIsolationForest(anomalyRows, deriveSeed(options.seed, "isolation-forest"));
  const anomalyThreshold = quantile(anomalyRows.map((r) => anomalyScore(isolationForest, r)), ANOMALY_QUANTILE);
  const model: FraudModelFile = {
    format: MODEL_FORMAT,
    kind: dataset.kind,
    attributes: specs,
    encoding,
    threshold,
    anomalyThreshold,
    reasonBaseline: typicalGenuineClaim(specs, rows, labels),
    forest,
    blend,
    isolationForest,
  };
  const finished = performance.now();
  const serialized = serializeModel(model);
  const trainingProbabilities = rows.map((r) => {
    const row = encodeAttributes(encoding, r);
    return blendProbability(blend, predictFraudProbability(forest, row), row);
  });
  const foldThresholds = foldChoices.map((c) => c.threshold);
  return {
    model,
    serialized,
    version: modelVersion(dataset.kind, serialized),
    outOfFold,
    components: { forest: forestOutOfFold, additive: additiveOutOfFold },
    foldOf,
    crossValidation: {
      atThreshold: metricsAtRowThresholds(outOfFold, labels, rowThreshold, threshold),
      foldThresholds,
      optimistic: classificationMetrics(outOfFold, labels, bestF1Threshold(outOfFold, labels)),
      atHalf: classificationMetrics(outOfFold, labels, 0.5),
      rocAucByFold,
      partsRocAuc: { forest: rocAuc(forestOutOfFold, labels), additive: additiveOutOfFold ? rocAuc(additiveOutOfFold, labels) : null },
    },
    tuning,
    choices: { folds: foldChoices, final: final.choice },
    trainingSetMetrics: classificationMetrics(trainingProbabilities, labels, threshold),
    importances: encoding.featureNames
      .map((feature, i) => ({ feature, importance: importances[i] }))
      .sort((a, b) => b.importance - a.importance || a.feature.localeCompare(b.feature)),
    timings: {
      crossValidationSeconds: (cvDone - started) / 1000,
      finalTrainingSeconds: (finished - cvDone) / 1000,
      totalSeconds: (finished - started) / 1000,
    },
  };
}

function paramsOnly(params: ForestParams): Omit<PipelineCandidate, "minAucDrop"> {
  return { maxFeatures: params.maxFeatures, maxDepth: params.maxDepth, minNumSamples: params.minNumSamples };
}
