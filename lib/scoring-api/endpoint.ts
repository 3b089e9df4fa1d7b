import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { motorModelInfo, scoreMotorRecord } from "@/ml/fraud/score";
import { handleScoreRequest } from "@/lib/scoring-api/handle-score-request";

/** The scoring API with the app's database, configured limits and the default motor model. */
export function scoreClaimsEndpoint(request: Request): Promise<Response> {
  const e = env();
  return handleScoreRequest(
    db,
    request,
    { requestsPerWindow: e.SCORING_API_REQUESTS_PER_MINUTE, windowMs: 60_000, maxBodyBytes: e.SCORING_API_MAX_BODY_BYTES },
    { score: scoreMotorRecord, model: motorModelInfo },
  );
}
