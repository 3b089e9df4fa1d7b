import "server-only";
import type { Db } from "@/lib/db";

/** Beats older than this belong to workers long gone (restarts make new ids); they are pruned. */
const KEEP_MS = 24 * 60 * 60_000;

export type HeartbeatIdentity = { workerId: string; mode: "in-app" | "standalone"; startedAt: Date };

/**
 * Records that a delivery worker has just completed a loop, in a row any process can read (the metrics
 * endpoint reports the freshest beat's age). Upsert by worker id; beats from workers silent for a day are
 * deleted in the same call.
 */
export async function recordWorkerHeartbeat(db: Db, w: HeartbeatIdentity, now = new Date()): Promise<void> {
  await db.workerHeartbeat.upsert({
    where: { workerId: w.workerId },
    create: { workerId: w.workerId, mode: w.mode, startedAt: w.startedAt, lastBeatAt: now },
    update: { lastBeatAt: now },
  });
  await db.workerHeartbeat.deleteMany({ where: { lastBeatAt: { lt: new Date(now.getTime() - KEEP_MS) } } });
}
