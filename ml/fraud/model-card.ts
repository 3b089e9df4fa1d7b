import path from "node:path";
import type { DatasetFile } from "./read-dataset";
import { buildDriftReference } from "./drift";
import { featureDefinitionFor } from "./features";
import type { ClassificationMetrics } from "./metrics";
import type { ModelCard } from "./model-file";
import { ANOMALY_QUANTILE, type PipelineCandidate, type TrainOptions, type TrainResult } from "./train";

/** What we expect on the public benchmark data, and why; written into every motor card. */
const MOTOR_EXPECTATIONS =
  "On the public 1000-row auto-insurance fraud data (24.7% fraud) we expect, under 5-fold stratified CV, ROC-AUC of about 0.88–0.92 " +
  "and fraud F1 of about 0.75–0.80, against 0.83 / 0.42 for scikit-learn's random forest on label-encoded columns at 0.5 and 0.85 / 0.74 " +
  "for the best published gradient boosting. Why: that data's signal sits in a few categorical columns (incident severity, the insured's hobby); " +
  "smoothed out-of-fold fraud rates and one-hot columns let shallow trees use a single high-risk level directly, where label encoding imposes an " +
  "arbitrary order that needs many splits; claim-composition shares and policy age add signal label encoding cannot express; the inner search " +
  "can drop the columns that carry no signal; and the threshold is chosen for F1 on inner out-of-fold probabilities instead of 0.5, which on a " +
  "25%-positive class is what lifts F1. On the benchmark-like synthetic profile (npm run ml:generate -- --profile benchmark-like; a few strong " +
  "columns among noise) the forest alone measured ROC-AUC 0.86–0.87 on seeds not used for tuning; with the logistic blend chosen on inner folds the " +
  "pipeline measured 0.884–0.897 (mean 0.891, ceiling 0.904) on five pre-registered fresh seeds, against 0.880 for the forest alone on the same " +
  "rows (ml/fraud/README.md, third round). This is an expectation, not a " +
  "measurement on the public data: that data is not shipped with the project.";

const GENERAL_EXPECTATIONS =
  "Trained on synthetic claims only: the metrics show the pipeline recovers the generator's structure (claim size against cover and premium, " +
  "young policies, repeat claimants, late reports, night-time incidents, missing police reports), not how it will do on real claims. Retrain on " +
  "labelled app exports (formatAppTrainingCsv) before relying on it.";

