import { describe, expect, it } from "vitest";
import { blendProbability, fitLogistic, predictLogistic, solveSymmetricPositive } from "./logistic";
import { rocAuc } from "./metrics";
import { createRandom, randomNormal } from "./seeded-random";

describe("solveSymmetricPositive", () => {
  it("solves a positive definite system", () => {
    const a = [
      [4, 1, 0],
      [1, 3, 1],
      [0, 1, 2],
    ];
    const x = solveSymmetricPositive(a, [1, 2, 3]);
    a.forEach((row, i) => expect(row.reduce((s, v, j) => s + v * x[j], 0)).toBeCloseTo([1, 2, 3][i], 10));
  });
});

describe("fitLogistic", () => {
  const random = createRandom(5);
  // Known linear model on two columns (different scales), plus a noise column and a constant column.
  const trueIntercept = -1;
  const trueWeights = [1.5, -0.02];
  const matrix = Array.from({ length: 4000 }, () => [randomNormal(random, 0, 1), randomNormal(random, 10, 50), randomNormal(random, 0, 1), 7]);
  const labels = matrix.map((x) => (random() < 1 / (1 + Math.exp(-(trueIntercept + trueWeights[0] * x[0] + trueWeights[1] * x[1]))) ? 1 : 0));

  it("recovers the weights of a known logistic model (unstandardised scale) with a tiny penalty", () => {
    const model = fitLogistic(matrix, labels, 1e-6);
    const raw = model.coefficients.map((c, j) => c / model.scales[j]);
    // Sampling error of 4000 rows is ≈ 0.05 on the first weight: allow three of those.
    expect(Math.abs(raw[0] - trueWeights[0])).toBeLessThan(0.15);
    expect(Math.abs(raw[1] - trueWeights[1])).toBeLessThan(0.003);
    expect(Math.abs(raw[2])).toBeLessThan(0.1);
    expect(model.coefficients[3]).toBe(0); // constant column: no coefficient
    const intercept = model.intercept - model.coefficients.reduce((s, c, j) => s + (c * model.means[j]) / model.scales[j], 0);
    expect(Math.abs(intercept - trueIntercept)).toBeLessThan(0.15);
  });

  it("separates linearly separable data, stays finite with a penalty, and shrinks as the penalty grows", () => {
    const x = Array.from({ length: 200 }, (_, i) => [i / 10, (i * 7) % 13]);
    const y = x.map((r) => (r[0] > 10 ? 1 : 0));
    const model = fitLogistic(x, y, 1);
    expect(rocAuc(x.map((r) => predictLogistic(model, r)), y)).toBe(1);
    expect(model.coefficients.every(Number.isFinite)).toBe(true);
    expect(predictLogistic(model, [19, 0])).toBeGreaterThan(0.95);
    expect(predictLogistic(model, [1, 0])).toBeLessThan(0.05);
    const stronger = fitLogistic(x, y, 100);
    expect(Math.abs(stronger.coefficients[0])).toBeLessThan(Math.abs(model.coefficients[0]));
  });

  it("uses only the given columns and is deterministic", () => {
    const model = fitLogistic(matrix, labels, 1, [1, 2]);
    expect(model.coefficients[0]).toBe(0);
    expect(model.coefficients[1]).not.toBe(0);
    expect(fitLogistic(matrix, labels, 1, [1, 2])).toEqual(model);
  });
});

describe("blendProbability", () => {
  const logistic = fitLogistic([[0], [1], [2], [3]], [0, 0, 1, 1], 1);
  it("is the forest alone without a blend (format 1) or at forest weight 1, the weighted mean otherwise", () => {
    expect(blendProbability(undefined, 0.3, [2])).toBe(0.3);
    expect(blendProbability({ forestWeight: 1, logistic: null }, 0.3, [2])).toBe(0.3);
    const additive = predictLogistic(logistic, [2]);
    expect(blendProbability({ forestWeight: 0, logistic }, 0.3, [2])).toBe(additive);
    expect(blendProbability({ forestWeight: 0.25, logistic }, 0.3, [2])).toBeCloseTo(0.25 * 0.3 + 0.75 * additive, 12);
  });
});
