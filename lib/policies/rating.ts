import { ageOn, daysBetween } from "@/lib/policies/policy-dates";
import { formatMoney } from "@/lib/policies/money";
import {
  COMBINED_SINGLE_LIMITS,
  COVER_LEVELS,
  INDUSTRIES,
  PROPERTY_TYPES,
  TRAVEL_REGIONS,
  TRIP_REASONS,
  labelOf,
  type CoverLevel,
  type Industry,
  type PropertyType,
  type TravelRegion,
  type TripReason,
} from "@/lib/policies/field-options";
import type { PolicyType } from "@/lib/policies/policy-types";
import type { BikeDraft, BusinessDraft, CarDraft, HealthDraft, HomeDraft, PolicyDraft, TravelDraft } from "@/lib/policies/policy-draft";
import { bodyMassIndex } from "@/lib/policies/schemas";

/*
 * Premiums, one pure function per type. The browser runs them for the live quote and the server
 * runs them again on submit (it never trusts a price from the browser). Every number lives in the
 * RATES tables below, and the Info Centre's "how the premium is worked out" text is generated from
 * the same tables (ratingFactorsFor), so the explanation cannot drift from the arithmetic.
 *
 * Shape of every quote: base amounts (added) → risk factors (multiplied, each shown as the amount
 * it adds or takes off) → flat add-ons → short-term scale → minimum premium → Insurance Premium Tax.
 * Each breakdown line is rounded to whole pence and the premium is their sum, so they always add up.
 */

export type QuoteLine = { label: string; amountCents: number };
export type Quote = { premiumCents: number; breakdown: QuoteLine[] };
/** What the policy's own details do not say: a renewal earns the no-claims discount. */
export type QuoteOptions = { noClaimsDiscount?: boolean };

/** Taken off the price of a renewal when the term just ending had no approved claim. */
export const NO_CLAIMS_DISCOUNT_RATE = 0.1;
export const NO_CLAIMS_DISCOUNT_LABEL = `No-claims discount (${Math.round(NO_CLAIMS_DISCOUNT_RATE * 100)}%)`;
export type RatingFactorText = { name: string; explanation: string };

type Band = { label: string; factor: number; /** the band applies to values below this */ below?: number };

function pickBand(bands: Band[], value: number): Band {
  return bands.find((b) => b.below === undefined || value < b.below) ?? bands[bands.length - 1];
}

const factorText = (f: number) => `×${f.toFixed(2)}`;
const percent = (rate: number) => `${+(rate * 100).toFixed(3)}%`;
const bandsText = (bands: Band[]) => bands.map((b) => `${b.label} ${factorText(b.factor)}`).join("; ");
const choicesText = (table: Record<string, number>, labels: { value: string; label: string }[]) =>
  labels.map((o) => `${o.label} ${factorText(table[o.value])}`).join("; ");

/** Shares of the annual price charged for shorter terms (short-period scale). */
export const SHORT_PERIOD_SCALE: Record<number, number> = { 1: 0.15, 3: 0.35, 6: 0.6, 12: 1 };

