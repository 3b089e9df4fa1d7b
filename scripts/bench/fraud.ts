import os from "node:os";
import { pathToFileURL } from "node:url";
import { featureDefinitionFor } from "../../ml/fraud/features";
import { defaultModelPath, loadFraudModel, probabilityOfAttributes, scoreRecord } from "../../ml/fraud/scorer-core";
import { generateSyntheticClaims } from "../../ml/fraud/synthetic";
import { DEFAULT_FOREST_PARAMS, DEFAULT_TUNING, trainFraudModel } from "../../ml/fraud/train";
import type { ModelKind } from "../../ml/fraud/dataset-schema";

/**
 * Fraud model benchmark: training time (5-fold CV + final model on 1000 generated rows), model
 * load time, one-claim scoring latency (probability + anomaly + reasons) and batch throughput.
 * Run alone with `npx tsx scripts/bench/fraud.ts` or as part of `npm run bench`.
 */

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

const ms = (x: number) => `${x.toFixed(x < 1 ? 3 : 1)} ms`;

function benchKind(kind: ModelKind) {
  const data = generateSyntheticClaims(kind, 1000, 42);
  const trained = trainFraudModel(data, { seed: 42, folds: 5, params: DEFAULT_FOREST_PARAMS });

  const loads: number[] = [];
  const coldStart = performance.now();
  let model = loadFraudModel(defaultModelPath(kind));
  const coldLoad = performance.now() - coldStart;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    model = loadFraudModel(defaultModelPath(kind));
    loads.push(performance.now() - t);
  }
  loads.sort((a, b) => a - b);

  const claims = generateSyntheticClaims(kind, 2000, 7).records;
  for (const record of claims.slice(0, 200)) scoreRecord(model, record); // warm-up (JIT)
  const latencies: number[] = [];
  for (const record of claims) {
    const t = performance.now();
    scoreRecord(model, record);
    latencies.push(performance.now() - t);
  }
  latencies.sort((a, b) => a - b);

  const batch = generateSyntheticClaims(kind, 10_000, 8).records;
  const definition = featureDefinitionFor(kind);
  let t = performance.now();
  for (const record of batch) probabilityOfAttributes(model, definition.derive(record));
  const probabilityPerSecond = batch.length / ((performance.now() - t) / 1000);
  t = performance.now();
  for (const record of batch.slice(0, 2000)) scoreRecord(model, record);
  const fullPerSecond = 2000 / ((performance.now() - t) / 1000);

  return {
    kind,
    version: model.version,
    training: trained.timings,
    cvAuc: trained.crossValidation.atThreshold.rocAuc,
    cvF1: trained.crossValidation.atThreshold.f1,
    optimisticF1: trained.crossValidation.optimistic.f1,
    coldLoad,
    loadMedian: loads[2],
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    probabilityPerSecond,
    fullPerSecond,
  };
}

/** Runs the fraud benchmark and returns the "## Fraud model" Markdown section. */
export async function benchFraud(): Promise<string> {
  const loadAverage = os.loadavg()[0];
  const results = (["motor", "general"] as const).map(benchKind);
  const p = DEFAULT_FOREST_PARAMS;
  const rows = results.map(
    (r) =>
      `| ${r.kind} | ${r.training.crossValidationSeconds.toFixed(1)} s + ${r.training.finalTrainingSeconds.toFixed(1)} s | ${r.cvAuc.toFixed(3)} / ${r.cvF1.toFixed(3)} (${r.optimisticF1.toFixed(3)}) | ${ms(r.coldLoad)} / ${ms(r.loadMedian)} | ${ms(r.p50)} / ${ms(r.p99)} | ${Math.round(r.probabilityPerSecond).toLocaleString("en-US")} | ${Math.round(r.fullPerSecond).toLocaleString("en-US")} |`,
  );
  return `## Fraud model

Command: \`npx tsx scripts/bench/fraud.ts\` (also part of \`npm run bench\`). Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, Node ${process.version}, load average ${loadAverage.toFixed(1)} at start (shared machine: timings vary between runs).
Training = nested 5-fold stratified CV + final model on 1000 generated rows (seed 42): every fit runs a ${DEFAULT_TUNING.innerFolds}-fold inner search (permutation-importance feature selection, ${DEFAULT_TUNING.candidates.length} forest settings, ${DEFAULT_TUNING.trees}-tree forests, the forest weight of the blend with an L2 logistic model) and picks its threshold on inner folds; its own forest has ${p.nEstimators} trees (ml-random-forest).
F1 is honest (each outer fold at the threshold chosen without it); in brackets the optimistic F1 of the best cut on the same out-of-fold probabilities.
Load = reading, parsing and version-checking the committed model.json + card.json: first load in the process, then median of 5. Latency = one claim fully scored (features, blended probability, anomaly score, reasons) over 2000 claims after warm-up.
Throughput: probability only (batch scoring) over 10,000 claims, and full scoring with reasons.

| model | training (CV + final) | CV ROC-AUC / F1 (optimistic) | load first / warm | latency p50 / p99 | claims/s (probability) | claims/s (with reasons) |
|---|---|---|---|---|---|---|
${rows.join("\n")}
`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchFraud().then((markdown) => process.stdout.write(markdown));
}
