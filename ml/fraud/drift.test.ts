import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildDriftReference, inputDistribution, populationStabilityIndex, probabilityDistribution, psiBand, topAttributes } from "./drift";
import { createRandom } from "./seeded-random";
import type { ModelCard } from "./model-file";
import type { FeatureEncoding } from "./encode-features";

function betaLike(n: number, seed: number, shift = 0): number[] {
  const random = createRandom(seed);
  // mostly low fraud probabilities with a tail, like a fitted forest's out-of-fold scores
  return Array.from({ length: n }, () => Math.min(1, Math.max(0, random() * random() + shift)));
}

describe("population stability index", () => {
  it("is 0 for a distribution against itself", () => {
    const d = probabilityDistribution(betaLike(1000, 1));
    expect(populationStabilityIndex(d.shares, d.shares)).toBe(0);
  });

  it("stays small for another sample of the same population and exceeds 0.2 for a shifted one", () => {
    const reference = probabilityDistribution(betaLike(2000, 1)).shares;
    const same = probabilityDistribution(betaLike(2000, 2)).shares;
    const shifted = probabilityDistribution(betaLike(2000, 3, 0.25)).shares;
    expect(populationStabilityIndex(reference, same)).toBeLessThan(0.1);
    const psi = populationStabilityIndex(reference, shifted);
    expect(psi).toBeGreaterThan(0.2);
    expect(psiBand(psi)).toBe("significant");
  });

  it("is finite when a bin is empty on one side", () => {
    expect(Number.isFinite(populationStabilityIndex([0.5, 0.5, 0], [0, 0.5, 0.5]))).toBe(true);
  });
});

describe("drift reference", () => {
  const encoding = {
    featureNames: ["amount", "amount (missing)", "severity (fraud rate)", "severity = Major", "hour"],
    encodings: [
      { attribute: "amount", type: "numeric", edges: [], median: 0, missingIndicator: true },
      { attribute: "severity", type: "categorical", prior: 0, rates: {}, frequencies: {}, oneHotLevels: ["Major"] },
      { attribute: "hour", type: "numeric", edges: [], median: 0, missingIndicator: false },
    ],
  } as unknown as FeatureEncoding;

  it("ranks inputs by the summed importance of their encoded columns", () => {
    const importances = [
      { feature: "amount", importance: 0.2 },
      { feature: "amount (missing)", importance: 0.01 },
      { feature: "severity (fraud rate)", importance: 0.2 },
      { feature: "severity = Major", importance: 0.3 },
      { feature: "hour", importance: 0.25 },
    ];
    expect(topAttributes(encoding, importances, 2)).toEqual(["severity", "hour"]);
  });

  it("bins numeric and categorical inputs with missing and other bins, and live rows like the training rows give PSI 0", () => {
    const rows = Array.from({ length: 200 }, (_, i) => ({ amount: i % 10 === 0 ? null : i * 10, severity: ["Major", "Minor", "Trivial", "Total"][i % 4], hour: i % 24 }));
    const ref = buildDriftReference({
      outOfFold: rows.map((_, i) => (i % 100) / 100),
      rows,
      specs: [
        { name: "amount", type: "numeric", label: "Amount" },
        { name: "severity", type: "categorical", label: "Severity" },
        { name: "hour", type: "numeric", label: "Hour" },
      ],
      encoding,
      importances: [{ feature: "severity = Major", importance: 1 }],
    });
    expect(ref.inputs.map((i) => i.binning.attribute)).toEqual(["severity", "amount", "hour"]);
    const amount = ref.inputs[1];
    expect(amount.reference.labels.at(-1)).toBe("missing");
    expect(amount.reference.shares.at(-1)).toBeCloseTo(0.1);
    for (const input of ref.inputs) {
      expect(populationStabilityIndex(input.reference.shares, inputDistribution(input.binning, rows).shares)).toBe(0);
    }
    const unseen = inputDistribution(ref.inputs[0].binning, [{ severity: "Never seen" }]);
    expect(unseen.shares[unseen.labels.indexOf("other")]).toBe(1);
  });

  it.each(["motor", "general"])("the committed %s card records the reference drift is measured against", (kind) => {
    const card = JSON.parse(readFileSync(`ml/fraud/model/${kind}/card.json`, "utf8")) as ModelCard;
    expect(card.drift?.probability.reference.shares.reduce((s, x) => s + x, 0)).toBeCloseTo(1);
    expect(card.drift?.inputs).toHaveLength(5);
  });
});