export const RATES = {
  car: {
    ownDamageRate: 0.035,
    liabilityBaseCents: 180_00,
    driverAge: [
      { below: 21, label: "driver aged 17 to 20", factor: 1.9 },
      { below: 25, label: "driver aged 21 to 24", factor: 1.45 },
      { below: 70, label: "driver aged 25 to 69", factor: 1 },
      { label: "driver aged 70 or over", factor: 1.3 },
    ] as Band[],
    licenceYears: [
      { below: 2, label: "licence held under 2 years", factor: 1.3 },
      { below: 5, label: "licence held 2 to 4 years", factor: 1.12 },
      { label: "licence held 5 years or more", factor: 1 },
    ] as Band[],
    perPriorClaim: 0.2,
    annualMileage: [
      { below: 5_001, label: "up to 5,000 miles a year", factor: 0.9 },
      { below: 10_001, label: "5,001 to 10,000 miles a year", factor: 1 },
      { below: 15_001, label: "10,001 to 15,000 miles a year", factor: 1.1 },
      { below: 20_001, label: "15,001 to 20,000 miles a year", factor: 1.2 },
      { label: "over 20,000 miles a year", factor: 1.35 },
    ] as Band[],
    vehicleAge: [
      { below: 3, label: "car under 3 years old", factor: 1.05 },
      { below: 15, label: "car 3 to 14 years old", factor: 1 },
      { label: "car 15 years or older", factor: 1.1 },
    ] as Band[],
    /** keyed by the excess in pence */
    excess: { 50_000: 1, 100_000: 0.92, 200_000: 0.84 } as Record<number, number>,
    liabilityLimit: { "100/300": 1, "250/500": 1.06, "500/1000": 1.12 } as Record<string, number>,
    umbrellaPerMillionCents: 20_00,
    minimumCents: 100_00,
    taxRate: 0.12,
  },
  bike: {
    ownDamageRate: 0.05,
    liabilityBaseCents: 90_00,
    engineSize: [
      { below: 126, label: "engine up to 125cc", factor: 0.75 },
      { below: 501, label: "engine 126cc to 500cc", factor: 1 },
      { below: 1001, label: "engine 501cc to 1,000cc", factor: 1.3 },
      { label: "engine over 1,000cc", factor: 1.6 },
    ] as Band[],
    vehicleAge: [
      { below: 3, label: "bike under 3 years old", factor: 1.05 },
      { below: 20, label: "bike 3 to 19 years old", factor: 1 },
      { label: "classic bike, 20 years or older", factor: 0.85 },
    ] as Band[],
    minimumCents: 60_00,
    taxRate: 0.12,
  },
  travel: {
    perTravellerPerDayCents: 1_20,
    /** medical cover: this many pence per traveller for each £100,000 of cover */
    medicalPer100kCents: 80,
    cancellationRate: 0.025,
    region: { uk: 0.5, europe: 1, "worldwide-excl-americas": 1.7, worldwide: 2.4 } as Record<TravelRegion, number>,
    reason: { holiday: 1, business: 1.1, "visiting-family": 1, study: 0.9, adventure: 1.6 } as Record<TripReason, number>,
    minimumCents: 12_00,
    taxRate: 0.2,
  },
  health: {
    coverLevelBaseCents: { basic: 240_00, standard: 480_00, comprehensive: 840_00 } as Record<CoverLevel, number>,
    /** pence per £10,000 of yearly limit */
    limitPer10kCents: 6_00,
    age: [
      { below: 30, label: "aged 18 to 29", factor: 0.75 },
      { below: 45, label: "aged 30 to 44", factor: 1 },
      { below: 60, label: "aged 45 to 59", factor: 1.45 },
      { below: 75, label: "aged 60 to 74", factor: 2.1 },
      { label: "aged 75 or over", factor: 2.9 },
    ] as Band[],
    smoker: 1.5,
    bmi: [
      { below: 18.5, label: "BMI under 18.5", factor: 1.1 },
      { below: 25, label: "BMI 18.5 to 24.9", factor: 1 },
      { below: 30, label: "BMI 25 to 29.9", factor: 1.1 },
      { below: 35, label: "BMI 30 to 34.9", factor: 1.25 },
      { label: "BMI 35 or over", factor: 1.45 },
    ] as Band[],
    perCondition: 0.15,
    minimumCents: 120_00,
    taxRate: 0.12,
  },
  business: {
    propertyRate: 0.006,
    perEmployeeCents: 45_00,
    revenueRate: 0.0008,
    industry: {
      office: 0.8,
      technology: 0.85,
      retail: 1,
      hospitality: 1.3,
      healthcare: 1.4,
      manufacturing: 1.5,
      transport: 1.6,
      construction: 1.9,
    } as Record<Industry, number>,
    minimumCents: 150_00,
    taxRate: 0.12,
  },
  home: {
    buildingsRate: 0.0022,
    propertyType: { apartment: 0.85, condominium: 0.9, townhouse: 0.95, house: 1 } as Record<PropertyType, number>,
    buildingAge: [
      { below: 20, label: "built in the last 20 years", factor: 0.95 },
      { below: 80, label: "20 to 79 years old", factor: 1 },
      { below: 150, label: "80 to 149 years old", factor: 1.15 },
      { label: "150 years or older", factor: 1.3 },
    ] as Band[],
    perSecurityFeature: 0.04,
    maxSecurityDiscount: 0.2,
    minimumCents: 80_00,
    taxRate: 0.12,
  },
};

