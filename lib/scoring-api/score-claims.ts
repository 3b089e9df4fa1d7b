import type { RawRecord } from "@/ml/fraud/dataset-schema";
import type { FraudReason, FraudScore } from "@/ml/fraud/scorer-core";
import { parseMotorClaim, type ClaimFieldError } from "@/lib/scoring-api/motor-claim-schema";

/**
 * The validation + scoring half of the scoring API, free of HTTP and the database: a parsed JSON
 * body (one claim or an array) → every claim validated, then every claim scored; or the field errors
 * of all claims. Nothing is scored unless every claim is valid, so a client fixes and resends one batch.
 * The scorer is passed in: the app passes `scoreMotorRecord` from ml/fraud/score.ts, the benchmark the
 * same function's core.
 */

/** At most this many claims per request. */
export const MAX_CLAIMS_PER_REQUEST = 1000;
/** At most this many field errors are listed (a batch of 1,000 broken rows would be a huge answer). */
export const MAX_LISTED_ERRORS = 200;

export type MotorScorer = {
  score: (record: RawRecord) => FraudScore;
  model: () => ModelInfo;
};
export type ModelInfo = { kind: "motor"; version: string; threshold: number; anomalyThreshold: number };

export type ClaimResult = {
  index: number;
  policyNumber: string | null;
  probability: number;
  decision: FraudScore["decision"];
  anomalyScore: number;
  reasons: FraudReason[];
  modelVersion: string;
  modelKind: FraudScore["modelKind"];
};

export type ScoreResponseBody = { model: ModelInfo; count: number; results: ClaimResult[] };

export type ApiErrorCode =
  | "unauthorized"
  | "rate_limited"
  | "unsupported_media_type"
  | "body_too_large"
  | "too_many_claims"
  | "invalid_json"
  | "invalid_claims"
  | "internal";
export type ApiErrorBody = { error: { code: ApiErrorCode; message: string; fields?: ClaimFieldError[]; errorCount?: number } };

export type ScoreOutcome = { ok: true; body: ScoreResponseBody } | { ok: false; status: 400 | 413; body: ApiErrorBody };

function failure(status: 400 | 413, code: ApiErrorCode, message: string, fields?: ClaimFieldError[]): ScoreOutcome {
  if (!fields) return { ok: false, status, body: { error: { code, message } } };
  return { ok: false, status, body: { error: { code, message, fields: fields.slice(0, MAX_LISTED_ERRORS), errorCount: fields.length } } };
}

/**
 * Claims scored between yields to the event loop. A claim with reasons costs about a millisecond, so a
 * batch of 1,000 would otherwise hold the process for a second and stall every other request it serves.
 */
const CLAIMS_PER_SLICE = 20;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Validates and scores a parsed request body. */
export async function scoreClaimsBody(json: unknown, scorer: MotorScorer, maxClaims = MAX_CLAIMS_PER_REQUEST): Promise<ScoreOutcome> {
  const claims = Array.isArray(json) ? json : [json];
  if (claims.length === 0) return failure(400, "invalid_claims", "Send one claim object or an array of 1 to 1,000 claims; the array was empty.");
  if (claims.length > maxClaims) {
    return failure(413, "too_many_claims", `Send at most ${maxClaims.toLocaleString("en-US")} claims per request (this one had ${claims.length.toLocaleString("en-US")}); split the batch.`);
  }
  const records: RawRecord[] = [];
  const errors: ClaimFieldError[] = [];
  claims.forEach((claim, index) => {
    const parsed = parseMotorClaim(claim, index);
    if (parsed.ok) records.push(parsed.record);
    else errors.push(...parsed.errors);
  });
  if (errors.length > 0) {
    const bad = new Set(errors.map((e) => e.index)).size;
    return failure(400, "invalid_claims", `Invalid claims (${bad} of ${claims.length}); nothing was scored. Each problem is listed in fields.`, errors);
  }
  const results: ClaimResult[] = [];
  for (const [index, record] of records.entries()) {
    if (index > 0 && index % CLAIMS_PER_SLICE === 0) await yieldToEventLoop();
    const s = scorer.score(record);
    results.push({
      index,
      policyNumber: record.policy_number ?? null,
      probability: s.probability,
      decision: s.decision,
      anomalyScore: s.anomaly,
      reasons: s.reasons,
      modelVersion: s.modelVersion,
      modelKind: s.modelKind,
    });
  }
  return { ok: true, body: { model: scorer.model(), count: results.length, results } };
}
