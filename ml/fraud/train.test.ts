import { describe, expect, it } from "vitest";
import { bestF1Threshold, classificationMetrics, confusionAt } from "./metrics";
import { modelVersion } from "./model-file";
import { createRandom } from "./seeded-random";
import { generateSyntheticClaims } from "./synthetic";
import { predictLogistic } from "./logistic";
import { chooseBlendByRocAuc, permutationImportance, selectColumns, stratifiedFolds, trainFraudModel, type TrainOptions } from "./train";
import { parseFraudModel, probabilityOfAttributes } from "./scorer-core";
import { featureDefinitionFor } from "./features";
import { encodeAttributes } from "./encode-features";
import { predictFraudProbability } from "./train-forest";

// Small on purpose: these tests check behaviour, not accuracy.
const options: TrainOptions = {
  seed: 7,
  folds: 3,
  params: { nEstimators: 12, maxFeatures: 0.5, maxDepth: 6, minNumSamples: 8 },
  tuning: {
    innerFolds: 2,
    trees: 6,
    candidates: [
      { minAucDrop: null, maxFeatures: 0.5, maxDepth: 6, minNumSamples: 8 },
      { minAucDrop: 0, maxFeatures: 0.8, maxDepth: 6, minNumSamples: 8 },
    ],
    additive: { l2: 10, forestWeights: [1, 0.5, 0] },
  },
};

describe("trainFraudModel", () => {
  const data = generateSyntheticClaims("general", 300, 11);
  const first = trainFraudModel(data, options);

  it("is deterministic: same data and seed give a byte-identical model and version", () => {
    const second = trainFraudModel(data, options);
    expect(second.serialized).toBe(first.serialized);
    expect(second.version).toBe(first.version);
    expect(first.version).toBe(modelVersion("general", first.serialized));
  });

  /** Each outer fold's chooser saw exactly that fold's training part (none of its own rows, all others); the final one all rows. */
  function expectOuterTrainingRows(seen: number[][], foldOf: readonly number[]) {
    expect(seen).toHaveLength(options.folds + 1);
    for (let fold = 0; fold < options.folds; fold++) {
      const outside = data.labels.map((_, i) => i).filter((i) => foldOf[i] !== fold);
      expect([...seen[fold]].sort((a, b) => a - b)).toEqual(outside);
    }
    expect([...seen[options.folds]].sort((a, b) => a - b)).toEqual(data.labels.map((_, i) => i));
  }

  it("a different seed gives a different model", () => {
    expect(trainFraudModel(data, { ...options, seed: 8 }).version).not.toBe(first.version);
  });

  it("chooses each fold's threshold without that fold's rows, and the final one on all rows", () => {
    const seen: number[][] = [];
    const result = trainFraudModel(data, {
      ...options,
      chooseThreshold: (probabilities, labels, rowIndices) => {
        expect(probabilities).toHaveLength(rowIndices.length);
        expect(labels).toEqual(rowIndices.map((i) => data.labels[i]));
        seen.push([...rowIndices]);
        return bestF1Threshold(probabilities, labels);
      },
    });
    expectOuterTrainingRows(seen, result.foldOf);
  });

  it("chooses each fold's forest weight without that fold's rows (nested), and the threshold on the chosen blend", () => {
    const seen: number[][] = [];
    const thresholdInputs: number[][] = [];
    const weights = options.tuning!.additive!.forestWeights;
    // Forces a blend (weight 0.5) so the threshold must be chosen on blended inner probabilities.
    const result = trainFraudModel(data, {
      ...options,
      chooseBlend: (forest, additive, labels, forestWeights, rowIndices) => {
        expect(forestWeights).toEqual(weights);
        expect(forest).toHaveLength(rowIndices.length);
        expect(additive).toHaveLength(rowIndices.length);
        expect(labels).toEqual(rowIndices.map((i) => data.labels[i]));
        seen.push([...rowIndices]);
        thresholdInputs.push(forest.map((p, i) => 0.5 * p + 0.5 * additive[i]));
        return { forestWeight: 0.5, rocAuc: forestWeights.map(() => 0) };
      },
      chooseThreshold: (probabilities, labels) => {
        expect(probabilities).toEqual(thresholdInputs[thresholdInputs.length - 1]);
        return bestF1Threshold(probabilities, labels);
      },
    });
    expectOuterTrainingRows(seen, result.foldOf);
    // The model file records the combination, and scoring uses it.
    expect(result.model.blend?.forestWeight).toBe(0.5);
    expect(result.choices.folds.every((c) => c.forestWeight === 0.5)).toBe(true);
    const definition = featureDefinitionFor("general");
    const attributes = definition.derive(data.records[0]);
    const row = encodeAttributes(result.model.encoding, attributes);
    const expected = 0.5 * predictFraudProbability(result.model.forest, row) + 0.5 * predictLogistic(result.model.blend!.logistic!, row);
    const loaded = parseFraudModel(result.serialized, null);
    expect(probabilityOfAttributes(loaded, attributes)).toBeCloseTo(expected, 12);
    // Out-of-fold figures of the parts alone come from the same fits.
    expect(result.crossValidation.partsRocAuc.additive).not.toBeNull();
    expect(result.components.forest).toHaveLength(data.labels.length);
  });

  it("chooseBlendByRocAuc picks the best blend, ties to the earlier weight", () => {
    const labels = [0, 0, 1, 1];
    const forest = [0.1, 0.4, 0.35, 0.8]; // ROC-AUC 0.75
    const additive = [0.2, 0.1, 0.6, 0.7]; // ROC-AUC 1
    expect(chooseBlendByRocAuc(forest, additive, labels, [1, 0.5, 0]).forestWeight).toBe(0.5);
    expect(chooseBlendByRocAuc(forest, forest, labels, [1, 0.5, 0]).forestWeight).toBe(1);
  });

  it("reports each outer fold at its own threshold (honest) and the best-F1 cut on the same probabilities as optimistic", () => {
    const cv = first.crossValidation;
    expect(cv.foldThresholds).toEqual(first.choices.folds.map((c) => c.threshold));
    expect(cv.atThreshold.threshold).toBe(first.model.threshold);
    const pooled = { truePositives: 0, falsePositives: 0, trueNegatives: 0, falseNegatives: 0 };
    for (let fold = 0; fold < options.folds; fold++) {
      const rows = data.labels.map((_, i) => i).filter((i) => first.foldOf[i] === fold);
      const c = confusionAt(rows.map((i) => first.outOfFold[i]), rows.map((i) => data.labels[i]), cv.foldThresholds[fold]);
      for (const key of Object.keys(pooled) as (keyof typeof pooled)[]) pooled[key] += c[key];
    }
    expect(cv.atThreshold.confusion).toEqual(pooled);
    expect(cv.optimistic).toEqual(classificationMetrics(first.outOfFold, data.labels, bestF1Threshold(first.outOfFold, data.labels)));
    // The optimistic cut is the best any threshold can do on these probabilities, so never below the honest F1.
    expect(cv.optimistic.f1).toBeGreaterThanOrEqual(cv.atThreshold.f1);
  });

  it("never uses excluded columns as features", () => {
    const names = first.model.encoding.featureNames.join(" ");
    expect(names).not.toMatch(/policy_number|report_date|policy_start_date/);
    const motor = trainFraudModel(generateSyntheticClaims("motor", 150, 3), { ...options, params: { ...options.params, nEstimators: 3 } });
    expect(motor.model.encoding.featureNames.join(" ")).not.toMatch(/insured_sex|insured_zip|policy_number|incident_location/);
  });
});

