import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { activeFraudModel, motorScorerFor } from "@/lib/model-registry/active-model";
import { handleScoreRequest } from "@/lib/scoring-api/handle-score-request";

/** The scoring API with the app's database, configured limits and the active motor model (cached read). */
export async function scoreClaimsEndpoint(request: Request): Promise<Response> {
  const e = env();
  const model = await activeFraudModel(db, "motor");
  return handleScoreRequest(
    db,
    request,
    { requestsPerWindow: e.SCORING_API_REQUESTS_PER_MINUTE, windowMs: 60_000, maxBodyBytes: e.SCORING_API_MAX_BODY_BYTES },
    motorScorerFor(model),
  );
}
