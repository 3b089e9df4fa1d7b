import { readDatasetFile } from "./read-dataset";
import { trainFraudModel } from "./train";
const [file, trees, mf, depth, mins] = process.argv.slice(2);
const ds = readDatasetFile(file);
const r = trainFraudModel(ds, { seed: 42, folds: 5, params: { nEstimators: Number(trees), maxFeatures: Number(mf), maxDepth: Number(depth), minNumSamples: Number(mins) } });
const m = r.crossValidation.atThreshold;
console.log(file, trees, mf, depth, mins, "auc", m.rocAuc.toFixed(4), "f1", m.f1.toFixed(4), "pr", m.prAuc.toFixed(4), "thr", m.threshold.toFixed(3), "f1@.5", r.crossValidation.atHalf.f1.toFixed(3), "cv s", r.timings.crossValidationSeconds.toFixed(1), "final s", r.timings.finalTrainingSeconds.toFixed(1), "size", r.serialized.length, "fraud", m.fraudRate);
console.log(r.importances.slice(0, 12).map((f) => `${f.feature}:${f.importance.toFixed(3)}`).join(" "));
