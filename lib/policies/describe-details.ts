import { formatMoney } from "@/lib/policies/money";
import { formatPolicyDate } from "@/lib/policies/policy-dates";
import {
  COMBINED_SINGLE_LIMITS,
  COVER_LEVELS,
  EDUCATION_LEVELS,
  HEALTH_CONDITIONS,
  HOBBIES,
  INDUSTRIES,
  OCCUPATIONS,
  PROPERTY_TYPES,
  RELATIONSHIPS,
  SECURITY_FEATURES,
  TRAVEL_REGIONS,
  TRIP_REASONS,
  labelOf,
} from "@/lib/policies/field-options";
import type { PolicyDetailsByType } from "@/lib/policies/policy-draft";
import type { PolicyType } from "@/lib/policies/policy-types";

export type DetailRow = { label: string; value: string };

const n = (v: number) => new Intl.NumberFormat("en-GB").format(v);
const list = (items: string[], none: string) => (items.length ? items.join(", ") : none);

/**
 * A policy's type-specific details in words, for the policy page, the PDF schedule and the admin
 * list. Tolerates missing keys (older rows) by leaving those rows out.
 */
export function describePolicyDetails(type: PolicyType, raw: Record<string, unknown>): DetailRow[] {
  const rows = (pairs: [string, unknown, (v: never) => string][]) =>
    pairs.filter(([, v]) => v !== undefined && v !== null && v !== "").map(([label, v, f]) => ({ label, value: f(v as never) }));
  const str = (v: string) => v;
  switch (type) {
    case "car": {
      const d = raw as Partial<PolicyDetailsByType["car"]>;
      return rows([
        ["Registration number", d.registration, str],
        ["Make and model", d.make && d.model ? `${d.make} ${d.model}` : undefined, str],
        ["Year of manufacture", d.year, String],
        ["Vehicle value", d.vehicleValueCents, formatMoney],
        ["Annual mileage", d.annualMileage, (v: number) => `${n(v)} miles`],
        ["Driver's date of birth", d.driverDateOfBirth, formatPolicyDate],
        ["Years with a full licence", d.licenceYears, String],
        ["Claims in the last 5 years", d.priorClaims, String],
        ["Education level", d.educationLevel, (v: string) => labelOf(EDUCATION_LEVELS, v)],
        ["Occupation", d.occupation, (v: string) => labelOf(OCCUPATIONS, v)],
        ["Main hobby", d.hobbies, (v: string) => labelOf(HOBBIES, v)],
        ["Relationship to policyholder", d.relationship, (v: string) => labelOf(RELATIONSHIPS, v)],
        ["Excess", d.deductibleCents, formatMoney],
        ["Liability limit", d.combinedSingleLimit, (v: string) => labelOf(COMBINED_SINGLE_LIMITS, v)],
        ["Umbrella cover", d.umbrellaLimitCents, (v: number) => (v > 0 ? formatMoney(v) : "None")],
      ]);
    }
    case "bike": {
      const d = raw as Partial<PolicyDetailsByType["bike"]>;
      return rows([
        ["Registration number", d.registration, str],
        ["Make and model", d.make && d.model ? `${d.make} ${d.model}` : undefined, str],
        ["Year of manufacture", d.year, String],
        ["Engine size", d.engineSizeCc, (v: number) => `${n(v)}cc`],
        ["Bike value", d.vehicleValueCents, formatMoney],
      ]);
    }
    case "travel": {
      const d = raw as Partial<PolicyDetailsByType["travel"]>;
      return rows([
        ["Destination", d.destination, str],
        ["Region", d.region, (v: string) => labelOf(TRAVEL_REGIONS, v)],
        ["Departure", d.departureDate, formatPolicyDate],
        ["Return", d.returnDate, formatPolicyDate],
        ["Travellers", d.travellers, String],
        ["Trip cost", d.tripCostCents, formatMoney],
        ["Reason for travel", d.reason, (v: string) => labelOf(TRIP_REASONS, v)],
      ]);
    }
    case "health": {
      const d = raw as Partial<PolicyDetailsByType["health"]>;
      return rows([
        ["Date of birth", d.dateOfBirth, formatPolicyDate],
        ["Height", d.heightCm, (v: number) => `${v} cm`],
        ["Weight", d.weightKg, (v: number) => `${v} kg`],
        ["Smoker", d.smoker, (v: boolean) => (v ? "Yes" : "No")],
        ["Pre-existing conditions", d.preExistingConditions, (v: string[]) => list(v.map((c) => labelOf(HEALTH_CONDITIONS, c)), "None declared")],
        ["Cover level", d.coverLevel, (v: string) => labelOf(COVER_LEVELS, v)],
      ]);
    }
    case "business": {
      const d = raw as Partial<PolicyDetailsByType["business"]>;
      return rows([
        ["Company", d.companyName, str],
        ["Industry", d.industry, (v: string) => labelOf(INDUSTRIES, v)],
        ["Address", d.address && d.postcode ? `${d.address}, ${d.postcode}` : d.address, str],
        ["Employees", d.employees, (v: number) => n(v)],
        ["Yearly revenue", d.annualRevenueCents, formatMoney],
      ]);
    }
    case "home": {
      const d = raw as Partial<PolicyDetailsByType["home"]>;
      return rows([
        ["Address", d.address && d.postcode ? `${d.address}, ${d.postcode}` : d.address, str],
        ["Property type", d.propertyType, (v: string) => labelOf(PROPERTY_TYPES, v)],
        ["Year built", d.yearBuilt, String],
        ["Property value", d.propertyValueCents, formatMoney],
        ["Security features", d.securityFeatures, (v: string[]) => list(v.map((f) => labelOf(SECURITY_FEATURES, f)), "None")],
      ]);
    }
  }
}
