import { z } from "zod";
import { addDaysIso, ageOn, daysBetween, isRealIsoDate, todayIso } from "@/lib/policies/policy-dates";
import { POLICY_TYPE_INFO, type PolicyType } from "@/lib/policies/policy-types";
import {
  CONDITION_VALUES,
  COVER_LEVEL_VALUES,
  CSL_VALUES,
  DEDUCTIBLE_VALUES,
  EDUCATION_VALUES,
  HOBBY_VALUES,
  INDUSTRY_VALUES,
  OCCUPATION_VALUES,
  PROPERTY_TYPE_VALUES,
  REASON_VALUES,
  REGION_VALUES,
  RELATIONSHIP_VALUES,
  SECURITY_VALUES,
  UMBRELLA_VALUES,
} from "@/lib/policies/field-options";

/*
 * One schema per policy type, shared by the browser form (zodResolver) and the server action
 * (safeParse). Inputs are what the form holds (strings from inputs, pounds); outputs are checked,
 * normalised values (numbers, upper-case registrations). policy-draft.ts turns an output into
 * pence and dates for rating and storage. "Today" is read when parsing, so a form left open
 * overnight is judged by the day it is submitted.
 */

export const MAX_START_DAYS_AHEAD = 90;
export const MAX_TRIP_DAYS = 365;
export const MAX_DEPARTURE_DAYS_AHEAD = 365;

// ---- field builders ---------------------------------------------------------------------------

/** "" and missing → undefined (so "required" messages show); "12,500" and "£12500" → 12500. */
export const toNumber = (v: unknown) => {
  if (v === "" || v === null || v === undefined) return undefined;
  if (typeof v === "string") {
    const s = v.replace(/[£,\s]/g, "");
    return s === "" ? undefined : Number(s);
  }
  return v;
};

export function wholeNumber(required: string, min: number, max: number, range: string) {
  return z.preprocess(toNumber, z.number({ error: required }).int("Enter a whole number").min(min, range).max(max, range));
}

/** Pounds as typed (pence allowed), within a range; the draft converts to pence. */
export function pounds(required: string, min: number, max: number, range: string) {
  return z.preprocess(
    toNumber,
    z
      .number({ error: required })
      .min(min, range)
      .max(max, range)
      .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, "Use at most two decimal places (pence)"),
  );
}

export function text(required: string, max: number, tooLong = `Use at most ${max} characters`) {
  return z.string({ error: required }).trim().min(1, required).max(max, tooLong);
}

export function choice<const V extends [string, ...string[]]>(values: V, required: string) {
  return z.enum(values, { error: required });
}

/** A calendar date typed in a date input. */
export function isoDate(required: string) {
  return z
    .string({ error: required })
    .trim()
    .min(1, required)
    .refine(isRealIsoDate, "Enter a real date, for example 2026-12-31");
}

/** Checkbox groups send an array, `false` when nothing is ticked, or a lone string. */
function ticks<const V extends [string, ...string[]]>(values: V) {
  return z.preprocess(
    (v) => (Array.isArray(v) ? v : typeof v === "string" && v !== "" ? [v] : []),
    z.array(z.enum(values, { error: "Choose from the list" })).transform((a) => [...new Set(a)]),
  );
}

const checkbox = z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean());

const nextYear = () => new Date().getFullYear() + 1;

function vehicleYear() {
  return z.preprocess(
    toNumber,
    z
      .number({ error: "Enter the year the vehicle was made" })
      .int("Enter a whole year, for example 2019")
      .refine((y) => y >= 1950 && y <= nextYear(), { error: () => `Enter a year between 1950 and ${nextYear()}` }),
  );
}

/**
 * UK registrations in any of their formats ("AB12 CDE", "A123 BCD", "ABC 123", personalised), typed
 * with or without spaces: 2 to 8 letters and digits with at least one of each. Normalised to
 * upper case with single spaces.
 */
