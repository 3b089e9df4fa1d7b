import { parseDayNumber } from "./read-dataset";
import type { ModelKind, RawRecord } from "./dataset-schema";

/**
 * Feature engineering for both schemas: a raw CSV row becomes named *attributes* (plain numbers
 * and categories an adjuster recognises, e.g. "policy age at incident"), and fitted encodings turn
 * attributes into the numeric vector the forest sees. Reasons are computed on attributes, so they
 * are always expressed in words, never as encoded columns.
 */

/** How a numeric attribute reads when shown to a person. */
export type AttributeUnit = "days" | "money" | "share" | "count" | "hour" | "years" | "months" | "ratio" | "plain";

/** One model input before encoding. */
export interface AttributeSpec {
  name: string;
  type: "numeric" | "categorical";
  /** Words an adjuster understands, e.g. "Policy age at incident". */
  label: string;
  unit?: AttributeUnit;
}

/** Attribute values of one claim; null = missing. */
export type Attributes = Record<string, number | string | null>;

/** A source column that is deliberately not a model input, and why. */
export interface ExcludedColumn {
  column: string;
  reason: string;
}

/** Everything that defines a kind's inputs. */
export interface FeatureDefinition {
  kind: ModelKind;
  attributes: AttributeSpec[];
  excludedColumns: ExcludedColumn[];
  derive(record: RawRecord): Attributes;
}

function toNumber(value: string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const n = Number(value.replace(/,/g, ""));
  return Number.isFinite(n) ? n : null;
}

function ratio(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator <= 0) return null;
  return numerator / denominator;
}

function difference(later: number | null, earlier: number | null): number | null {
  return later === null || earlier === null ? null : later - earlier;
}

function category(value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : value.trim();
}

const MOTOR_ATTRIBUTES: AttributeSpec[] = [
  { name: "incident_severity", type: "categorical", label: "Incident severity" },
  { name: "insured_hobbies", type: "categorical", label: "Policyholder's hobby" },
  { name: "incident_type", type: "categorical", label: "Incident type" },
  { name: "collision_type", type: "categorical", label: "Collision type" },
  { name: "authorities_contacted", type: "categorical", label: "Authorities contacted" },
  { name: "police_report_available", type: "categorical", label: "Police report available" },
  { name: "property_damage", type: "categorical", label: "Property damage reported" },
  { name: "incident_state", type: "categorical", label: "Incident state" },
  { name: "incident_city", type: "categorical", label: "Incident city" },
  { name: "policy_state", type: "categorical", label: "Policy state" },
  { name: "insured_education_level", type: "categorical", label: "Policyholder's education" },
  { name: "insured_occupation", type: "categorical", label: "Policyholder's occupation" },
  { name: "insured_relationship", type: "categorical", label: "Policyholder's household relationship" },
  { name: "auto_make", type: "categorical", label: "Vehicle make" },
  { name: "auto_model", type: "categorical", label: "Vehicle model" },
  { name: "policy_age_days", type: "numeric", label: "Policy age at incident", unit: "days" },
  { name: "months_as_customer", type: "numeric", label: "Time as customer", unit: "months" },
  { name: "age", type: "numeric", label: "Policyholder's age", unit: "years" },
  { name: "incident_hour_of_the_day", type: "numeric", label: "Hour of the incident", unit: "hour" },
  { name: "total_claim_amount", type: "numeric", label: "Total claimed", unit: "money" },
  { name: "injury_claim", type: "numeric", label: "Injury amount claimed", unit: "money" },
  { name: "property_claim", type: "numeric", label: "Property amount claimed", unit: "money" },
  { name: "vehicle_claim", type: "numeric", label: "Vehicle amount claimed", unit: "money" },
  { name: "injury_share", type: "numeric", label: "Injury share of the claim", unit: "share" },
  { name: "property_share", type: "numeric", label: "Property share of the claim", unit: "share" },
  { name: "vehicle_share", type: "numeric", label: "Vehicle share of the claim", unit: "share" },
  { name: "claim_to_premium", type: "numeric", label: "Claim as a multiple of the annual premium", unit: "ratio" },
  { name: "policy_annual_premium", type: "numeric", label: "Annual premium", unit: "money" },
  { name: "policy_deductable", type: "numeric", label: "Deductible", unit: "money" },
  { name: "umbrella_limit", type: "numeric", label: "Umbrella cover limit", unit: "money" },
  { name: "csl_per_person", type: "numeric", label: "Liability limit per person (thousands)", unit: "plain" },
  { name: "csl_per_accident", type: "numeric", label: "Liability limit per accident (thousands)", unit: "plain" },
  { name: "capital_gains", type: "numeric", label: "Declared capital gains", unit: "money" },
  { name: "capital_loss", type: "numeric", label: "Declared capital loss", unit: "money" },
  { name: "number_of_vehicles_involved", type: "numeric", label: "Vehicles involved", unit: "count" },
  { name: "bodily_injuries", type: "numeric", label: "Bodily injuries", unit: "count" },
  { name: "witnesses", type: "numeric", label: "Witnesses", unit: "count" },
  { name: "vehicle_age_years", type: "numeric", label: "Vehicle age at incident", unit: "years" },
];

