import { z } from "zod";
import { CLAIM_STATUSES } from "@/lib/claims/claim-transitions";
import { POLICY_TYPES } from "@/lib/policies/policy-types";
import { isRealIsoDate } from "@/lib/policies/policy-dates";

/*
 * The claims desk's filters as they travel in the URL (?status=…&type=…&from=…&to=…&decision=…&q=…&page=…).
 * One parser for the page, the CSV export and the tests: anything unknown or malformed is dropped, so a
 * hand-edited URL narrows nothing by accident and never errors.
 */

export const FRAUD_DECISIONS = ["approve", "investigate"] as const;
export type FraudDecision = (typeof FRAUD_DECISIONS)[number];
export const FRAUD_DECISION_LABELS: Record<FraudDecision, string> = { approve: "Model: approve", investigate: "Model: investigate" };

const oneOf = <T extends readonly string[]>(values: T) =>
  z
    .string()
    .optional()
    .transform((v) => ((values as readonly string[]).includes(v ?? "") ? (v as T[number]) : undefined));
const isoDay = z
  .string()
  .optional()
  .transform((v) => (v && isRealIsoDate(v) ? v : undefined));

export const claimsFilterSchema = z.object({
  status: oneOf(CLAIM_STATUSES),
  type: oneOf(POLICY_TYPES),
  decision: oneOf(FRAUD_DECISIONS),
  /** submitted on or after this calendar day (UTC) */
  from: isoDay,
  /** submitted on or before this calendar day (UTC) */
  to: isoDay,
  /** a claim or policy number, or part of one */
  q: z
    .string()
    .optional()
    .transform((v) => v?.trim().slice(0, 40).toUpperCase() || undefined),
});
/** Every key optional: callers and tests pass only the filters they use. */
export type ClaimsFilter = Partial<z.output<typeof claimsFilterSchema>>;

type RawParams = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Filters from URL search params (or any record of strings). */
export function parseClaimsFilter(params: RawParams | URLSearchParams): ClaimsFilter {
  const get = (k: string) => (params instanceof URLSearchParams ? (params.get(k) ?? undefined) : first(params[k]));
  return claimsFilterSchema.parse({ status: get("status"), type: get("type"), decision: get("decision"), from: get("from"), to: get("to"), q: get("q") });
}

/** A 1-based page number from the URL; anything else is page 1. */
export function parsePage(params: RawParams | URLSearchParams): number {
  const raw = params instanceof URLSearchParams ? params.get("page") : first(params.page);
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}

/** The filter back as a query string (empty values left out), for links and the export. */
export function filterToQuery(filter: Partial<Record<string, string | number | undefined>>): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (v !== undefined && v !== "") sp.set(k, String(v));
  const s = sp.toString();
  return s ? `?${s}` : "";
}
