import { describe, expect, it } from "vitest";
import { appClaimToMotorRecord, type AppClaimInput } from "./app-mapping";
import { generateSyntheticClaims } from "./synthetic";
import { formatValue, parseFraudModel, scoreRecord, type LoadedFraudModel } from "./scorer-core";
import { MODEL_FORMAT, serializeModel } from "./model-file";
import { featureDefinitionFor } from "./features";
import { encodeAttributes } from "./encode-features";
import { predictFraudProbability } from "./train-forest";
import { trainFraudModel } from "./train";

const trained = trainFraudModel(generateSyntheticClaims("motor", 1000, 3), {
  seed: 3,
  folds: 2,
  params: { nEstimators: 40, maxFeatures: 0.5, maxDepth: 8, minNumSamples: 8 },
  tuning: null,
});
const model: LoadedFraudModel = { file: trained.model, card: null, version: trained.version };

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function carClaim(overrides: { details?: Record<string, unknown>; claim?: Partial<AppClaimInput["claim"]>; startDate?: Date }): AppClaimInput {
  return {
    policyType: "car",
    policy: {
      startDate: overrides.startDate ?? day("2012-03-01"),
      premiumCents: 125_000,
      sumInsuredCents: 3_000_000,
      details: {
        educationLevel: "College", occupation: "sales", hobbies: "reading", relationship: "husband",
        deductibleCents: 100_000, combinedSingleLimit: "250/500", umbrellaLimitCents: 0,
        make: "Toyota", model: "Camry", year: 2018, policyState: "OH",
        capitalGainsCents: 0, capitalLossCents: 0, ...overrides.details,
      },
    },
    holder: { dateOfBirth: day("1982-06-15"), customerSince: day("2012-03-01"), priorClaimsByHolder: 0 },
    claim: {
      incidentDate: day("2026-05-10"), reportedAt: day("2026-05-11"), incidentHour: 14,
      amountCents: 5_200_000, injuryAmountCents: 780_000, propertyAmountCents: 780_000, vehicleAmountCents: 3_640_000,
      incidentType: "Single Vehicle Collision", collisionType: "Rear Collision", severity: "Minor Damage",
      authoritiesContacted: "Police", vehiclesInvolved: 1, propertyDamage: false, bodilyInjuries: 0,
      witnesses: 2, policeReport: true, state: "NY", city: "Columbus", priorClaimsOnPolicy: 0, ...overrides.claim,
    },
  };
}

describe("scoring and reasons", () => {
  const genuine = scoreRecord(model, appClaimToMotorRecord(carClaim({})));
  const suspicious = scoreRecord(
    model,
    appClaimToMotorRecord(
      carClaim({
        details: { hobbies: "chess" },
        claim: { severity: "Major Damage", policeReport: null, incidentHour: 3, witnesses: 0, authoritiesContacted: "None" },
        startDate: day("2026-04-20"),
      }),
    ),
  );

  it("scores a claim built to look fraudulent above a plain one, and investigates it", () => {
    expect(suspicious.probability).toBeGreaterThan(genuine.probability);
    expect(suspicious.probability).toBeGreaterThanOrEqual(trained.model.threshold);
    expect(suspicious.decision).toBe("investigate");
    expect(suspicious.modelVersion).toBe(trained.version);
    expect(suspicious.modelKind).toBe("motor");
  });

  it("names the attributes that made it look fraudulent, as raising the risk, in words", () => {
    const named = suspicious.reasons.filter((r) => r.direction === "raises").map((r) => r.feature);
    expect(named).toContain("incident_severity");
    expect(named).toContain("insured_hobbies");
    const severity = suspicious.reasons.find((r) => r.feature === "incident_severity")!;
    expect(severity.text).toMatch(/Incident severity is “Major Damage”/);
    expect(severity.impact).toBeGreaterThan(0);
    // Sorted by how much they moved the probability.
    const impacts = suspicious.reasons.map((r) => Math.abs(r.impact));
    expect(impacts).toEqual([...impacts].sort((a, b) => b - a));
  });

  it("scores unseen categories without failing", () => {
    const unseen = scoreRecord(model, appClaimToMotorRecord(carClaim({ details: { hobbies: "underwater-hockey", make: "Lada" } })));
    expect(unseen.probability).toBeGreaterThanOrEqual(0);
    expect(unseen.probability).toBeLessThanOrEqual(1);
  });

  it("sends a claim unlike the training data to investigation through the anomaly score", () => {
    const odd = scoreRecord(
      model,
      appClaimToMotorRecord(
        carClaim({
          details: { umbrellaLimitCents: 90_000_000_000, year: 1950 },
          claim: { amountCents: 900_000_000, injuryAmountCents: 300_000_000, propertyAmountCents: 300_000_000, vehicleAmountCents: 300_000_000, vehiclesInvolved: 9, bodilyInjuries: 12, witnesses: 15 },
        }),
      ),
    );
    expect(odd.anomaly).toBeGreaterThan(genuine.anomaly);
    expect(odd.anomaly).toBeGreaterThanOrEqual(trained.model.anomalyThreshold);
    expect(odd.decision).toBe("investigate");
    expect(odd.reasons[0].feature).toBe("anomaly");
  });
});

