import { scoringApiDescriptionResponse } from "@/lib/scoring-api/openapi-endpoint";

export const dynamic = "force-dynamic";

/** Machine-readable description of the scoring API (OpenAPI 3.1). */
export function GET(): Response {
  return scoringApiDescriptionResponse();
}
