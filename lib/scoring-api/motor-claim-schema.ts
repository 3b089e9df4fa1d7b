import { z } from "zod";
import { LABEL_COLUMN, MOTOR_COLUMNS, type RawRecord } from "@/ml/fraud/dataset-schema";
import { cleanCell, formatDayNumber, parseDayNumber } from "@/ml/fraud/read-dataset";

/**
 * One claim of the scoring API: a row of the motor CSV schema (MOTOR_COLUMNS, the public motor-fraud
 * layout) as a JSON object. The zod schema is built from the column list and a spec per column, so a
 * column added to the schema without a spec fails to compile. Values may be strings or numbers, and
 * null / "?" / "" / "NA" mean missing, exactly as in the CSV; the output is the RawRecord the scorer
 * reads (every input column present, strings or null, numbers and dates normalised).
 */

/** The columns a client sends: the motor schema without the fraud label. */
export type MotorInputColumn = Exclude<(typeof MOTOR_COLUMNS)[number], typeof LABEL_COLUMN>;
export const MOTOR_INPUT_COLUMNS = MOTOR_COLUMNS.filter((c): c is MotorInputColumn => c !== LABEL_COLUMN);

export type ColumnSpec = { required?: boolean; description?: string } & (
  | { type: "integer" | "number"; min: number; max: number }
  | { type: "text"; maxLength: number }
  | { type: "date" }
  | { type: "yes-no" }
  | { type: "csl" }
);

