import { scoreClaimsEndpoint } from "@/lib/scoring-api/endpoint";

export const dynamic = "force-dynamic";

/** Fraud scoring for other systems: see README "Scoring API". */
export function POST(request: Request): Promise<Response> {
  return scoreClaimsEndpoint(request);
}
