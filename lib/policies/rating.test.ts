import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POLICY_SCHEMAS } from "@/lib/policies/schemas";
import { examplePolicyInput } from "@/tests/fixtures/policy-input-examples";
import { toPolicyDraft, type PolicyDraft } from "@/lib/policies/policy-draft";
import { quotePremium, ratingFactorsFor, RATES } from "@/lib/policies/rating";
import { POLICY_TYPES, type PolicyType } from "@/lib/policies/policy-types";

const NOW = new Date("2026-11-22T12:00:00Z");
beforeAll(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
});
afterAll(() => vi.useRealTimers());

/** The premium for the example form of `type` with `changes` applied (as typed in the form). */
function premium(type: PolicyType, changes: Record<string, unknown> = {}): number {
  return quote(type, changes).premiumCents;
}
function quote(type: PolicyType, changes: Record<string, unknown> = {}) {
  return quotePremium(draft(type, changes));
}
function draft(type: PolicyType, changes: Record<string, unknown> = {}): PolicyDraft {
  return toPolicyDraft(POLICY_SCHEMAS[type].parse({ ...examplePolicyInput(type, NOW), ...changes }) as never);
}

/** Strictly increasing premiums for the given series of changes. */
function expectIncreasing(type: PolicyType, series: Record<string, unknown>[]) {
  const premiums = series.map((c) => premium(type, c));
  for (let i = 1; i < premiums.length; i++) expect(premiums[i], JSON.stringify(series[i])).toBeGreaterThan(premiums[i - 1]);
}

describe("every type's rating", () => {
  it.each(POLICY_TYPES)("%s: the breakdown adds up to the premium, in whole pence, tax last", (type) => {
    const q = quote(type);
    expect(q.premiumCents).toBeGreaterThan(0);
    expect(Number.isInteger(q.premiumCents)).toBe(true);
    expect(q.breakdown.reduce((s, l) => s + l.amountCents, 0)).toBe(q.premiumCents);
    for (const l of q.breakdown) expect(Number.isInteger(l.amountCents)).toBe(true);
    expect(q.breakdown.at(-1)?.label).toMatch(/Insurance Premium Tax/);
  });

  it.each(POLICY_TYPES)("%s: more cover costs more", (type) => {
    const d = draft(type);
    const more = { ...d, sumInsuredCents: d.sumInsuredCents * 2 } as PolicyDraft;
    expect(quotePremium(more).premiumCents).toBeGreaterThan(quotePremium(d).premiumCents);
  });

  // The form quotes in the browser and the server prices again on submit, maybe on another day: the price must
  // follow from the form alone (ages and vehicle years are taken at the start date, never at "now").
  it.each(POLICY_TYPES)("%s: the price depends on the form alone, not on the day it is worked out", (type) => {
    const d = draft(type);
    const asTyped = structuredClone(d);
    const today = quotePremium(d);
    vi.setSystemTime(new Date("2061-02-28T23:59:00Z")); // decades on: every age band and vehicle age would move
    try {
      expect(quotePremium(d)).toEqual(today);
    } finally {
      vi.setSystemTime(NOW);
    }
    expect(d, "quoting leaves the draft as it was").toEqual(asTyped);
  });

  it.each(POLICY_TYPES)("%s: the Info Centre explains the factors with the same numbers", (type) => {
    const text = ratingFactorsFor(type)
      .map((f) => `${f.name}: ${f.explanation}`)
      .join("\n");
    expect(text).toContain(`Insurance Premium Tax at ${RATES[type].taxRate * 100}%`);
    expect(ratingFactorsFor(type).length).toBeGreaterThanOrEqual(4);
  });
});

describe("car", () => {
  it("young drivers, claims, mileage and wider limits cost more; a higher excess costs less", () => {
    expectIncreasing("car", [{ driverDateOfBirth: "1986-11-22" }, { driverDateOfBirth: "2003-11-22", licenceYears: "5" }, { driverDateOfBirth: "2008-11-22", licenceYears: "1" }]);
    expectIncreasing("car", [{ priorClaims: "0" }, { priorClaims: "1" }, { priorClaims: "3" }]);
    expectIncreasing("car", [{ annualMileage: "3000" }, { annualMileage: "9000" }, { annualMileage: "14000" }, { annualMileage: "30000" }]);
    expectIncreasing("car", [{ licenceYears: "10" }, { licenceYears: "3" }, { licenceYears: "0" }]);
    expectIncreasing("car", [{ combinedSingleLimit: "100/300" }, { combinedSingleLimit: "250/500" }, { combinedSingleLimit: "500/1000" }]);
    expectIncreasing("car", [{ umbrellaLimit: "0" }, { umbrellaLimit: "1000000" }, { umbrellaLimit: "10000000" }]);
    expectIncreasing("car", [{ deductible: "2000" }, { deductible: "1000" }, { deductible: "500" }]);
  });

  it("explains each factor in the breakdown", () => {
    const labels = quote("car", { priorClaims: "2", driverDateOfBirth: "2007-01-01", licenceYears: "1" }).breakdown.map((l) => l.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        "Own damage: 3.5% of £12,000 cover",
        "Third-party liability",
        "Driver aged 17 to 20 (×1.90)",
        "Licence held under 2 years (×1.30)",
        "2 claims in the last 5 years (×1.40)",
        "Liability limit 250/500 (×1.06)",
        "Insurance Premium Tax (12%)",
      ]),
    );
  });

  it("a shorter term costs less in total but more per month", () => {
    const year = premium("car", { termMonths: "12" });
    const month = premium("car", { termMonths: "1" });
    expect(month).toBeLessThan(year);
    expect(month * 12).toBeGreaterThan(year);
  });

  it("prices a known case exactly", () => {
    // 3.5% of £12,000 = £420 + £180 = £600; age 40, 20 years' licence, no claims, 8,000 miles, 7-year-old car,
    // £500 excess: no change; 250/500 ×1.06 → £636; tax 12% → £712.32
    expect(quote("car")).toEqual({
      premiumCents: 71_232,
      breakdown: [
        { label: "Own damage: 3.5% of £12,000 cover", amountCents: 42_000 },
        { label: "Third-party liability", amountCents: 18_000 },
        { label: "Liability limit 250/500 (×1.06)", amountCents: 3_600 },
        { label: "Insurance Premium Tax (12%)", amountCents: 7_632 },
      ],
    });
  });
});

