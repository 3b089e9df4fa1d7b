import type { ModelKind, RawRecord } from "./dataset-schema";
import { formatDatasetCsv, formatDayNumber } from "./read-dataset";

/**
 * The one mapping from the app's own data (policy, holder profile, claim) to model inputs.
 * Scoring (score.ts) and training on app exports (formatAppTrainingCsv → npm run ml:train) both
 * go through these functions, so the features a model was trained on and the features it is
 * scored with cannot drift apart. The app's claim becomes a row of the CSV schema (motor for car
 * and bike policies, general for the rest); from there the pipeline is the same as for files.
 *
 * Plain types, no Prisma import: the claims code fills them from the database.
 */

/** Policy types of the app. */
export type AppPolicyType = "car" | "bike" | "travel" | "health" | "business" | "home";

/** Everything the fraud models need about one claim, filled by the claims code. */
export interface AppClaimInput {
  policyType: AppPolicyType;
  policy: {
    startDate: Date;
    premiumCents: number;
    sumInsuredCents: number;
    /**
     * Type-specific policy details. Motor policies may carry: educationLevel, occupation, hobbies,
     * relationship, deductibleCents, combinedSingleLimit ("250/500"), umbrellaLimitCents, make,
     * model, year, registration, policyState, capitalGainsCents, capitalLossCents.
     * Anything absent is treated as missing (the model has seen missing values).
     */
    details: Record<string, unknown>;
  };
  holder: { dateOfBirth?: Date; customerSince: Date; priorClaimsByHolder: number };
  claim: {
    incidentDate: Date;
    reportedAt: Date;
    incidentHour: number;
    amountCents: number;
    injuryAmountCents?: number;
    propertyAmountCents?: number;
    vehicleAmountCents?: number;
    incidentType?: string;
    collisionType?: string;
    severity?: string;
    authoritiesContacted?: string;
    vehiclesInvolved?: number;
    propertyDamage?: boolean | null;
    bodilyInjuries?: number;
    witnesses: number;
    policeReport: boolean | null;
    state?: string;
    city?: string;
    priorClaimsOnPolicy: number;
  };
}

/** Car and bike claims use the motor model; every other policy type the general claims model. */
export function modelKindForPolicy(policyType: AppPolicyType): ModelKind {
  return policyType === "car" || policyType === "bike" ? "motor" : "general";
}

function dayNumber(date: Date): number {
  return Math.floor(date.getTime() / 86_400_000);
}

function wholeYearsBetween(from: Date, to: Date): number {
  let years = to.getUTCFullYear() - from.getUTCFullYear();
  const beforeBirthday =
    to.getUTCMonth() < from.getUTCMonth() || (to.getUTCMonth() === from.getUTCMonth() && to.getUTCDate() < from.getUTCDate());
  if (beforeBirthday) years--;
  return years;
}

function wholeMonthsBetween(from: Date, to: Date): number {
  let months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  if (to.getUTCDate() < from.getUTCDate()) months--;
  return Math.max(0, months);
}

function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const s = String(value).trim();
  return s === "" ? null : s;
}

function count(value: number | undefined | null): string | null {
  return value === undefined || value === null || !Number.isFinite(value) ? null : String(value);
}

function fromCents(value: unknown): string | null {
  return typeof value === "number" && Number.isFinite(value) ? String(value / 100) : null;
}

function yesNo(value: boolean | null | undefined): string | null {
  return value === true ? "YES" : value === false ? "NO" : null;
}

/**
 * Maps a car or bike claim to a motor-schema row. `insured_sex` is never filled: it is a
 * protected attribute and not a model input. Identifiers (policy number, zip, location) are left
 * empty because no model uses them.
 */