/** Builds card.json from a training result. */
export function buildModelCard(result: TrainResult, data: DatasetFile, options: TrainOptions): ModelCard {
  const definition = featureDefinitionFor(result.model.kind);
  const synthetic = path.basename(data.path).includes("synthetic");
  return {
    version: result.version,
    kind: result.model.kind,
    format: result.model.format,
    intendedUse:
      result.model.kind === "motor"
        ? "Triage of car and bike claims: 'investigate' sends a claim to an adjuster; it never rejects a claim by itself."
        : "Triage of travel, health, business and home claims: 'investigate' sends a claim to an adjuster; it never rejects a claim by itself.",
    data: { file: path.basename(data.path), sha256: data.sha256, rows: data.labels.length, fraudRate: result.crossValidation.atThreshold.fraudRate },
    seed: options.seed,
    folds: options.folds,
    params: options.params,
    threshold: {
      value: result.model.threshold,
      method:
        `Maximum F1 (midpoint to the next lower score) over out-of-fold probabilities of a ${result.tuning.innerFolds}-fold CV inside the training rows. ` +
        `The cross-validated figures below are nested: each of the ${options.folds} outer folds is judged at the threshold its own training part chose without it.`,
    },
    anomaly: {
      threshold: result.model.anomalyThreshold,
      method: `Isolation forest (100 trees, 256-row samples) over raw numbers and category frequencies, implemented in ml/fraud/isolation-forest.ts with the seeded PRNG (library versions use Math.random and would break byte-identical models); threshold = ${ANOMALY_QUANTILE * 100}th percentile of training scores.`,
      combination: "investigate if probability ≥ threshold OR anomaly ≥ anomaly threshold; an anomaly adds a reason saying so.",
    },
    crossValidation: result.crossValidation,
    tuning: {
      innerFolds: result.tuning.innerFolds,
      trees: result.tuning.trees,
      candidates: result.tuning.candidates,
      additive: result.tuning.additive ?? null,
      folds: result.choices.folds,
      final: result.choices.final,
    },
    trainingSetMetrics: result.trainingSetMetrics,
    features: result.importances,
    attributes: definition.attributes,
    excludedColumns: definition.excludedColumns,
    timings: result.timings,
    expectations: result.model.kind === "motor" ? MOTOR_EXPECTATIONS : GENERAL_EXPECTATIONS,
    notes: [
      synthetic ? "Trained on synthetic data from ml/fraud/synthetic.ts (npm run ml:generate)." : "Trained on the data file named above.",
      "Probability = mean over trees of the leaf's fraud share (soft vote), not ml-random-forest's hard-vote predictProbability.",
      "Categorical target rates are fitted out-of-fold inside each CV fold and inside the final training set, so no row sees its own label.",
      "Feature selection (permutation importance on held-out halves) and the forest settings are chosen on inner folds only; the outer folds measure the whole procedure.",
      "Probability = forest weight × forest + (1 − forest weight) × an L2 logistic regression on the standardised encoded features; the weight is chosen on the same inner folds (forest weight 1 = forest only).",
      "insured_relationship and age can correlate with protected characteristics; they are kept as the public schema's inputs and should be reviewed with real data.",
      "Same data file + same seed + same parameters reproduce model.json byte for byte (the version is its hash); timings in this card vary.",
    ],
    drift: buildDriftReference({
      outOfFold: result.outOfFold,
      rows: data.records.map((r) => definition.derive(r)),
      specs: definition.attributes,
      encoding: result.model.encoding,
      importances: result.importances,
    }),
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const num = (x: number) => x.toFixed(3);

function metricsTable(rows: [string, ClassificationMetrics][]): string {
  const lines = ["| | threshold | accuracy | precision | recall | F1 | ROC-AUC | PR-AUC |", "|---|---|---|---|---|---|---|---|"];
  for (const [name, m] of rows) {
    lines.push(`| ${name} | ${num(m.threshold)} | ${num(m.accuracy)} | ${num(m.precision)} | ${num(m.recall)} | ${num(m.f1)} | ${num(m.rocAuc)} | ${num(m.prAuc)} |`);
  }
  return lines.join("\n");
}

function describeCandidate(c: PipelineCandidate): string {
  const features = c.minAucDrop === null ? "all attributes" : `attributes whose permutation importance > ${c.minAucDrop} ROC-AUC`;
  return `${features}; ${pct(c.maxFeatures)} of features per tree, depth ${c.maxDepth}, min ${c.minNumSamples} per node`;
}

function describeBlend(card: ModelCard): string {
  const additive = card.tuning.additive;
  if (!additive) return "- Additive model: none (forest only)";
  const parts = card.crossValidation.partsRocAuc;
  return [
    `- Additive model: L2 logistic regression (λ ${additive.l2}) on the standardised encoded features, blended with the forest; forest weight chosen on the inner folds from ${additive.forestWeights.join(" / ")}`,
    `- This model: forest weight **${card.tuning.final.forestWeight}** (inner ROC-AUC per weight ${card.tuning.final.innerBlendRocAuc.map(num).join(" / ")})`,
    `- Chosen in the outer folds: forest weight ${card.tuning.folds.map((f) => f.forestWeight).join(", ")}`,
    parts ? `- Same outer fits, parts alone: forest ROC-AUC ${num(parts.forest)}, logistic ${parts.additive === null ? "–" : num(parts.additive)}` : "",
  ]
    .filter(Boolean)
    .join("\n");
}

/** Renders card.md for people. */
export function renderModelCardMarkdown(card: ModelCard): string {
  const cv = card.crossValidation.atThreshold;
  const c = cv.confusion;
  return `# Fraud model card — ${card.kind} (${card.version})

${card.intendedUse}

## Data
- File: \`${card.data.file}\` (sha256 \`${card.data.sha256}\`)
- Rows: ${card.data.rows}, fraud rate ${pct(card.data.fraudRate)}

## Training
- Seed ${card.seed}, ${card.folds}-fold stratified cross-validation
- ml-random-forest: ${card.params.nEstimators} trees, bagging on; features and settings chosen by the inner search below
- This model: ${describeCandidate(card.tuning.final.candidate)} (${card.tuning.final.features.length} encoded features)
- Inner search (${card.tuning.innerFolds}-fold, ${card.tuning.trees}-tree forests; best inner out-of-fold ROC-AUC wins, ties to the earlier):
${card.tuning.candidates.map((c, i) => `  ${i + 1}. ${describeCandidate(c)}: inner ROC-AUC ${num(card.tuning.final.innerRocAuc[i])}`).join("\n")}
- Chosen in the outer folds: ${card.tuning.folds.map((f) => `#${f.candidateIndex + 1} (${f.features.length} features)`).join(", ")}
${describeBlend(card)}
- Time: CV ${card.timings.crossValidationSeconds.toFixed(1)} s, final model ${card.timings.finalTrainingSeconds.toFixed(1)} s, total ${card.timings.totalSeconds.toFixed(1)} s

## Decision
- Threshold **${num(card.threshold.value)}**: ${card.threshold.method}
- Anomaly threshold **${num(card.anomaly.threshold)}**: ${card.anomaly.method}
- Combination: ${card.anomaly.combination}

## Cross-validated metrics (out-of-fold)
${metricsTable([
  ["**honest**: threshold chosen inside each fold", cv],
  ["optimistic: best-F1 cut on these same probabilities", card.crossValidation.optimistic],
  ["at 0.5", card.crossValidation.atHalf],
])}

Honest row: each outer fold's claims are judged at the threshold chosen on its training part's inner folds
(${card.crossValidation.foldThresholds.map(num).join(", ")}); the threshold column shows this model's. The optimistic row
picks the cut that maximises F1 on the very probabilities it is scored on, which flatters F1; it is shown for comparison only.

ROC-AUC by fold: ${card.crossValidation.rocAucByFold.map(num).join(", ")}

Confusion (honest): ${c.truePositives} frauds caught, ${c.falseNegatives} missed, ${c.falsePositives} genuine claims investigated, ${c.trueNegatives} approved.

Training-set fit (optimistic, for reference): ROC-AUC ${num(card.trainingSetMetrics.rocAuc)}, F1 ${num(card.trainingSetMetrics.f1)}.

## Expected performance
${card.expectations}

## Features (by importance)
| feature | importance |
|---|---|
${card.features.map((f) => `| ${f.feature} | ${num(f.importance)} |`).join("\n")}

## Excluded columns
| column | why |
|---|---|
${card.excludedColumns.map((e) => `| ${e.column} | ${e.reason} |`).join("\n")}

## Notes
${card.notes.map((n) => `- ${n}`).join("\n")}
${card.drift ? driftMarkdown(card.drift) : ""}`;
}

function driftMarkdown(drift: NonNullable<ModelCard["drift"]>): string {
  const share = (d: { labels: string[]; shares: number[] }) => d.labels.map((l, i) => `${l}: ${pct(d.shares[i])}`).join(", ");
  return `
## Drift reference (what live claims are compared with, by population stability index)
- Out-of-fold fraud probability: ${share(drift.probability.reference)}
${drift.inputs.map((i) => `- ${i.binning.label} (\`${i.binning.attribute}\`): ${share(i.reference)}`).join("\n")}
`;
}
