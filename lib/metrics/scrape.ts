import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { Registry } from "prom-client";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { loggerFor } from "@/lib/logging/logger";
import { operationalRegistry, readOperationalSnapshot } from "@/lib/metrics/operational-metrics";
import { processMetrics } from "@/lib/metrics/registry";

export type ScrapeResult = { status: 200 | 401 | 404 | 503; body: string; contentType?: string };

/** Constant-time comparison of a presented bearer token with the configured one (hashes have equal length). */
export function bearerMatches(authorization: string | null, expected: string): boolean {
  const presented = /^Bearer\s+(.+)$/i.exec(authorization?.trim() ?? "")?.[1] ?? "";
  const a = createHash("sha256").update(presented).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b) && presented.length > 0;
}

/**
 * One Prometheus scrape: 404 when METRICS_TOKEN is not set (the endpoint does not exist), 401 for a missing
 * or wrong token, else this process's series merged with the database's figures (503 if the database is
 * unreachable, which Prometheus records as a failed scrape).
 */
export async function scrapeMetrics(authorization: string | null): Promise<ScrapeResult> {
  const token = env().METRICS_TOKEN;
  if (!token) return { status: 404, body: "Not found" };
  if (!bearerMatches(authorization, token)) return { status: 401, body: "Unauthorized" };
  const own = processMetrics().registry;
  try {
    const merged = Registry.merge([own, operationalRegistry(await readOperationalSnapshot(db))]);
    return { status: 200, body: await merged.metrics(), contentType: own.contentType };
  } catch (err) {
    loggerFor("metrics").error({ err }, "scrape failed: database figures unavailable");
    return { status: 503, body: "Metrics unavailable" };
  }
}
