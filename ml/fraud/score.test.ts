import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { AppClaimInput } from "./app-mapping";
import { appClaimToGeneralRecord, appClaimToMotorRecord, modelKindForPolicy } from "./app-mapping";
import { scoreClaim } from "./score";

// Counts every read of a model file, so the cache test can see how often a model was loaded.
const modelReads = vi.hoisted(() => new Map<string, number>());
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const readFileSync = ((file: Parameters<typeof fs.readFileSync>[0], ...rest: unknown[]) => {
    const name = String(file);
    if (name.endsWith("model.json")) modelReads.set(name, (modelReads.get(name) ?? 0) + 1);
    return (fs.readFileSync as (...args: unknown[]) => unknown)(file, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, default: { ...fs, readFileSync }, readFileSync };
});

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const claim = (policyType: AppClaimInput["policyType"]): AppClaimInput => ({
  policyType,
  policy: { startDate: day("2024-01-10"), premiumCents: 90_000, sumInsuredCents: 40_000_000, details: { make: "Honda", model: "Civic", year: 2019, hobbies: "golf" } },
  holder: { dateOfBirth: day("1980-02-29"), customerSince: day("2020-05-01"), priorClaimsByHolder: 1 },
  claim: {
    incidentDate: day("2026-03-05"), reportedAt: day("2026-03-09"), incidentHour: 22, amountCents: 1_500_000,
    witnesses: 1, policeReport: true, priorClaimsOnPolicy: 0, severity: "Minor Damage", incidentType: "Parked Car",
  },
});
const cardVersion = (kind: string) =>
  (JSON.parse(readFileSync(path.join(process.cwd(), "ml/fraud/model", kind, "card.json"), "utf8")) as { version: string }).version;

describe("scoreClaim with the committed default models", () => {
  it("uses the motor model for car and bike, the general model otherwise", () => {
    for (const type of ["car", "bike"] as const) expect(scoreClaim(claim(type)).modelKind).toBe("motor");
    for (const type of ["travel", "health", "business", "home"] as const) expect(scoreClaim(claim(type)).modelKind).toBe("general");
  });

  it("reports the version the card records and a well-formed result", () => {
    const car = scoreClaim(claim("car"));
    expect(car.modelVersion).toBe(cardVersion("motor"));
    expect(scoreClaim(claim("home")).modelVersion).toBe(cardVersion("general"));
    expect(car.probability).toBeGreaterThanOrEqual(0);
    expect(car.probability).toBeLessThanOrEqual(1);
    expect(["approve", "investigate"]).toContain(car.decision);
    for (const r of car.reasons) expect(r.text.length).toBeGreaterThan(10);
  });

  it("reads each model file once per process, however many claims it scores", () => {
    for (let i = 0; i < 20; i++) {
      scoreClaim(claim("car"));
      scoreClaim(claim("home"));
    }
    const reads = [...modelReads.entries()].map(([file, count]) => [path.relative(process.cwd(), file), count]);
    expect(reads.sort()).toEqual([
      ["ml/fraud/model/general/model.json", 1],
      ["ml/fraud/model/motor/model.json", 1],
    ]);
  });
});

describe("app mapping", () => {
  it("maps the app's claim into the schema without the protected attribute", () => {
    const input = claim("car");
    const motor = appClaimToMotorRecord(input);
    expect(motor.insured_sex).toBeNull();
    expect(motor.age).toBe("46"); // born 29 Feb 1980, incident 5 Mar 2026
    expect(motor.months_as_customer).toBe("70");
    expect(motor.policy_bind_date).toBe("1/10/2024");
    expect(motor.total_claim_amount).toBe("15000");
    expect(motor.police_report_available).toBe("YES");
    expect(motor.property_damage).toBeNull();
    const general = appClaimToGeneralRecord({ ...input, policyType: "home" });
    expect(general.report_date).toBe("3/9/2026");
    expect(general.sum_insured).toBe("400000");
    expect(general.prior_claims_by_holder).toBe("1");
    expect(modelKindForPolicy("bike")).toBe("motor");
  });
});
