import { db } from "@/lib/db";
import { loggerFor } from "@/lib/logging/logger";

export const dynamic = "force-dynamic";

/** Liveness and database reachability for load balancers and the test harness. */
export async function GET() {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return Response.json({ status: "ok", db: "ok" });
  } catch (e) {
    loggerFor("health").error({ err: e }, "database unreachable");
    return Response.json({ status: "degraded", db: "error" }, { status: 503 });
  }
}
