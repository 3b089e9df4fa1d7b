import "server-only";
import { env } from "@/lib/env";
import { scoringApiDescription } from "@/lib/scoring-api/openapi";

/** The scoring API's OpenAPI description with this deployment's limits. */
export function scoringApiDescriptionResponse(): Response {
  const e = env();
  return Response.json(scoringApiDescription({ requestsPerMinute: e.SCORING_API_REQUESTS_PER_MINUTE, maxBodyBytes: e.SCORING_API_MAX_BODY_BYTES }), {
    headers: { "Cache-Control": "public, max-age=300" },
  });
}