export const registrationSchema = z
  .string({ error: "Enter the registration number" })
  .trim()
  .min(1, "Enter the registration number")
  .transform((s) => s.toUpperCase().replace(/\s+/g, " "))
  .refine((s) => {
    const compact = s.replace(/ /g, "");
    return /^[A-Z0-9]{2,8}$/.test(compact) && /[A-Z]/.test(compact) && /\d/.test(compact);
  }, "Enter a registration like AB12 CDE (letters and numbers only)")
  // Current-style plates are written one way ("AB12 CDE"); older and personalised ones keep the spacing typed.
  .transform((s) => (/^[A-Z]{2}\d{2}[A-Z]{3}$/.test(s.replace(/ /g, "")) ? s.replace(/ /g, "").replace(/^(.{4})/, "$1 ") : s));

/** UK postcodes, tolerant of case and spacing; normalised to "SW1A 1AA". */
export const postcodeSchema = z
  .string({ error: "Enter the postcode" })
  .trim()
  .min(1, "Enter the postcode")
  .transform((s) => s.toUpperCase().replace(/\s+/g, ""))
  .refine((s) => /^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/.test(s), "Enter a UK postcode, for example SW1A 1AA")
  .transform((s) => `${s.slice(0, -3)} ${s.slice(-3)}`);

/** A start date from today up to 90 days ahead. */
const startDate = isoDate("Enter the date cover should start").superRefine((v, ctx) => {
  if (!isRealIsoDate(v)) return;
  const today = todayIso();
  if (v < today) ctx.addIssue({ code: "custom", message: "Cover cannot start in the past: choose today or a later date" });
  else if (v > addDaysIso(today, MAX_START_DAYS_AHEAD))
    ctx.addIssue({ code: "custom", message: `Cover must start within ${MAX_START_DAYS_AHEAD} days of today` });
});

function term(type: PolicyType) {
  const options = POLICY_TYPE_INFO[type].termOptions;
  return z.preprocess(
    (v) => toNumber(v) ?? 12,
    z
      .number()
      .int()
      .refine((m) => options.includes(m), `Choose a term of ${options.join(", ")} months`),
  );
}

/** Date of birth checked as an age on today's date. */
function dateOfBirth(required: string, minAge: number, maxAge: number, message: string) {
  return isoDate(required).superRefine((v, ctx) => {
    if (!isRealIsoDate(v)) return;
    const age = ageOn(v, todayIso());
    if (age < minAge || age > maxAge) ctx.addIssue({ code: "custom", message });
  });
}

// ---- one schema per type ----------------------------------------------------------------------

export const carSchema = z
  .object({
    type: z.literal("car"),
    registration: registrationSchema,
    make: text("Enter the make, for example Ford", 40),
    model: text("Enter the model, for example Focus", 40),
    year: vehicleYear(),
    vehicleValue: pounds("Enter what the car is worth in pounds", 100, 2_000_000, "Enter a value between £100 and £2,000,000"),
    annualMileage: wholeNumber("Enter roughly how many miles you drive a year", 0, 100_000, "Enter a yearly mileage between 0 and 100,000"),
    driverDateOfBirth: dateOfBirth("Enter the driver's date of birth", 17, 100, "The driver must be between 17 and 100 years old"),
    licenceYears: wholeNumber("Enter how many years the driver has held a full licence", 0, 83, "Enter a number of years between 0 and 83"),
    priorClaims: wholeNumber("Enter the number of claims in the last 5 years (0 if none)", 0, 20, "Enter a number between 0 and 20"),
    educationLevel: choice(EDUCATION_VALUES, "Choose the highest education level"),
    occupation: choice(OCCUPATION_VALUES, "Choose the occupation closest to yours"),
    hobbies: choice(HOBBY_VALUES, "Choose your main hobby"),
    relationship: choice(RELATIONSHIP_VALUES, "Choose the driver's relationship to the policyholder"),
    deductible: choice(DEDUCTIBLE_VALUES, "Choose an excess"),
    combinedSingleLimit: choice(CSL_VALUES, "Choose a liability limit"),
    umbrellaLimit: choice(UMBRELLA_VALUES, "Choose an umbrella limit (None is fine)"),
    sumInsured: pounds("Enter the cover you want in pounds", 500, 2_000_000, "Enter cover between £500 and £2,000,000"),
    startDate,
    termMonths: term("car"),
  })
  .superRefine((v, ctx) => {
    const age = ageOn(v.driverDateOfBirth, todayIso());
    if (v.licenceYears > age - 17)
      ctx.addIssue({ code: "custom", path: ["licenceYears"], message: `A ${age}-year-old can have held a full licence for at most ${Math.max(0, age - 17)} years` });
    if (v.sumInsured > v.vehicleValue)
      ctx.addIssue({ code: "custom", path: ["sumInsured"], message: "Cover cannot be more than the car is worth" });
  });

