import "server-only";
import { Gauge, Registry } from "prom-client";
import type { Db } from "@/lib/db";

/** A worker that has not beaten for this long is no longer counted as running. */
export const WORKER_RECENT_MS = 5 * 60_000;

export type OperationalSnapshot = {
  claims: { decision: string; status: string; count: number }[];
  outbox: { status: string; count: number }[];
  oldestQueuedAgeSeconds: number;
  /** Seconds since the freshest worker's last beat; null when no worker has ever beaten. */
  heartbeatAgeSeconds: number | null;
  recentWorkers: number;
};

/**
 * Reads the figures that live in the database, so every instance reports the same values whichever one is
 * scraped: claims by fraud decision and status, outbox rows by status, the age of the oldest queued SMS and
 * the delivery workers' heartbeat. Each is one indexed aggregate (group by, min or max), cheap per scrape.
 */
export async function readOperationalSnapshot(db: Db, now = new Date()): Promise<OperationalSnapshot> {
  const [claims, outbox, oldestQueued, freshest, recentWorkers] = await Promise.all([
    db.claim.groupBy({ by: ["fraudDecision", "status"], _count: { _all: true } }),
    db.notification.groupBy({ by: ["status"], _count: { _all: true } }),
    db.notification.aggregate({ where: { status: "QUEUED" }, _min: { createdAt: true } }),
    db.workerHeartbeat.aggregate({ _max: { lastBeatAt: true } }),
    db.workerHeartbeat.count({ where: { lastBeatAt: { gte: new Date(now.getTime() - WORKER_RECENT_MS) } } }),
  ]);
  const ageSeconds = (d: Date) => Math.max(0, (now.getTime() - d.getTime()) / 1000);
  return {
    claims: claims.map((c) => ({ decision: c.fraudDecision, status: c.status, count: c._count._all })),
    outbox: outbox.map((o) => ({ status: o.status, count: o._count._all })),
    oldestQueuedAgeSeconds: oldestQueued._min.createdAt ? ageSeconds(oldestQueued._min.createdAt) : 0,
    heartbeatAgeSeconds: freshest._max.lastBeatAt ? ageSeconds(freshest._max.lastBeatAt) : null,
    recentWorkers,
  };
}

const OUTBOX_STATUSES = ["QUEUED", "SENDING", "SENT", "FAILED"];

/** A registry holding one scrape's database figures (built fresh each scrape, so no stale label sets). */
export function operationalRegistry(s: OperationalSnapshot): Registry {
  const registry = new Registry();
  const claims = new Gauge({
    name: "safeguard_claims",
    help: "Claims in the database by the fraud model's triage decision (approve | investigate) and status.",
    labelNames: ["decision", "status"],
    registers: [registry],
  });
  for (const c of s.claims) claims.set({ decision: c.decision, status: c.status }, c.count);

  const outbox = new Gauge({
    name: "safeguard_outbox_messages",
    help: "SMS outbox rows by status (QUEUED, SENDING, SENT, FAILED).",
    labelNames: ["status"],
    registers: [registry],
  });
  // Every status is reported, zero included, so an alert on FAILED or QUEUED has a series to read.
  const byStatus = new Map(s.outbox.map((o) => [o.status, o.count]));
  for (const status of new Set([...OUTBOX_STATUSES, ...byStatus.keys()])) outbox.set({ status }, byStatus.get(status) ?? 0);

  new Gauge({
    name: "safeguard_outbox_oldest_queued_age_seconds",
    help: "Age of the oldest QUEUED SMS (waiting for its first send or a retry); 0 when none is queued.",
    registers: [registry],
  }).set(s.oldestQueuedAgeSeconds);

  // Absent (not 0, which would read as "just beat") until some worker has run: alert on absent() too.
  if (s.heartbeatAgeSeconds !== null) {
    new Gauge({
      name: "safeguard_worker_heartbeat_age_seconds",
      help: "Seconds since the freshest SMS delivery worker finished a loop (workers beat at most every 30 s).",
      registers: [registry],
    }).set(s.heartbeatAgeSeconds);
  }

  new Gauge({
    name: "safeguard_workers_recent",
    help: "SMS delivery workers (in-app or standalone) that beat within the last 5 minutes.",
    registers: [registry],
  }).set(s.recentWorkers);
  return registry;
}