const MOTOR_EXCLUDED: ExcludedColumn[] = [
  { column: "insured_sex", reason: "Protected attribute: never a model input, so decisions cannot depend on it." },
  { column: "policy_number", reason: "Identifier: carries no behaviour, would only let the forest memorise rows." },
  { column: "insured_zip", reason: "Identifier (and a proxy for protected attributes such as ethnicity)." },
  { column: "incident_location", reason: "Identifier (street address), unique per claim." },
  { column: "policy_bind_date", reason: "Used only through policy age at incident; a raw calendar date would learn when the data was collected." },
  { column: "incident_date", reason: "Used only through policy age at incident and vehicle age; raw dates do not generalise to future claims." },
  { column: "auto_year", reason: "Used as vehicle age at incident instead of a calendar year." },
  { column: "policy_csl", reason: "Split into per-person and per-accident limits (numbers, not a label)." },
];

function deriveMotor(record: RawRecord): Attributes {
  const incidentDay = parseDayNumber(record.incident_date ?? null);
  const bindDay = parseDayNumber(record.policy_bind_date ?? null);
  const total = toNumber(record.total_claim_amount);
  const injury = toNumber(record.injury_claim);
  const property = toNumber(record.property_claim);
  const vehicle = toNumber(record.vehicle_claim);
  const csl = /^(\d+)\s*\/\s*(\d+)$/.exec(record.policy_csl ?? "");
  const autoYear = toNumber(record.auto_year);
  const incidentYear = incidentDay === null ? null : new Date(incidentDay * 86_400_000).getUTCFullYear();
  const premium = toNumber(record.policy_annual_premium);
  return {
    incident_severity: category(record.incident_severity),
    insured_hobbies: category(record.insured_hobbies),
    incident_type: category(record.incident_type),
    collision_type: category(record.collision_type),
    authorities_contacted: category(record.authorities_contacted),
    police_report_available: category(record.police_report_available),
    property_damage: category(record.property_damage),
    incident_state: category(record.incident_state),
    incident_city: category(record.incident_city),
    policy_state: category(record.policy_state),
    insured_education_level: category(record.insured_education_level),
    insured_occupation: category(record.insured_occupation),
    insured_relationship: category(record.insured_relationship),
    auto_make: category(record.auto_make),
    auto_model: category(record.auto_model),
    policy_age_days: difference(incidentDay, bindDay),
    months_as_customer: toNumber(record.months_as_customer),
    age: toNumber(record.age),
    incident_hour_of_the_day: toNumber(record.incident_hour_of_the_day),
    total_claim_amount: total,
    injury_claim: injury,
    property_claim: property,
    vehicle_claim: vehicle,
    injury_share: ratio(injury, total),
    property_share: ratio(property, total),
    vehicle_share: ratio(vehicle, total),
    claim_to_premium: ratio(total, premium),
    policy_annual_premium: premium,
    policy_deductable: toNumber(record.policy_deductable),
    umbrella_limit: toNumber(record.umbrella_limit),
    csl_per_person: csl ? Number(csl[1]) : null,
    csl_per_accident: csl ? Number(csl[2]) : null,
    capital_gains: toNumber(record["capital-gains"]),
    capital_loss: toNumber(record["capital-loss"]),
    number_of_vehicles_involved: toNumber(record.number_of_vehicles_involved),
    bodily_injuries: toNumber(record.bodily_injuries),
    witnesses: toNumber(record.witnesses),
    vehicle_age_years: difference(incidentYear, autoYear),
  };
}

