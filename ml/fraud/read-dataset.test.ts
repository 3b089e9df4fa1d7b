import { describe, expect, it } from "vitest";
import { MOTOR_COLUMNS } from "./dataset-schema";
import { featureDefinitionFor } from "./features";
import { cleanCell, detectKind, formatDatasetCsv, parseDataset, parseDayNumber } from "./read-dataset";
import { generateSyntheticClaims } from "./synthetic";

describe("parseDayNumber", () => {
  it("reads M/D/YYYY and DD-MM-YYYY as the same day", () => {
    expect(parseDayNumber("10/17/2014")).toBe(parseDayNumber("17-10-2014"));
    expect(parseDayNumber("1/5/2015")).toBe(parseDayNumber("05-01-2015"));
    expect(parseDayNumber("2015-01-05")).toBe(parseDayNumber("1/5/2015"));
    expect(parseDayNumber("1/5/2015")! - parseDayNumber("12/31/2014")!).toBe(5);
  });
  it("returns null for missing or impossible dates", () => {
    expect(parseDayNumber(null)).toBeNull();
    expect(parseDayNumber("31-02-2015")).toBeNull();
    expect(parseDayNumber("yesterday")).toBeNull();
  });
});

describe("parseDataset", () => {
  it("turns '?' into missing, drops unnamed trailing columns and reads Y/N", () => {
    const data = generateSyntheticClaims("motor", 3, 1);
    const csv = formatDatasetCsv("motor", data.records, data.labels).split("\n");
    csv[0] += ",_c39";
    csv[1] = csv[1].replace(/,(YES|NO|\?),(\d+),(\d+),(YES|NO|\?),/, ",?,$2,$3,?,") + ",";
    const parsed = parseDataset(csv.join("\n"));
    expect(parsed.kind).toBe("motor");
    expect(parsed.labels).toEqual(data.labels);
    expect(Object.keys(parsed.records[0])).toEqual(MOTOR_COLUMNS.filter((c) => c !== "fraud_reported"));
    expect(parsed.records[0].police_report_available).toBeNull();
    expect(parsed.records[0].property_damage).toBeNull();
    expect(cleanCell(" ? ")).toBeNull();
  });
  it("derives policy age the same from both date formats", () => {
    const { derive } = featureDefinitionFor("motor");
    const base = generateSyntheticClaims("motor", 1, 2).records[0];
    const us = derive({ ...base, policy_bind_date: "10/17/2014", incident_date: "1/25/2015" });
    const eu = derive({ ...base, policy_bind_date: "17-10-2014", incident_date: "25-01-2015" });
    expect(us.policy_age_days).toBe(100);
    expect(eu.policy_age_days).toBe(100);
    expect(derive({ ...base, policy_bind_date: null }).policy_age_days).toBeNull();
  });
  it("detects the schema from the header and rejects others", () => {
    expect(detectKind(formatDatasetCsv("general", []).trim().split(","))).toBe("general");
    expect(() => parseDataset("a,b\n1,2\n")).toThrow(/neither schema/);
  });
});
