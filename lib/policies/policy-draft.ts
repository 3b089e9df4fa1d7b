import { daysBetween, lastDayOfTerm } from "@/lib/policies/policy-dates";
import { poundsToCents } from "@/lib/policies/money";
import type { CoverLevel, HealthCondition, Industry, PropertyType, SecurityFeature, TravelRegion, TripReason } from "@/lib/policies/field-options";
import type { PolicyInput } from "@/lib/policies/schemas";

/*
 * A validated form turned into what is rated and stored: money in pence, the cover period as
 * calendar dates, and the type-specific `details` with the key names other capabilities rely on
 * (the fraud model reads the car keys; see ml/fraud/app-mapping.ts).
 */

export type CarDetails = {
  registration: string;
  make: string;
  model: string;
  year: number;
  vehicleValueCents: number;
  annualMileage: number;
  driverDateOfBirth: string;
  licenceYears: number;
  priorClaims: number;
  educationLevel: string;
  occupation: string;
  hobbies: string;
  relationship: string;
  deductibleCents: number;
  /** liability limits in thousands of pounds, per person / per accident, e.g. "250/500" */
  combinedSingleLimit: string;
  umbrellaLimitCents: number;
};
export type BikeDetails = { registration: string; make: string; model: string; year: number; engineSizeCc: number; vehicleValueCents: number };
export type TravelDetails = {
  destination: string;
  region: TravelRegion;
  departureDate: string;
  returnDate: string;
  travellers: number;
  tripCostCents: number;
  reason: TripReason;
};
export type HealthDetails = {
  dateOfBirth: string;
  heightCm: number;
  weightKg: number;
  smoker: boolean;
  preExistingConditions: HealthCondition[];
  coverLevel: CoverLevel;
};
export type BusinessDetails = { companyName: string; industry: Industry; address: string; postcode: string; employees: number; annualRevenueCents: number };
export type HomeDetails = {
  address: string;
  postcode: string;
  propertyType: PropertyType;
  yearBuilt: number;
  propertyValueCents: number;
  securityFeatures: SecurityFeature[];
};

export type PolicyDetailsByType = {
  car: CarDetails;
  bike: BikeDetails;
  travel: TravelDetails;
  health: HealthDetails;
  business: BusinessDetails;
  home: HomeDetails;
};

type DraftOf<T extends keyof PolicyDetailsByType> = {
  type: T;
  /** first day of cover, "2026-11-22" */
  startDate: string;
  /** last day of cover (inclusive) */
  endDate: string;
  termMonths: number;
  sumInsuredCents: number;
  details: PolicyDetailsByType[T];
};

/** A policy about to be rated and created. */
export type PolicyDraft = { [T in keyof PolicyDetailsByType]: DraftOf<T> }[keyof PolicyDetailsByType];
export type CarDraft = DraftOf<"car">;
export type BikeDraft = DraftOf<"bike">;
export type TravelDraft = DraftOf<"travel">;
export type HealthDraft = DraftOf<"health">;
export type BusinessDraft = DraftOf<"business">;
export type HomeDraft = DraftOf<"home">;

/** Travel has no chosen term: a trip's term is its length in 30-day months, rounded up. */
export function travelTermMonths(departureDate: string, returnDate: string): number {
  return Math.max(1, Math.ceil((daysBetween(departureDate, returnDate) + 1) / 30));
}

/** Turns a parsed policy form into a draft (pence, cover period, stored details). */
export function toPolicyDraft(input: PolicyInput): PolicyDraft {
  const sumInsuredCents = poundsToCents(input.sumInsured);
  if (input.type === "travel") {
    const { departureDate, returnDate } = input;
    return {
      type: "travel",
      startDate: departureDate,
      endDate: returnDate,
      termMonths: travelTermMonths(departureDate, returnDate),
      sumInsuredCents,
      details: {
        destination: input.destination,
        region: input.region,
        departureDate,
        returnDate,
        travellers: input.travellers,
        tripCostCents: poundsToCents(input.tripCost),
        reason: input.reason,
      },
    };
  }
  const period = { startDate: input.startDate, endDate: lastDayOfTerm(input.startDate, input.termMonths), termMonths: input.termMonths, sumInsuredCents };
  switch (input.type) {
    case "car":
      return {
        type: "car",
        ...period,
        details: {
          registration: input.registration,
          make: input.make,
          model: input.model,
          year: input.year,
          vehicleValueCents: poundsToCents(input.vehicleValue),
          annualMileage: input.annualMileage,
          driverDateOfBirth: input.driverDateOfBirth,
          licenceYears: input.licenceYears,
          priorClaims: input.priorClaims,
          educationLevel: input.educationLevel,
          occupation: input.occupation,
          hobbies: input.hobbies,
          relationship: input.relationship,
          deductibleCents: poundsToCents(Number(input.deductible)),
          combinedSingleLimit: input.combinedSingleLimit,
          umbrellaLimitCents: poundsToCents(Number(input.umbrellaLimit)),
        },
      };
    case "bike":
      return {
        type: "bike",
        ...period,
        details: {
          registration: input.registration,
          make: input.make,
          model: input.model,
          year: input.year,
          engineSizeCc: input.engineSizeCc,
          vehicleValueCents: poundsToCents(input.vehicleValue),
        },
      };
    case "health":
      return {
        type: "health",
        ...period,
        details: {
          dateOfBirth: input.dateOfBirth,
          heightCm: input.heightCm,
          weightKg: input.weightKg,
          smoker: input.smoker,
          preExistingConditions: input.preExistingConditions,
          coverLevel: input.coverLevel,
        },
      };
    case "business":
      return {
        type: "business",
        ...period,
        details: {
          companyName: input.companyName,
          industry: input.industry,
          address: input.address,
          postcode: input.postcode,
          employees: input.employees,
          annualRevenueCents: poundsToCents(input.annualRevenue),
        },
      };
    case "home":
      return {
        type: "home",
        ...period,
        details: {
          address: input.address,
          postcode: input.postcode,
          propertyType: input.propertyType,
          yearBuilt: input.yearBuilt,
          propertyValueCents: poundsToCents(input.propertyValue),
          securityFeatures: input.securityFeatures,
        },
      };
  }
}