const GENERAL_ATTRIBUTES: AttributeSpec[] = [
  { name: "policy_type", type: "categorical", label: "Policy type" },
  { name: "police_report_available", type: "categorical", label: "Police report available" },
  { name: "claim_to_cover", type: "numeric", label: "Claim as a share of the sum insured", unit: "share" },
  { name: "claim_to_premium", type: "numeric", label: "Claim as a multiple of the annual premium", unit: "ratio" },
  { name: "claim_amount", type: "numeric", label: "Amount claimed", unit: "money" },
  { name: "sum_insured", type: "numeric", label: "Sum insured", unit: "money" },
  { name: "annual_premium", type: "numeric", label: "Annual premium", unit: "money" },
  { name: "policy_age_days", type: "numeric", label: "Policy age at incident", unit: "days" },
  { name: "report_delay_days", type: "numeric", label: "Days between incident and report", unit: "days" },
  { name: "prior_claims_on_policy", type: "numeric", label: "Earlier claims on this policy", unit: "count" },
  { name: "prior_claims_by_holder", type: "numeric", label: "Earlier claims by this policyholder", unit: "count" },
  { name: "incident_hour_of_the_day", type: "numeric", label: "Hour of the incident", unit: "hour" },
  { name: "witnesses", type: "numeric", label: "Witnesses", unit: "count" },
  { name: "months_as_customer", type: "numeric", label: "Time as customer", unit: "months" },
  { name: "holder_age", type: "numeric", label: "Policyholder's age", unit: "years" },
];

const GENERAL_EXCLUDED: ExcludedColumn[] = [
  { column: "policy_number", reason: "Identifier: carries no behaviour, would only let the forest memorise rows." },
  { column: "policy_start_date", reason: "Used only through policy age at incident." },
  { column: "incident_date", reason: "Used only through policy age and report delay; raw dates do not generalise." },
  { column: "report_date", reason: "Used only through report delay." },
];

function deriveGeneral(record: RawRecord): Attributes {
  const startDay = parseDayNumber(record.policy_start_date ?? null);
  const incidentDay = parseDayNumber(record.incident_date ?? null);
  const reportDay = parseDayNumber(record.report_date ?? null);
  const amount = toNumber(record.claim_amount);
  const cover = toNumber(record.sum_insured);
  const premium = toNumber(record.annual_premium);
  return {
    policy_type: category(record.policy_type),
    police_report_available: category(record.police_report_available),
    claim_to_cover: ratio(amount, cover),
    claim_to_premium: ratio(amount, premium),
    claim_amount: amount,
    sum_insured: cover,
    annual_premium: premium,
    policy_age_days: difference(incidentDay, startDay),
    report_delay_days: difference(reportDay, incidentDay),
    prior_claims_on_policy: toNumber(record.prior_claims_on_policy),
    prior_claims_by_holder: toNumber(record.prior_claims_by_holder),
    incident_hour_of_the_day: toNumber(record.incident_hour_of_the_day),
    witnesses: toNumber(record.witnesses),
    months_as_customer: toNumber(record.months_as_customer),
    holder_age: toNumber(record.holder_age),
  };
}

/** The feature definition (attributes, exclusions, derivation) of a model kind. */
export function featureDefinitionFor(kind: ModelKind): FeatureDefinition {
  return kind === "motor"
    ? { kind, attributes: MOTOR_ATTRIBUTES, excludedColumns: MOTOR_EXCLUDED, derive: deriveMotor }
    : { kind, attributes: GENERAL_ATTRIBUTES, excludedColumns: GENERAL_EXCLUDED, derive: deriveGeneral };
}