/** Accumulates breakdown lines in whole pence; the premium is always their sum. */
class QuoteBuilder {
  private lines: QuoteLine[] = [];
  private total = 0;

  constructor(private readonly options: QuoteOptions = {}) {}

  add(label: string, cents: number) {
    const amountCents = Math.round(cents);
    if (amountCents === 0) return;
    this.lines.push({ label, amountCents });
    this.total += amountCents;
  }

  /** Shows a multiplier as the amount it adds or takes off what has been priced so far. */
  multiply(label: string, factor: number) {
    if (factor === 1) return;
    this.add(`${label} (${factorText(factor)})`, this.total * (factor - 1));
  }

  term(termMonths: number) {
    const share = SHORT_PERIOD_SCALE[termMonths] ?? termMonths / 12;
    if (share !== 1) this.add(`${termMonths}-month term (${Math.round(share * 100)}% of the yearly price)`, this.total * (share - 1));
  }

  /** Discounts come off the risk price, before the minimum premium and tax (so the minimum still holds). */
  minimum(cents: number) {
    if (this.options.noClaimsDiscount) this.add(NO_CLAIMS_DISCOUNT_LABEL, -this.total * NO_CLAIMS_DISCOUNT_RATE);
    if (this.total < cents) this.add(`Minimum premium is ${formatMoney(cents)}`, cents - this.total);
  }

  tax(rate: number) {
    this.add(`Insurance Premium Tax (${percent(rate)})`, this.total * rate);
  }

  done(): Quote {
    return { premiumCents: this.total, breakdown: this.lines };
  }
}

/** Car: own damage on the cover, a liability base, then driver, car, usage and limit factors. */
export function quoteCar(draft: CarDraft, options: QuoteOptions = {}): Quote {
  const r = RATES.car;
  const d = draft.details;
  const q = new QuoteBuilder(options);
  q.add(`Own damage: ${percent(r.ownDamageRate)} of ${formatMoney(draft.sumInsuredCents)} cover`, draft.sumInsuredCents * r.ownDamageRate);
  q.add("Third-party liability", r.liabilityBaseCents);
  const age = pickBand(r.driverAge, ageOn(d.driverDateOfBirth, draft.startDate));
  q.multiply(capitalise(age.label), age.factor);
  const licence = pickBand(r.licenceYears, d.licenceYears);
  q.multiply(capitalise(licence.label), licence.factor);
  if (d.priorClaims > 0) q.multiply(`${d.priorClaims} claim${d.priorClaims === 1 ? "" : "s"} in the last 5 years`, 1 + r.perPriorClaim * d.priorClaims);
  const mileage = pickBand(r.annualMileage, d.annualMileage);
  q.multiply(capitalise(mileage.label), mileage.factor);
  const carAge = pickBand(r.vehicleAge, Number(draft.startDate.slice(0, 4)) - d.year);
  q.multiply(capitalise(carAge.label), carAge.factor);
  q.multiply(`${formatMoney(d.deductibleCents)} excess`, r.excess[d.deductibleCents] ?? 1);
  q.multiply(`Liability limit ${d.combinedSingleLimit}`, r.liabilityLimit[d.combinedSingleLimit] ?? 1);
  if (d.umbrellaLimitCents > 0)
    q.add(`Umbrella cover of ${formatMoney(d.umbrellaLimitCents)}`, (d.umbrellaLimitCents / 100_000_000) * r.umbrellaPerMillionCents);
  q.term(draft.termMonths);
  q.minimum(r.minimumCents);
  q.tax(r.taxRate);
  return q.done();
}