const MONEY_MAX = 100_000_000;
const text = (maxLength: number, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({ type: "text", maxLength, ...extra }) as ColumnSpec;
const int = (min: number, max: number, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({ type: "integer", min, max, ...extra }) as ColumnSpec;
const money = (min = 0, max = MONEY_MAX, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({ type: "number", min, max, ...extra }) as ColumnSpec;

/** Type and sane range of every input column (the public data's ranges, with room for real portfolios). */
export const MOTOR_COLUMN_SPECS: Record<MotorInputColumn, ColumnSpec> = {
  months_as_customer: int(0, 1200),
  age: int(16, 120),
  policy_number: text(40, { description: "Echoed back in the result so you can match it" }),
  policy_bind_date: { type: "date" },
  policy_state: text(40),
  policy_csl: { type: "csl", description: "Liability limits per person / per accident in thousands, e.g. 250/500" },
  policy_deductable: money(0, 1_000_000),
  policy_annual_premium: money(0, 1_000_000),
  umbrella_limit: money(0, 1_000_000_000),
  insured_zip: text(20),
  insured_sex: text(20, { description: "Accepted for layout compatibility; never used by the model" }),
  insured_education_level: text(60),
  insured_occupation: text(60),
  insured_hobbies: text(60),
  insured_relationship: text(60),
  "capital-gains": money(0, MONEY_MAX),
  "capital-loss": money(-MONEY_MAX, MONEY_MAX, { description: "Usually negative, as in the public data" }),
  incident_date: { type: "date", required: true },
  incident_type: text(60, { required: true, description: "e.g. Single Vehicle Collision, Multi-vehicle Collision, Vehicle Theft, Parked Car" }),
  collision_type: text(60),
  incident_severity: text(60, { required: true, description: "Trivial Damage, Minor Damage, Major Damage or Total Loss" }),
  authorities_contacted: text(60),
  incident_state: text(40),
  incident_city: text(60),
  incident_location: text(200),
  incident_hour_of_the_day: int(0, 23),
  number_of_vehicles_involved: int(1, 50),
  property_damage: { type: "yes-no" },
  bodily_injuries: int(0, 100),
  witnesses: int(0, 100),
  police_report_available: { type: "yes-no" },
  total_claim_amount: money(0, MONEY_MAX, { required: true }),
  injury_claim: money(),
  property_claim: money(),
  vehicle_claim: money(),
  auto_make: text(60),
  auto_model: text(60),
  auto_year: int(1900, 2100),
};

const fmt = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const DATE_MIN_YEAR = 1900;
const DATE_MAX_YEAR = 2100;
const PLAIN_NUMBER = /^[-+]?\d+(\.\d+)?$/;
const GROUPED_NUMBER = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const YES = new Set(["YES", "Y", "TRUE", "1"]);
const NO = new Set(["NO", "N", "FALSE", "0"]);

/** What a column accepts, in words (used in error messages and the API description). */
export function describeColumn(spec: ColumnSpec): string {
  switch (spec.type) {
    case "integer":
      return `a whole number from ${fmt.format(spec.min)} to ${fmt.format(spec.max)}`;
    case "number":
      return `a number from ${fmt.format(spec.min)} to ${fmt.format(spec.max)}`;
    case "text":
      return `text of at most ${spec.maxLength} characters`;
    case "date":
      return "a date written M/D/YYYY, DD-MM-YYYY or YYYY-MM-DD";
    case "yes-no":
      return "YES or NO";
    case "csl":
      return "two limits in thousands, per person/per accident, e.g. 250/500";
  }
}

type Cell = { ok: true; value: string | null } | { ok: false };

/** Normalises one value for a column; `{ ok: false }` when it is not acceptable. */
function normaliseCell(spec: ColumnSpec, raw: unknown): Cell {
  if (raw === undefined || raw === null) return { ok: true, value: null };
  let textValue: string;
  if (typeof raw === "string") textValue = raw;
  else if (typeof raw === "number" && Number.isFinite(raw)) textValue = String(raw);
  else if (typeof raw === "boolean" && spec.type === "yes-no") textValue = raw ? "YES" : "NO";
  else return { ok: false };
  const cleaned = cleanCell(textValue);
  if (cleaned === null) return { ok: true, value: null };
  switch (spec.type) {
    case "integer":
    case "number": {
      if (!PLAIN_NUMBER.test(cleaned) && !GROUPED_NUMBER.test(cleaned)) return { ok: false };
      const n = Number(cleaned.replace(/,/g, ""));
      if (!Number.isFinite(n) || n < spec.min || n > spec.max) return { ok: false };
      if (spec.type === "integer" && !Number.isInteger(n)) return { ok: false };
      return { ok: true, value: String(n) };
    }
    case "text":
      return cleaned.length <= spec.maxLength ? { ok: true, value: cleaned } : { ok: false };
    case "date": {
      const day = parseDayNumber(cleaned);
      if (day === null) return { ok: false };
      const year = new Date(day * 86_400_000).getUTCFullYear();
      if (year < DATE_MIN_YEAR || year > DATE_MAX_YEAR) return { ok: false };
      return { ok: true, value: formatDayNumber(day) };
    }
    case "yes-no": {
      const v = cleaned.toUpperCase();
      return YES.has(v) ? { ok: true, value: "YES" } : NO.has(v) ? { ok: true, value: "NO" } : { ok: false };
    }
    case "csl": {
      const m = /^(\d{1,6})\s*\/\s*(\d{1,6})$/.exec(cleaned);
      return m ? { ok: true, value: `${Number(m[1])}/${Number(m[2])}` } : { ok: false };
    }
  }
}

function columnSchema(spec: ColumnSpec) {
  return z
    .unknown()
    .optional()
    .transform((raw, ctx) => {
      const cell = normaliseCell(spec, raw);
      if (!cell.ok) {
        ctx.addIssue({ code: "custom", message: `Must be ${describeColumn(spec)}${spec.required ? "" : ", or null when unknown"}.` });
        return z.NEVER;
      }
      if (cell.value === null && spec.required) {
        ctx.addIssue({ code: "custom", message: `Required: ${describeColumn(spec)}.` });
        return z.NEVER;
      }
      return cell.value;
    });
}

/** One claim in the motor schema; unknown keys (the fraud label included) are refused. */
export const motorClaimSchema = z.strictObject(
  Object.fromEntries(MOTOR_INPUT_COLUMNS.map((c) => [c, columnSchema(MOTOR_COLUMN_SPECS[c])])) as Record<MotorInputColumn, ReturnType<typeof columnSchema>>,
);

/** A problem with one column of one claim (`column` null when the claim as a whole is wrong). */
export type ClaimFieldError = { index: number; column: string | null; message: string };

export type ParsedClaim = { ok: true; record: RawRecord } | { ok: false; errors: ClaimFieldError[] };

/** Validates one claim at `index` of the request into the scorer's RawRecord, or its field errors. */
export function parseMotorClaim(value: unknown, index: number): ParsedClaim {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, errors: [{ index, column: null, message: "Each claim must be a JSON object whose keys are motor-schema columns." }] };
  }
  const parsed = motorClaimSchema.safeParse(value);
  if (parsed.success) return { ok: true, record: parsed.data as RawRecord };
  const errors: ClaimFieldError[] = [];
  for (const issue of parsed.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        errors.push({
          index,
          column: key,
          message: key === LABEL_COLUMN ? `${LABEL_COLUMN} is the fraud label, not an input: leave it out.` : "Unknown column: not part of the motor schema.",
        });
      }
    } else {
      errors.push({ index, column: issue.path.map(String).join(".") || null, message: issue.message });
    }
  }
  return { ok: false, errors };
}
