import { describe, expect, it } from "vitest";
import { addDaysIso, todayIso } from "@/lib/policies/policy-dates";
import { claimAmountCents, claimFormDefaults, claimFormSchema, motorTotalCents, type ClaimPolicyContext } from "@/lib/claims/schemas";
import { claimDetails } from "@/lib/claims/claim-model-input";
import { fieldErrorsFrom } from "@/lib/errors";
import { INCIDENT_HOURS } from "@/lib/claims/claim-options";

const today = todayIso();
const car: ClaimPolicyContext = { type: "car", startDate: addDaysIso(today, -100), endDate: addDaysIso(today, 265), remainingCoverCents: 5_000_00 };
const home: ClaimPolicyContext = { ...car, type: "home", remainingCoverCents: 300_000_00 };

const motorInput = (over: Record<string, unknown> = {}) => ({
  ...claimFormDefaults("car"),
  incidentDate: addDaysIso(today, -3),
  incidentHour: "14",
  description: "Another car reversed into mine in the supermarket car park.",
  policeReport: "no",
  witnesses: "1",
  incidentType: "Single Vehicle Collision",
  collisionType: "Rear Collision",
  severity: "Minor Damage",
  authoritiesContacted: "None",
  region: "London",
  city: "Croydon",
  vehiclesInvolved: "2",
  propertyDamage: "no",
  bodilyInjuries: "0",
  injuryAmount: "0",
  propertyAmount: "120.50",
  vehicleAmount: "1,300",
  ...over,
});
const generalInput = (over: Record<string, unknown> = {}) => ({
  ...claimFormDefaults("home"),
  incidentDate: addDaysIso(today, -1),
  incidentHour: "3",
  description: "A burst pipe flooded the kitchen and ruined the floor.",
  policeReport: "no",
  witnesses: "0",
  amount: "2,400",
  ...over,
});

const errorsOf = (ctx: ClaimPolicyContext, input: unknown) => {
  const r = claimFormSchema(ctx).safeParse(input);
  return r.success ? {} : fieldErrorsFrom(r.error.issues);
};

describe("claim amount", () => {
  it("adds the motor parts in pence, ignoring empty or bad parts", () => {
    expect(motorTotalCents({ injuryAmount: "100.10", propertyAmount: "£1,000", vehicleAmount: "0.2" })).toBe(110_030);
    expect(motorTotalCents({ injuryAmount: "", propertyAmount: "abc", vehicleAmount: undefined })).toBe(0);
    expect(motorTotalCents({ injuryAmount: "-5", propertyAmount: "5" })).toBe(500);
  });

  it("is the parts' total for motor claims and the single amount otherwise", () => {
    expect(claimAmountCents(claimFormSchema(car).parse(motorInput()))).toBe(1_420_50);
    expect(claimAmountCents(claimFormSchema(home).parse(generalInput()))).toBe(2_400_00);
  });
});

describe("claim form schema", () => {
  it("accepts a complete motor claim and stores the model's own codes", () => {
    const v = claimFormSchema(car).parse(motorInput());
    expect(v).toMatchObject({ kind: "motor", incidentHour: 14, witnesses: 1, vehiclesInvolved: 2 });
    expect(claimDetails(v)).toMatchObject({ incidentType: "Single Vehicle Collision", collisionType: "Rear Collision", severity: "Minor Damage", propertyAmountCents: 12_050, vehicleAmountCents: 130_000 });
  });

  it("refuses a future date, a date outside the policy period and an hour outside 0–23, each beside its field", () => {
    expect(errorsOf(car, motorInput({ incidentDate: addDaysIso(today, 1) })).incidentDate).toBe("The incident date cannot be in the future");
    expect(errorsOf(car, motorInput({ incidentDate: addDaysIso(today, -101) })).incidentDate).toMatch(/^The incident must be within the policy period/);
    expect(errorsOf(car, motorInput({ incidentDate: "2026-02-30" })).incidentDate).toBe("Enter a real date, for example 2026-12-31");
    expect(errorsOf(car, motorInput({ incidentHour: "24" })).incidentHour).toBe("Choose an hour from the list");
    expect(errorsOf(car, motorInput({ incidentHour: "" })).incidentHour).toBe("Choose the hour of the incident");
  });

  it("limits the description and the witnesses", () => {
    expect(errorsOf(home, generalInput({ description: "Flood" })).description).toBe("Tell us a little more: at least 20 characters");
    expect(errorsOf(home, generalInput({ description: "x".repeat(2001) })).description).toBe("Use at most 2000 characters");
    expect(errorsOf(home, generalInput({ witnesses: "21" })).witnesses).toBe("Enter a number between 0 and 20");
    expect(errorsOf(home, generalInput({ policeReport: "" })).policeReport).toBe("Say whether a police report is available");
  });

  it("asks for the side hit only for collisions", () => {
    expect(errorsOf(car, motorInput({ collisionType: "" })).collisionType).toBe("Choose which part of the vehicle was hit");
    const theft = claimFormSchema(car).parse(motorInput({ incidentType: "Vehicle Theft", collisionType: "Rear Collision", vehiclesInvolved: "1" }));
    expect(claimDetails(theft).collisionType).toBeNull();
  });

  it("refuses an amount above the cover left, saying how much is left, beside the amount", () => {
    expect(errorsOf(car, motorInput({ vehicleAmount: "4900" })).amount).toBe("You have £5,000 of cover left on this policy");
    expect(errorsOf(home, generalInput({ amount: "300000.01" })).amount).toBe("You have £300,000 of cover left on this policy");
    expect(errorsOf(car, motorInput({ injuryAmount: "0", propertyAmount: "0", vehicleAmount: "0" })).amount).toBe(
      "Enter what you are claiming for in at least one of the amounts",
    );
    expect(errorsOf(home, generalInput({ amount: "12.345" })).amount).toBe("Use at most two decimal places (pence)");
  });

  it("offers 24 readable hours", () => {
    expect(INCIDENT_HOURS).toHaveLength(24);
    expect(INCIDENT_HOURS[0]).toEqual({ value: "0", label: "00:00 to 00:59 (around midnight)" });
    expect(INCIDENT_HOURS[23].label).toBe("23:00 to 23:59");
  });
});