/** Bike: own damage on the cover, a liability base, engine size and age of the bike. */
export function quoteBike(draft: BikeDraft, options: QuoteOptions = {}): Quote {
  const r = RATES.bike;
  const d = draft.details;
  const q = new QuoteBuilder(options);
  q.add(`Own damage: ${percent(r.ownDamageRate)} of ${formatMoney(draft.sumInsuredCents)} cover`, draft.sumInsuredCents * r.ownDamageRate);
  q.add("Third-party liability", r.liabilityBaseCents);
  const engine = pickBand(r.engineSize, d.engineSizeCc);
  q.multiply(capitalise(engine.label), engine.factor);
  const bikeAge = pickBand(r.vehicleAge, Number(draft.startDate.slice(0, 4)) - d.year);
  q.multiply(capitalise(bikeAge.label), bikeAge.factor);
  q.term(draft.termMonths);
  q.minimum(r.minimumCents);
  q.tax(r.taxRate);
  return q.done();
}

/** Travel: per traveller per day, medical cover and cancellation, then destination and reason. */
export function quoteTravel(draft: TravelDraft, options: QuoteOptions = {}): Quote {
  const r = RATES.travel;
  const d = draft.details;
  const days = daysBetween(d.departureDate, d.returnDate) + 1;
  const q = new QuoteBuilder(options);
  q.add(
    `${d.travellers} traveller${d.travellers === 1 ? "" : "s"} × ${days} day${days === 1 ? "" : "s"} at ${formatMoney(r.perTravellerPerDayCents)}`,
    d.travellers * days * r.perTravellerPerDayCents,
  );
  q.add(`Medical cover of ${formatMoney(draft.sumInsuredCents)} per traveller`, d.travellers * (draft.sumInsuredCents / 10_000_000) * r.medicalPer100kCents);
  q.add(`Cancellation: ${percent(r.cancellationRate)} of the ${formatMoney(d.tripCostCents)} trip cost`, d.tripCostCents * r.cancellationRate);
  q.multiply(`Destination: ${labelOf(TRAVEL_REGIONS, d.region)}`, r.region[d.region]);
  q.multiply(`Reason: ${labelOf(TRIP_REASONS, d.reason)}`, r.reason[d.reason]);
  q.minimum(r.minimumCents);
  q.tax(r.taxRate);
  return q.done();
}

/** Health: cover level and yearly limit, then age, smoking, BMI and pre-existing conditions. */
export function quoteHealth(draft: HealthDraft, options: QuoteOptions = {}): Quote {
  const r = RATES.health;
  const d = draft.details;
  const q = new QuoteBuilder(options);
  q.add(`${capitalise(d.coverLevel)} cover`, r.coverLevelBaseCents[d.coverLevel]);
  q.add(`Yearly limit of ${formatMoney(draft.sumInsuredCents)}`, (draft.sumInsuredCents / 1_000_000) * r.limitPer10kCents);
  const age = pickBand(r.age, ageOn(d.dateOfBirth, draft.startDate));
  q.multiply(capitalise(age.label), age.factor);
  if (d.smoker) q.multiply("Smoker", r.smoker);
  const bmi = pickBand(r.bmi, bodyMassIndex(d.heightCm, d.weightKg));
  q.multiply(bmi.label, bmi.factor);
  const n = d.preExistingConditions.length;
  if (n > 0) q.multiply(`${n} pre-existing condition${n === 1 ? "" : "s"}`, 1 + r.perCondition * n);
  q.term(draft.termMonths);
  q.minimum(r.minimumCents);
  q.tax(r.taxRate);
  return q.done();
}

/** Business: property cover, employees and revenue, then the industry's risk. */
export function quoteBusiness(draft: BusinessDraft, options: QuoteOptions = {}): Quote {
  const r = RATES.business;
  const d = draft.details;
  const q = new QuoteBuilder(options);
  q.add(`Property and stock: ${percent(r.propertyRate)} of ${formatMoney(draft.sumInsuredCents)} cover`, draft.sumInsuredCents * r.propertyRate);
  q.add(`Employers' liability: ${d.employees} employee${d.employees === 1 ? "" : "s"} at ${formatMoney(r.perEmployeeCents)}`, d.employees * r.perEmployeeCents);
  q.add(`Public liability: ${percent(r.revenueRate)} of ${formatMoney(d.annualRevenueCents)} revenue`, d.annualRevenueCents * r.revenueRate);
  q.multiply(`Industry: ${labelOf(INDUSTRIES, d.industry)}`, r.industry[d.industry]);
  q.term(draft.termMonths);
  q.minimum(r.minimumCents);
  q.tax(r.taxRate);
  return q.done();
}

