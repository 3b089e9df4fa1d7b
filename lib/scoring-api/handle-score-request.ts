import "server-only";
import type { Db } from "@/lib/db";
import { bearerToken } from "@/lib/api-keys/api-key-secret";
import { authenticateApiKey } from "@/lib/api-keys/authenticate-api-key";
import { hitRateLimit } from "@/lib/rate-limit/fixed-window";
import { readCappedBody } from "@/lib/scoring-api/read-capped-body";
import { scoreClaimsBody, MAX_CLAIMS_PER_REQUEST, type ApiErrorBody, type ApiErrorCode, type MotorScorer } from "@/lib/scoring-api/score-claims";

/**
 * `POST /api/v1/claims/score`, minus the wiring: takes the database, the limits and the scorer so
 * integration tests run it on their own database. Checks in this order, cheapest and least revealing
 * first: API key (401) → rate limit per key (429) → content type (415) → body size while reading (413)
 * → JSON and every claim (400) → scores (200). Every answer is JSON of a fixed shape; an unexpected
 * error is logged and answered 500 without details.
 */

export type ScoreApiLimits = {
  /** requests allowed per key per window */
  requestsPerWindow: number;
  windowMs: number;
  maxBodyBytes: number;
  maxClaims?: number;
};

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

function json(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

function error(status: number, code: ApiErrorCode, message: string, headers: Record<string, string> = {}): Response {
  return json({ error: { code, message } } satisfies ApiErrorBody, status, headers);
}

export async function handleScoreRequest(db: Db, request: Request, limits: ScoreApiLimits, scorer: MotorScorer, now: Date = new Date()): Promise<Response> {
  try {
    const presented = bearerToken(request.headers.get("authorization"));
    const key = await authenticateApiKey(db, presented, now);
    if (!key) {
      // RFC 6750: say which scheme is expected; "invalid_token" only when a token was sent.
      const challenge = presented ? 'Bearer realm="scoring-api", error="invalid_token"' : 'Bearer realm="scoring-api"';
      const message = presented ? "The API key is not valid or has been revoked." : "Send an API key: Authorization: Bearer <key>.";
      return error(401, "unauthorized", message, { "WWW-Authenticate": challenge });
    }

    const rate = await hitRateLimit(db, `api-key:${key.id}`, limits.requestsPerWindow, limits.windowMs, now);
    const rateHeaders = {
      "X-RateLimit-Limit": String(rate.limit),
      "X-RateLimit-Remaining": String(Math.max(0, rate.limit - rate.count)),
      "X-RateLimit-Reset": String(Math.ceil(rate.resetAt.getTime() / 1000)),
    };
    if (!rate.allowed) {
      const retryAfter = Math.max(1, Math.ceil((rate.resetAt.getTime() - now.getTime()) / 1000));
      return error(429, "rate_limited", `This key may make ${rate.limit} requests per ${Math.round(limits.windowMs / 1000)} seconds; retry in ${retryAfter} s.`, {
        ...rateHeaders,
        "Retry-After": String(retryAfter),
      });
    }

    if (!JSON_TYPE.test(request.headers.get("content-type") ?? "")) {
      return error(415, "unsupported_media_type", "Send the claims as JSON with Content-Type: application/json.", rateHeaders);
    }

    const body = await readCappedBody(request, limits.maxBodyBytes);
    if (!body.ok) {
      return body.reason === "too_large"
        ? error(413, "body_too_large", `The body is larger than ${limits.maxBodyBytes.toLocaleString("en-US")} bytes; send fewer claims per request.`, rateHeaders)
        : error(400, "invalid_json", "The body is not valid UTF-8 text.", rateHeaders);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.text);
    } catch (e) {
      // JSON.parse's message names the position ("Unexpected token } in JSON at position 12"): useful, and not internal.
      return error(400, "invalid_json", `The body is not valid JSON: ${(e as Error).message}`, rateHeaders);
    }

    const outcome = await scoreClaimsBody(parsed, scorer, limits.maxClaims ?? MAX_CLAIMS_PER_REQUEST);
    return outcome.ok ? json(outcome.body, 200, rateHeaders) : json(outcome.body, outcome.status, rateHeaders);
  } catch (e) {
    console.error("[scoring-api] unexpected error", e);
    return error(500, "internal", "Something went wrong on our side. Please try again.");
  }
}
