/**
 * Column layouts of the two CSV schemas the pipeline accepts. The motor schema is the public
 * auto-insurance fraud layout (insurers' exports and the public benchmark use it); the general
 * schema holds what every claim has, for policy types other than car and bike.
 */

/** Which model family a dataset / claim belongs to. */
export type ModelKind = "motor" | "general";

/** One CSV row by column name; `null` where the file had '?' or an empty cell. */
export type RawRecord = Record<string, string | null>;

/** Name of the Y/N label column in both schemas. */
export const LABEL_COLUMN = "fraud_reported";

/** Columns of the public motor-insurance fraud schema, in file order. */
export const MOTOR_COLUMNS = [
  "months_as_customer", "age", "policy_number", "policy_bind_date", "policy_state", "policy_csl",
  "policy_deductable", "policy_annual_premium", "umbrella_limit", "insured_zip", "insured_sex",
  "insured_education_level", "insured_occupation", "insured_hobbies", "insured_relationship",
  "capital-gains", "capital-loss", "incident_date", "incident_type", "collision_type",
  "incident_severity", "authorities_contacted", "incident_state", "incident_city", "incident_location",
  "incident_hour_of_the_day", "number_of_vehicles_involved", "property_damage", "bodily_injuries",
  "witnesses", "police_report_available", "total_claim_amount", "injury_claim", "property_claim",
  "vehicle_claim", "auto_make", "auto_model", "auto_year", LABEL_COLUMN,
] as const;

/** Columns of the general (non-motor) claims schema, in file order. */
export const GENERAL_COLUMNS = [
  "policy_number", "policy_type", "policy_start_date", "holder_age", "months_as_customer",
  "annual_premium", "sum_insured", "claim_amount", "incident_date", "report_date",
  "incident_hour_of_the_day", "prior_claims_on_policy", "prior_claims_by_holder",
  "police_report_available", "witnesses", LABEL_COLUMN,
] as const;

/** The column list for a kind. */
export function columnsOf(kind: ModelKind): readonly string[] {
  return kind === "motor" ? MOTOR_COLUMNS : GENERAL_COLUMNS;
}
