import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { GENERAL_COLUMNS, MOTOR_COLUMNS } from "./dataset-schema";
import { formatDatasetCsv, parseDataset } from "./read-dataset";
import { generateSyntheticClaims } from "./synthetic";

describe("synthetic claims", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    const a = formatDatasetCsv("motor", generateSyntheticClaims("motor", 50, 4).records);
    expect(formatDatasetCsv("motor", generateSyntheticClaims("motor", 50, 4).records)).toBe(a);
    expect(formatDatasetCsv("motor", generateSyntheticClaims("motor", 50, 5).records)).not.toBe(a);
  });

  it("writes exactly the public schema and parses back", () => {
    for (const kind of ["motor", "general"] as const) {
      const data = generateSyntheticClaims(kind, 200, 1);
      const csv = formatDatasetCsv(kind, data.records, data.labels);
      expect(csv.split("\n")[0]).toBe((kind === "motor" ? MOTOR_COLUMNS : GENERAL_COLUMNS).join(","));
      const parsed = parseDataset(csv);
      expect(parsed.labels).toEqual(data.labels);
      expect(parsed.records).toEqual(data.records);
    }
  });

  it("has a fraud rate in the realistic band and amounts that add up", () => {
    const data = generateSyntheticClaims("motor", 2000, 42);
    const rate = data.labels.filter((y) => y === 1).length / data.labels.length;
    expect(rate).toBeGreaterThan(0.18);
    expect(rate).toBeLessThan(0.32);
    for (const r of data.records.slice(0, 100)) {
      expect(Number(r.injury_claim) + Number(r.property_claim) + Number(r.vehicle_claim)).toBe(Number(r.total_claim_amount));
      expect(Number(r.incident_hour_of_the_day)).toBeLessThanOrEqual(23);
    }
  });

  it("benchmark-like profile: fraud sits in a few columns, the others are noise; the standard profile is unchanged", () => {
    const data = generateSyntheticClaims("motor", 4000, 5, "benchmark-like");
    const rateWhere = (test: (r: (typeof data.records)[number]) => boolean) => {
      const idx = data.records.map((r, i) => (test(r) ? i : -1)).filter((i) => i >= 0);
      return idx.filter((i) => data.labels[i] === 1).length / idx.length;
    };
    const overall = data.labels.filter((y) => y === 1).length / data.labels.length;
    expect(overall).toBeGreaterThan(0.18);
    expect(overall).toBeLessThan(0.32);
    expect(rateWhere((r) => r.incident_severity === "Major Damage")).toBeGreaterThan(0.45);
    expect(rateWhere((r) => r.insured_hobbies === "chess")).toBeGreaterThan(0.55);
    // A column with no effect in this profile: every level close to the overall rate.
    for (const state of ["OH", "IL", "IN"]) expect(Math.abs(rateWhere((r) => r.policy_state === state) - overall)).toBeLessThan(0.05);
    // The standard rows (the default models' training data) are byte for byte what they were before profiles existed.
    const standard = JSON.stringify(generateSyntheticClaims("motor", 500, 42, "standard"));
    expect(createHash("sha256").update(standard).digest("hex")).toBe("16ad4890c97cd63edeca4dd42973ccaa7f9c1f847d1d263951c0815c7232f233");
    expect(() => generateSyntheticClaims("general", 10, 1, "benchmark-like")).toThrow(/motor schema only/);
  });
});