describe("feature selection", () => {
  it("keeps the attributes that carry signal and drops noise, by permutation importance", () => {
    const random = createRandom(99);
    const n = 400;
    const labels = Array.from({ length: n }, (_, i) => (i % 4 === 0 ? 1 : 0));
    // Column 0 follows the label (with noise); columns 1–6 are noise; 7–8 are one attribute's two columns.
    const matrix = labels.map((y) => [
      y + random() * 0.8,
      ...Array.from({ length: 6 }, () => Math.floor(random() * 20)),
      y === 1 && random() < 0.7 ? 1 : 0,
      Math.floor(random() * 3),
    ]);
    const groups = [[0], [1], [2], [3], [4], [5], [6], [7, 8]];
    const drops = permutationImportance(matrix, labels, groups, { nEstimators: 15, maxFeatures: 0.6, maxDepth: 6, minNumSamples: 8 }, 5);
    const kept = selectColumns(groups, drops, 0.005);
    expect(kept).toContain(0);
    expect(kept).toContain(7);
    expect(kept).toContain(8); // an attribute's columns stay together
    expect(kept.filter((c) => c >= 1 && c <= 6).length).toBeLessThanOrEqual(1);
  });

  it("always keeps the strongest attribute", () => {
    expect(selectColumns([[0], [1, 2]], [-0.01, -0.001], 0.01)).toEqual([1, 2]);
  });
});

describe("stratifiedFolds", () => {
  it("keeps the fraud share in every fold", () => {
    const labels = Array.from({ length: 100 }, (_, i) => (i % 4 === 0 ? 1 : 0));
    const folds = stratifiedFolds(labels, 5, 1);
    for (let f = 0; f < 5; f++) {
      const members = labels.filter((_, i) => folds[i] === f);
      expect(members.length).toBe(20);
      expect(members.filter((y) => y === 1).length).toBe(5);
    }
  });
});
