import { checkHealth } from "@/lib/metrics/health";

export const dynamic = "force-dynamic";

/** Liveness and database reachability for load balancers and the test harness. */
export async function GET() {
  const report = await checkHealth();
  return Response.json(report, { status: report.status === "ok" ? 200 : 503 });
}
