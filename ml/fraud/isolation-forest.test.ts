import { describe, expect, it } from "vitest";
import { anomalyScore, fitIsolationForest } from "./isolation-forest";
import { createRandom, randomNormal } from "./seeded-random";

describe("isolation forest", () => {
  const random = createRandom(5);
  const rows = Array.from({ length: 400 }, () => [randomNormal(random, 50, 5), randomNormal(random, 10, 2)]);

  it("scores a point far from the data higher than a typical one", () => {
    const model = fitIsolationForest(rows, 1);
    expect(anomalyScore(model, [500, 100])).toBeGreaterThan(0.65);
    expect(anomalyScore(model, [50, 10])).toBeLessThan(0.5);
  });

  it("is deterministic for a seed", () => {
    expect(JSON.stringify(fitIsolationForest(rows, 9))).toBe(JSON.stringify(fitIsolationForest(rows, 9)));
  });
});