/** Home: a rate on the cover, then property type, age of the building and security features. */
export function quoteHome(draft: HomeDraft, options: QuoteOptions = {}): Quote {
  const r = RATES.home;
  const d = draft.details;
  const q = new QuoteBuilder(options);
  q.add(`Buildings and contents: ${percent(r.buildingsRate)} of ${formatMoney(draft.sumInsuredCents)} cover`, draft.sumInsuredCents * r.buildingsRate);
  q.multiply(labelOf(PROPERTY_TYPES, d.propertyType), r.propertyType[d.propertyType]);
  const age = pickBand(r.buildingAge, Number(draft.startDate.slice(0, 4)) - d.yearBuilt);
  q.multiply(`Building ${age.label}`, age.factor);
  const n = d.securityFeatures.length;
  if (n > 0) q.multiply(`${n} security feature${n === 1 ? "" : "s"}`, 1 - Math.min(r.maxSecurityDiscount, r.perSecurityFeature * n));
  q.term(draft.termMonths);
  q.minimum(r.minimumCents);
  q.tax(r.taxRate);
  return q.done();
}

/**
 * The premium for a policy draft, with a breakdown that adds up to it. Pure: the same answer in
 * the browser (live quote) and on the server (stored price). Renewals pass `noClaimsDiscount`.
 */