export function appClaimToMotorRecord(input: AppClaimInput): RawRecord {
  const { policy, holder, claim } = input;
  const d = policy.details;
  return {
    months_as_customer: String(wholeMonthsBetween(holder.customerSince, claim.incidentDate)),
    age: holder.dateOfBirth ? String(wholeYearsBetween(holder.dateOfBirth, claim.incidentDate)) : null,
    policy_number: null,
    policy_bind_date: formatDayNumber(dayNumber(policy.startDate)),
    policy_state: text(d.policyState),
    policy_csl: text(d.combinedSingleLimit),
    policy_deductable: fromCents(d.deductibleCents),
    policy_annual_premium: fromCents(policy.premiumCents),
    umbrella_limit: fromCents(d.umbrellaLimitCents),
    insured_zip: null,
    insured_sex: null,
    insured_education_level: text(d.educationLevel),
    insured_occupation: text(d.occupation),
    insured_hobbies: text(d.hobbies),
    insured_relationship: text(d.relationship),
    "capital-gains": fromCents(d.capitalGainsCents),
    "capital-loss": fromCents(d.capitalLossCents),
    incident_date: formatDayNumber(dayNumber(claim.incidentDate)),
    incident_type: text(claim.incidentType),
    collision_type: text(claim.collisionType),
    incident_severity: text(claim.severity),
    authorities_contacted: text(claim.authoritiesContacted),
    // The app asks for UK regions (lib/claims/claim-options.ts); the motor model was trained on the
    // benchmark's US states, so a UK region is an unseen category and its encoder falls back to the
    // overall fraud rate for it (no signal either way) until a model is trained on app exports.
    incident_state: text(claim.state),
    incident_city: text(claim.city),
    incident_location: null,
    incident_hour_of_the_day: count(claim.incidentHour),
    number_of_vehicles_involved: count(claim.vehiclesInvolved),
    property_damage: yesNo(claim.propertyDamage),
    bodily_injuries: count(claim.bodilyInjuries),
    witnesses: count(claim.witnesses),
    police_report_available: yesNo(claim.policeReport),
    total_claim_amount: fromCents(claim.amountCents),
    injury_claim: fromCents(claim.injuryAmountCents),
    property_claim: fromCents(claim.propertyAmountCents),
    vehicle_claim: fromCents(claim.vehicleAmountCents),
    auto_make: text(d.make),
    auto_model: text(d.model),
    auto_year: text(d.year),
  };
}

/** Maps a claim on any policy type to a general-schema row (features every claim has). */
export function appClaimToGeneralRecord(input: AppClaimInput): RawRecord {
  const { policy, holder, claim } = input;
  return {
    policy_number: null,
    policy_type: input.policyType,
    policy_start_date: formatDayNumber(dayNumber(policy.startDate)),
    holder_age: holder.dateOfBirth ? String(wholeYearsBetween(holder.dateOfBirth, claim.incidentDate)) : null,
    months_as_customer: String(wholeMonthsBetween(holder.customerSince, claim.incidentDate)),
    annual_premium: fromCents(policy.premiumCents),
    sum_insured: fromCents(policy.sumInsuredCents),
    claim_amount: fromCents(claim.amountCents),
    incident_date: formatDayNumber(dayNumber(claim.incidentDate)),
    report_date: formatDayNumber(dayNumber(claim.reportedAt)),
    incident_hour_of_the_day: count(claim.incidentHour),
    prior_claims_on_policy: count(claim.priorClaimsOnPolicy),
    prior_claims_by_holder: count(holder.priorClaimsByHolder),
    police_report_available: yesNo(claim.policeReport),
    witnesses: count(claim.witnesses),
  };
}

/** The model kind and schema row for an app claim. */
export function appClaimToRecord(input: AppClaimInput): { kind: ModelKind; record: RawRecord } {
  const kind = modelKindForPolicy(input.policyType);
  return { kind, record: kind === "motor" ? appClaimToMotorRecord(input) : appClaimToGeneralRecord(input) };
}

/**
 * Exports labelled app claims as a training CSV of one kind (claims of the other kind are
 * skipped), ready for `npm run ml:train -- --data export.csv`.
 */
export function formatAppTrainingCsv(kind: ModelKind, examples: readonly { input: AppClaimInput; fraud: boolean }[]): string {
  const chosen = examples.filter((e) => modelKindForPolicy(e.input.policyType) === kind);
  const records = chosen.map((e) => (kind === "motor" ? appClaimToMotorRecord(e.input) : appClaimToGeneralRecord(e.input)));
  return formatDatasetCsv(kind, records, chosen.map((e) => (e.fraud ? 1 : 0)));
}