export const bikeSchema = z
  .object({
    type: z.literal("bike"),
    registration: registrationSchema,
    make: text("Enter the make, for example Honda", 40),
    model: text("Enter the model, for example CB500F", 40),
    year: vehicleYear(),
    engineSizeCc: wholeNumber("Enter the engine size in cc", 49, 2500, "Enter an engine size between 49cc and 2,500cc"),
    vehicleValue: pounds("Enter what the bike is worth in pounds", 100, 500_000, "Enter a value between £100 and £500,000"),
    sumInsured: pounds("Enter the cover you want in pounds", 100, 500_000, "Enter cover between £100 and £500,000"),
    startDate,
    termMonths: term("bike"),
  })
  .superRefine((v, ctx) => {
    if (v.sumInsured > v.vehicleValue)
      ctx.addIssue({ code: "custom", path: ["sumInsured"], message: "Cover cannot be more than the bike is worth" });
  });

export const travelSchema = z
  .object({
    type: z.literal("travel"),
    destination: text("Enter where you are going, for example Spain", 80),
    region: choice(REGION_VALUES, "Choose the region you are travelling to"),
    departureDate: isoDate("Enter the departure date").superRefine((v, ctx) => {
      if (!isRealIsoDate(v)) return;
      const today = todayIso();
      if (v < today) ctx.addIssue({ code: "custom", message: "The departure date cannot be in the past" });
      else if (v > addDaysIso(today, MAX_DEPARTURE_DAYS_AHEAD))
        ctx.addIssue({ code: "custom", message: "We can cover trips departing within the next year" });
    }),
    returnDate: isoDate("Enter the return date"),
    travellers: wholeNumber("Enter how many people are travelling", 1, 10, "Enter between 1 and 10 travellers"),
    tripCost: pounds("Enter the total cost of the trip in pounds (0 if nothing is prepaid)", 0, 100_000, "Enter a trip cost between £0 and £100,000"),
    reason: choice(REASON_VALUES, "Choose the main reason for the trip"),
    sumInsured: pounds("Enter the medical cover you want in pounds", 1_000, 10_000_000, "Enter cover between £1,000 and £10,000,000"),
  })
  .superRefine((v, ctx) => {
    const days = daysBetween(v.departureDate, v.returnDate);
    if (days <= 0) ctx.addIssue({ code: "custom", path: ["returnDate"], message: "The return date must be after the departure date" });
    else if (days > MAX_TRIP_DAYS) ctx.addIssue({ code: "custom", path: ["returnDate"], message: "A trip can last at most one year (365 days)" });
  });