export function quotePremium(draft: PolicyDraft, options: QuoteOptions = {}): Quote {
  switch (draft.type) {
    case "car":
      return quoteCar(draft, options);
    case "bike":
      return quoteBike(draft, options);
    case "travel":
      return quoteTravel(draft, options);
    case "health":
      return quoteHealth(draft, options);
    case "business":
      return quoteBusiness(draft, options);
    case "home":
      return quoteHome(draft, options);
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const termText = () =>
  `Shorter terms cost a share of the yearly price: ${Object.entries(SHORT_PERIOD_SCALE)
    .map(([m, s]) => `${m} month${m === "1" ? "" : "s"} ${Math.round(s * 100)}%`)
    .join(", ")}.`;
const taxText = (rate: number) => `Insurance Premium Tax at ${percent(rate)} is added to the final price.`;
const minimumText = (cents: number) => `The minimum premium before tax is ${formatMoney(cents)}.`;
const NO_CLAIMS_FACTOR: RatingFactorText = {
  name: "No-claims discount",
  explanation: `When you renew, ${Math.round(NO_CLAIMS_DISCOUNT_RATE * 100)}% comes off if no claim was approved in the term that is ending.`,
};

/** The "how the premium is worked out" text for the Info Centre, generated from RATES. */
export function ratingFactorsFor(type: PolicyType): RatingFactorText[] {
  switch (type) {
    case "car": {
      const r = RATES.car;
      return [
        { name: "Cover", explanation: `${percent(r.ownDamageRate)} of the sum insured for damage to your car, plus ${formatMoney(r.liabilityBaseCents)} for third-party liability.` },
        { name: "Driver's age", explanation: `${capitalise(bandsText(r.driverAge))}.` },
        { name: "Driving experience", explanation: `${capitalise(bandsText(r.licenceYears))}.` },
        { name: "Claims history", explanation: `Each claim in the last 5 years adds ${percent(r.perPriorClaim)}.` },
        { name: "Mileage", explanation: `${capitalise(bandsText(r.annualMileage))}.` },
        { name: "Age of the car", explanation: `${capitalise(bandsText(r.vehicleAge))}.` },
        {
          name: "Excess",
          explanation: `A higher excess lowers the price: ${Object.entries(r.excess)
            .map(([c, f]) => `${formatMoney(Number(c))} ${factorText(f)}`)
            .join("; ")}.`,
        },
        { name: "Liability limit", explanation: `${choicesText(r.liabilityLimit, COMBINED_SINGLE_LIMITS)}.` },
        { name: "Umbrella cover", explanation: `${formatMoney(r.umbrellaPerMillionCents)} for each £1,000,000 of umbrella cover.` },
        { name: "Term", explanation: termText() },
        NO_CLAIMS_FACTOR,
        { name: "Minimum and tax", explanation: `${minimumText(r.minimumCents)} ${taxText(r.taxRate)}` },
      ];
    }
    case "bike": {
      const r = RATES.bike;
      return [
        { name: "Cover", explanation: `${percent(r.ownDamageRate)} of the sum insured for damage to your bike, plus ${formatMoney(r.liabilityBaseCents)} for third-party liability.` },
        { name: "Engine size", explanation: `${capitalise(bandsText(r.engineSize))}.` },
        { name: "Age of the bike", explanation: `${capitalise(bandsText(r.vehicleAge))}.` },
        { name: "Term", explanation: termText() },
        NO_CLAIMS_FACTOR,
        { name: "Minimum and tax", explanation: `${minimumText(r.minimumCents)} ${taxText(r.taxRate)}` },
      ];
    }
    case "travel": {
      const r = RATES.travel;
      return [
        { name: "Length of trip", explanation: `${formatMoney(r.perTravellerPerDayCents)} per traveller for each day away, counting the departure and return days.` },
        { name: "Medical cover", explanation: `${formatMoney(r.medicalPer100kCents)} per traveller for each £100,000 of medical cover.` },
        { name: "Cancellation", explanation: `${percent(r.cancellationRate)} of the prepaid trip cost.` },
        { name: "Destination", explanation: `${choicesText(r.region, TRAVEL_REGIONS)}.` },
        { name: "Reason for travel", explanation: `${choicesText(r.reason, TRIP_REASONS)}.` },
        { name: "Minimum and tax", explanation: `${minimumText(r.minimumCents)} ${taxText(r.taxRate)}` },
      ];
    }
    case "health": {
      const r = RATES.health;
      return [
        {
          name: "Cover level",
          explanation: `${COVER_LEVELS.map((o) => `${o.label.split(":")[0]} ${formatMoney(r.coverLevelBaseCents[o.value])}`).join("; ")} a year, plus ${formatMoney(r.limitPer10kCents)} for each £10,000 of yearly limit.`,
        },
        { name: "Age", explanation: `${capitalise(bandsText(r.age))}.` },
        { name: "Smoking", explanation: `Smokers ${factorText(r.smoker)}.` },
        { name: "Body mass index (from height and weight)", explanation: `${bandsText(r.bmi)}.` },
        { name: "Pre-existing conditions", explanation: `Each condition you tell us about adds ${percent(r.perCondition)}.` },
        NO_CLAIMS_FACTOR,
        { name: "Minimum and tax", explanation: `${minimumText(r.minimumCents)} ${taxText(r.taxRate)}` },
      ];
    }
    case "business": {
      const r = RATES.business;
      return [
        { name: "Property and stock", explanation: `${percent(r.propertyRate)} of the sum insured.` },
        { name: "Employees", explanation: `${formatMoney(r.perEmployeeCents)} per employee for employers' liability.` },
        { name: "Revenue", explanation: `${percent(r.revenueRate)} of yearly revenue for public liability.` },
        { name: "Industry risk", explanation: `${choicesText(r.industry, INDUSTRIES)}.` },
        NO_CLAIMS_FACTOR,
        { name: "Minimum and tax", explanation: `${minimumText(r.minimumCents)} ${taxText(r.taxRate)}` },
      ];
    }
    case "home": {
      const r = RATES.home;
      return [
        { name: "Cover", explanation: `${percent(r.buildingsRate)} of the sum insured.` },
        { name: "Property type", explanation: `${choicesText(r.propertyType, PROPERTY_TYPES)}.` },
        { name: "Age of the building", explanation: `${capitalise(bandsText(r.buildingAge))}.` },
        {
          name: "Security features",
          explanation: `Each feature takes off ${percent(r.perSecurityFeature)}, up to ${percent(r.maxSecurityDiscount)} in all.`,
        },
        NO_CLAIMS_FACTOR,
        { name: "Minimum and tax", explanation: `${minimumText(r.minimumCents)} ${taxText(r.taxRate)}` },
      ];
    }
  }
}