describe("reason values", () => {
  it("reads in pounds and en-GB numbers for UK adjusters", () => {
    expect(formatValue({ unit: "money" }, 12400.4)).toBe("£12,400");
    expect(formatValue({ unit: "money" }, 1234567)).toBe("£1,234,567");
    expect(formatValue({ unit: "days" }, 1830)).toBe("1,830 days");
    expect(formatValue({}, 1234.567)).toBe("1,234.57");
    expect(formatValue({ unit: "share" }, 0.734)).toBe("73%");
    expect(formatValue({ unit: "hour" }, 3)).toBe("03:00");
    expect(formatValue({ unit: "money" }, null)).toBe("not recorded");
  });
});

describe("model file formats", () => {
  // A format-2 model with a real blend (forest weight 0.5) and the same model written as format 1.
  const blended = trainFraudModel(generateSyntheticClaims("motor", 300, 4, "benchmark-like"), {
    seed: 4,
    folds: 2,
    params: { nEstimators: 10, maxFeatures: 0.6, maxDepth: 6, minNumSamples: 8 },
    tuning: { innerFolds: 2, trees: 6, candidates: [{ minAucDrop: null, maxFeatures: 0.6, maxDepth: 6, minNumSamples: 8 }], additive: { l2: 10, forestWeights: [0.5] } },
  });
  const record = appClaimToMotorRecord(carClaim({ details: { hobbies: "chess" }, claim: { severity: "Major Damage" } }));

  it("writes format 2 with the chosen combination, and reads it back to the same model and version", () => {
    expect(blended.model.format).toBe(MODEL_FORMAT);
    expect(MODEL_FORMAT).toBe("insurance-fraud-model/2");
    const loaded = parseFraudModel(blended.serialized, null);
    expect(loaded.file).toEqual(JSON.parse(blended.serialized));
    expect(loaded.file.blend?.forestWeight).toBe(0.5);
    expect(loaded.file.blend?.logistic?.coefficients.length).toBe(blended.model.encoding.featureNames.length);
    expect(loaded.version).toBe(blended.version);
    expect(serializeModel(loaded.file)).toBe(blended.serialized);
  });

  it("still loads format-1 files (no blend: the forest alone) and refuses unknown formats", () => {
    const { blend: _blend, ...rest } = blended.model;
    const oldText = JSON.stringify({ ...rest, format: "insurance-fraud-model/1" });
    const old = parseFraudModel(oldText, null);
    expect(old.file.blend).toBeUndefined();
    const attributes = featureDefinitionFor("motor").derive(record);
    const forestOnly = predictFraudProbability(blended.model.forest, encodeAttributes(blended.model.encoding, attributes));
    expect(scoreRecord(old, record).probability).toBe(forestOnly);
    expect(scoreRecord(parseFraudModel(blended.serialized, null), record).probability).not.toBe(forestOnly);
    expect(() => parseFraudModel(JSON.stringify({ ...rest, format: "insurance-fraud-model/3" }), null)).toThrow(/unsupported model format/);
  });
});
