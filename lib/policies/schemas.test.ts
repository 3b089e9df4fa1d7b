import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POLICY_SCHEMAS, policyInputSchema, postcodeSchema, registrationSchema } from "@/lib/policies/schemas";
import { examplePolicyInput } from "@/tests/fixtures/policy-input-examples";
import { toPolicyDraft } from "@/lib/policies/policy-draft";
import { POLICY_TYPES, type PolicyType } from "@/lib/policies/policy-types";
import { fieldErrorsFrom } from "@/lib/errors";

const NOW = new Date("2026-11-22T12:00:00Z");
beforeAll(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
});
afterAll(() => vi.useRealTimers());

/** The message shown beside `field` for the example input with `changes` applied. */
function errorFor(type: PolicyType, changes: Record<string, unknown>, field: string): string | undefined {
  const r = POLICY_SCHEMAS[type].safeParse({ ...examplePolicyInput(type, NOW), ...changes });
  return r.success ? undefined : fieldErrorsFrom(r.error.issues)[field];
}

describe("every type's schema", () => {
  it.each(POLICY_TYPES)("accepts a realistic %s form, through the discriminated union too", (type) => {
    expect(POLICY_SCHEMAS[type].safeParse(examplePolicyInput(type, NOW)).success).toBe(true);
    const r = policyInputSchema.safeParse(examplePolicyInput(type, NOW));
    expect(r.success).toBe(true);
    expect(r.data?.type).toBe(type);
  });

  it.each(POLICY_TYPES)("%s: an empty cover says what to enter", (type) => {
    expect(errorFor(type, { sumInsured: "" }, "sumInsured")).toMatch(/^Enter the/);
  });

  it("rejects an unknown type", () => {
    expect(policyInputSchema.safeParse({ type: "boat" }).success).toBe(false);
  });

  it.each(POLICY_TYPES.filter((t) => t !== "travel"))("%s: start date is today up to 90 days ahead", (type) => {
    expect(errorFor(type, { startDate: "2026-11-21" }, "startDate")).toMatch(/cannot start in the past/);
    expect(errorFor(type, { startDate: "2027-02-21" }, "startDate")).toMatch(/within 90 days/);
    expect(errorFor(type, { startDate: "2027-02-20" }, "startDate")).toBeUndefined();
    expect(errorFor(type, { startDate: "2026-02-30" }, "startDate")).toMatch(/real date/);
  });
});

describe("car", () => {
  it("normalises what people type: registration, money with commas, the stored codes", () => {
    const r = POLICY_SCHEMAS.car.parse(examplePolicyInput("car", NOW));
    expect(r.registration).toBe("AB12 CDE");
    expect(r.vehicleValue).toBe(12000);
    const draft = toPolicyDraft(r);
    expect(draft.sumInsuredCents).toBe(1_200_000);
    expect(draft.endDate).toBe("2027-11-21");
    expect(draft.details).toMatchObject({
      vehicleValueCents: 1_200_000,
      deductibleCents: 50_000,
      umbrellaLimitCents: 0,
      combinedSingleLimit: "250/500",
      educationLevel: "College",
      occupation: "sales",
      hobbies: "chess",
      relationship: "husband",
    });
  });

  it("checks the vehicle year, registration, driver age, licence years and cover", () => {
    expect(errorFor("car", { year: "1900" }, "year")).toBe("Enter a year between 1950 and 2027");
    expect(errorFor("car", { year: "2028" }, "year")).toBe("Enter a year between 1950 and 2027");
    expect(errorFor("car", { registration: "!!" }, "registration")).toMatch(/registration like AB12 CDE/);
    expect(errorFor("car", { driverDateOfBirth: "2010-01-01" }, "driverDateOfBirth")).toBe("The driver must be between 17 and 100 years old");
    expect(errorFor("car", { driverDateOfBirth: "1990-01-01", licenceYears: "30" }, "licenceYears")).toMatch(/at most 19 years/);
    expect(errorFor("car", { sumInsured: "20000" }, "sumInsured")).toBe("Cover cannot be more than the car is worth");
    expect(errorFor("car", { vehicleValue: "abc" }, "vehicleValue")).toBe("Enter what the car is worth in pounds");
    expect(errorFor("car", { vehicleValue: "-5" }, "vehicleValue")).toMatch(/between £100/);
    expect(errorFor("car", { annualMileage: "12.5" }, "annualMileage")).toBe("Enter a whole number");
    expect(errorFor("car", { occupation: "" }, "occupation")).toBe("Choose the occupation closest to yours");
    expect(errorFor("car", { hobbies: "knitting" }, "hobbies")).toBe("Choose your main hobby");
    expect(errorFor("car", { termMonths: "2" }, "termMonths")).toMatch(/Choose a term of 1, 3, 6, 12 months/);
  });
});

