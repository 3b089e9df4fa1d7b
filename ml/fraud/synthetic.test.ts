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
});
