import "server-only";
import { db } from "@/lib/db";
import { loggerFor } from "@/lib/logging/logger";

export type HealthReport = { status: "ok"; db: "ok" } | { status: "degraded"; db: "error" };

/** Liveness and database reachability (GET /api/health). The reason for a failure is logged, never returned. */
export async function checkHealth(): Promise<HealthReport> {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return { status: "ok", db: "ok" };
  } catch (e) {
    loggerFor("health").error({ err: e }, "database unreachable");
    return { status: "degraded", db: "error" };
  }
}