describe("bike", () => {
  it("bigger engines cost more; classics cost less", () => {
    expectIncreasing("bike", [{ engineSizeCc: "125" }, { engineSizeCc: "471" }, { engineSizeCc: "650" }, { engineSizeCc: "1200" }]);
    expect(premium("bike", { year: "1990" })).toBeLessThan(premium("bike", { year: "2015" }));
  });
});

describe("travel", () => {
  it("longer trips, more travellers, further away and adventure cost more", () => {
    expectIncreasing("travel", [{ returnDate: "2026-12-05" }, { returnDate: "2026-12-12" }, { returnDate: "2027-02-01" }]);
    expectIncreasing("travel", [{ travellers: "1" }, { travellers: "2" }, { travellers: "5" }]);
    expectIncreasing("travel", [{ region: "uk" }, { region: "europe" }, { region: "worldwide-excl-americas" }, { region: "worldwide" }]);
    expectIncreasing("travel", [{ reason: "study" }, { reason: "holiday" }, { reason: "business" }, { reason: "adventure" }]);
    expectIncreasing("travel", [{ tripCost: "0" }, { tripCost: "1000" }, { tripCost: "5000" }]);
  });

  it("charges the travel rate of tax and never less than the minimum", () => {
    expect(quote("travel").breakdown.at(-1)?.label).toBe("Insurance Premium Tax (20%)");
    const tiny = quote("travel", { region: "uk", travellers: "1", tripCost: "0", sumInsured: "1000", returnDate: "2026-12-03" });
    expect(tiny.breakdown.some((l) => l.label.startsWith("Minimum premium"))).toBe(true);
    expect(tiny.premiumCents).toBe(Math.round(RATES.travel.minimumCents * 1.2));
  });
});

describe("health", () => {
  it("age, smoking, BMI and conditions raise the price; higher cover levels cost more", () => {
    expectIncreasing("health", [{ dateOfBirth: "2001-01-01" }, { dateOfBirth: "1986-01-01" }, { dateOfBirth: "1971-01-01" }, { dateOfBirth: "1956-01-01" }, { dateOfBirth: "1946-01-01" }]);
    expect(premium("health", { smoker: true })).toBeGreaterThan(premium("health", { smoker: false }));
    expectIncreasing("health", [{ weightKg: "72" }, { weightKg: "85" }, { weightKg: "100" }, { weightKg: "120" }]);
    expectIncreasing("health", [{ preExistingConditions: [] }, { preExistingConditions: ["asthma"] }, { preExistingConditions: ["asthma", "heart"] }]);
    expectIncreasing("health", [{ coverLevel: "basic" }, { coverLevel: "standard" }, { coverLevel: "comprehensive" }]);
  });
});

describe("business", () => {
  it("riskier industries, more staff and more revenue cost more", () => {
    expectIncreasing("business", [{ industry: "office" }, { industry: "retail" }, { industry: "hospitality" }, { industry: "construction" }]);
    expectIncreasing("business", [{ employees: "0" }, { employees: "8" }, { employees: "50" }]);
    expectIncreasing("business", [{ annualRevenue: "0" }, { annualRevenue: "750000" }, { annualRevenue: "5000000" }]);
  });
});

describe("home", () => {
  it("security features lower the price up to a cap; older houses cost more", () => {
    const none = premium("home", { securityFeatures: [] });
    const one = premium("home", { securityFeatures: ["burglar-alarm"] });
    const five = premium("home", { securityFeatures: ["burglar-alarm", "deadlocks", "window-locks", "smoke-alarms", "cctv"] });
    const six = premium("home", { securityFeatures: ["burglar-alarm", "deadlocks", "window-locks", "smoke-alarms", "cctv", "safe"] });
    expect(one).toBeLessThan(none);
    expect(five).toBeLessThan(one);
    expect(six).toBe(five);
    expectIncreasing("home", [{ yearBuilt: "2015" }, { yearBuilt: "1990" }, { yearBuilt: "1900" }, { yearBuilt: "1850" }]);
    expectIncreasing("home", [{ propertyType: "apartment" }, { propertyType: "condominium" }, { propertyType: "townhouse" }, { propertyType: "house" }]);
  });
});