describe("bike", () => {
  it("checks engine size and cover against the bike's value", () => {
    expect(errorFor("bike", { engineSizeCc: "20" }, "engineSizeCc")).toMatch(/between 49cc and 2,500cc/);
    expect(errorFor("bike", { sumInsured: "9000" }, "sumInsured")).toBe("Cover cannot be more than the bike is worth");
  });
});

describe("travel", () => {
  it("derives the cover period from the trip dates", () => {
    const draft = toPolicyDraft(POLICY_SCHEMAS.travel.parse(examplePolicyInput("travel", NOW)));
    expect(draft).toMatchObject({ startDate: "2026-12-02", endDate: "2026-12-09", termMonths: 1 });
  });

  it("requires the return after the departure and at most a year away", () => {
    expect(errorFor("travel", { departureDate: "2026-12-10", returnDate: "2026-12-10" }, "returnDate")).toBe("The return date must be after the departure date");
    expect(errorFor("travel", { departureDate: "2026-12-10", returnDate: "2026-12-01" }, "returnDate")).toBe("The return date must be after the departure date");
    expect(errorFor("travel", { departureDate: "2026-12-10", returnDate: "2027-12-11" }, "returnDate")).toBe("A trip can last at most one year (365 days)");
    expect(errorFor("travel", { departureDate: "2026-12-10", returnDate: "2027-12-10" }, "returnDate")).toBeUndefined();
    expect(errorFor("travel", { departureDate: "2026-11-01" }, "departureDate")).toBe("The departure date cannot be in the past");
    expect(errorFor("travel", { travellers: "0" }, "travellers")).toBe("Enter between 1 and 10 travellers");
  });
});

describe("health", () => {
  it("accepts ticked conditions and checks age and a sane height/weight", () => {
    const r = POLICY_SCHEMAS.health.parse({ ...examplePolicyInput("health", NOW), preExistingConditions: ["asthma", "asthma", "diabetes"], smoker: true });
    expect(r.preExistingConditions).toEqual(["asthma", "diabetes"]);
    expect(r.smoker).toBe(true);
    expect(POLICY_SCHEMAS.health.parse({ ...examplePolicyInput("health", NOW), preExistingConditions: false }).preExistingConditions).toEqual([]);
    expect(errorFor("health", { dateOfBirth: "2015-01-01" }, "dateOfBirth")).toBe("We cover people aged 18 to 85");
    expect(errorFor("health", { heightCm: "300" }, "heightCm")).toBe("Enter a height between 120 and 230 cm");
    expect(errorFor("health", { heightCm: "230", weightKg: "30" }, "weightKg")).toMatch(/do not look right together/);
    expect(errorFor("health", { preExistingConditions: ["gout"] }, "preExistingConditions.0")).toBe("Choose from the list");
  });
});

describe("business and home", () => {
  it("normalise postcodes and check the industry and cover", () => {
    expect(postcodeSchema.parse("sw1a1aa")).toBe("SW1A 1AA");
    expect(postcodeSchema.safeParse("12345").success).toBe(false);
    expect(errorFor("business", { industry: "" }, "industry")).toBe("Choose the industry you work in");
    expect(errorFor("business", { employees: "-1" }, "employees")).toBe("Enter between 0 and 10,000 employees");
    expect(errorFor("home", { sumInsured: "400000" }, "sumInsured")).toBe("Cover cannot be more than the home is worth");
    expect(errorFor("home", { propertyType: "castle" }, "propertyType")).toBe("Choose the type of property");
    expect(errorFor("home", { yearBuilt: "2030" }, "yearBuilt")).toBe("Enter a year between 1600 and 2026");
  });

  it("registration accepts the UK formats people type", () => {
    for (const reg of ["AB12 CDE", "ab12cde", "A123 BCD", "ABC 123", "K1", "1 ABC"]) expect(registrationSchema.safeParse(reg).success).toBe(true);
    for (const reg of ["ABCDEFG", "1234", "AB12-CDE", "TOOLONG123"]) expect(registrationSchema.safeParse(reg).success).toBe(false);
    expect(registrationSchema.parse("ab12cde")).toBe("AB12 CDE");
    expect(registrationSchema.parse(" a123  bcd ")).toBe("A123 BCD");
  });
});