export const healthSchema = z
  .object({
    type: z.literal("health"),
    dateOfBirth: dateOfBirth("Enter your date of birth", 18, 85, "We cover people aged 18 to 85"),
    heightCm: wholeNumber("Enter your height in centimetres", 120, 230, "Enter a height between 120 and 230 cm"),
    weightKg: z.preprocess(
      toNumber,
      z.number({ error: "Enter your weight in kilograms" }).min(30, "Enter a weight between 30 and 250 kg").max(250, "Enter a weight between 30 and 250 kg"),
    ),
    smoker: checkbox,
    preExistingConditions: ticks(CONDITION_VALUES),
    coverLevel: choice(COVER_LEVEL_VALUES, "Choose a cover level"),
    sumInsured: pounds("Enter the yearly limit you want in pounds", 1_000, 5_000_000, "Enter a yearly limit between £1,000 and £5,000,000"),
    startDate,
    termMonths: term("health"),
  })
  .superRefine((v, ctx) => {
    const bmi = bodyMassIndex(v.heightCm, v.weightKg);
    if (bmi < 12 || bmi > 70)
      ctx.addIssue({ code: "custom", path: ["weightKg"], message: "That height and weight do not look right together: please check both" });
  });

export const businessSchema = z.object({
  type: z.literal("business"),
  companyName: text("Enter the company name", 100),
  industry: choice(INDUSTRY_VALUES, "Choose the industry you work in"),
  address: text("Enter the business address", 200),
  postcode: postcodeSchema,
  employees: wholeNumber("Enter the number of employees (0 if it is just you)", 0, 10_000, "Enter between 0 and 10,000 employees"),
  annualRevenue: pounds("Enter the yearly revenue in pounds", 0, 1_000_000_000, "Enter a yearly revenue between £0 and £1,000,000,000"),
  sumInsured: pounds("Enter the cover you want in pounds", 5_000, 50_000_000, "Enter cover between £5,000 and £50,000,000"),
  startDate,
  termMonths: term("business"),
});

export const homeSchema = z
  .object({
    type: z.literal("home"),
    address: text("Enter the address of the home", 200),
    postcode: postcodeSchema,
    propertyType: choice(PROPERTY_TYPE_VALUES, "Choose the type of property"),
    yearBuilt: z.preprocess(
      toNumber,
      z
        .number({ error: "Enter the year the home was built (roughly is fine)" })
        .int("Enter a whole year, for example 1930")
        .refine((y) => y >= 1600 && y <= new Date().getFullYear(), { error: () => `Enter a year between 1600 and ${new Date().getFullYear()}` }),
    ),
    propertyValue: pounds("Enter what the home is worth in pounds", 20_000, 20_000_000, "Enter a value between £20,000 and £20,000,000"),
    securityFeatures: ticks(SECURITY_VALUES),
    sumInsured: pounds("Enter the cover you want in pounds", 10_000, 20_000_000, "Enter cover between £10,000 and £20,000,000"),
    startDate,
    termMonths: term("home"),
  })
  .superRefine((v, ctx) => {
    if (v.sumInsured > v.propertyValue)
      ctx.addIssue({ code: "custom", path: ["sumInsured"], message: "Cover cannot be more than the home is worth" });
  });

/** Every policy form's input: one schema per type, told apart by `type`. */
export const policyInputSchema = z.discriminatedUnion("type", [carSchema, bikeSchema, travelSchema, healthSchema, businessSchema, homeSchema]);

export const POLICY_SCHEMAS = {
  car: carSchema,
  bike: bikeSchema,
  travel: travelSchema,
  health: healthSchema,
  business: businessSchema,
  home: homeSchema,
} as const;

export type PolicyInput = z.output<typeof policyInputSchema>;
export type PolicyFormInput = z.input<typeof policyInputSchema>;
export type CarInput = z.output<typeof carSchema>;
export type BikeInput = z.output<typeof bikeSchema>;
export type TravelInput = z.output<typeof travelSchema>;
export type HealthInput = z.output<typeof healthSchema>;
export type BusinessInput = z.output<typeof businessSchema>;
export type HomeInput = z.output<typeof homeSchema>;

/** Body mass index from centimetres and kilograms. */
export function bodyMassIndex(heightCm: number, weightKg: number): number {
  const m = heightCm / 100;
  return weightKg / (m * m);
}
