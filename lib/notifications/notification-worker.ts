import "server-only";
import { hostname } from "node:os";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import type { SmsSender } from "@/lib/notifications/sms-sender";
import { deliverDueNotifications } from "@/lib/notifications/deliver-notifications";
import { recordWorkerHeartbeat } from "@/lib/notifications/worker-heartbeat";
import { loggerFor } from "@/lib/logging/logger";
import { expireHeldNotifications } from "@/lib/notifications/expire-held-notifications";
import { pruneRateLimits } from "@/lib/rate-limit/fixed-window";

export type NotificationWorkerOptions = {
  db: Db;
  sender: SmsSender;
  pollMs: number;
  /**
   * Periodic housekeeping run every `sweepEveryMs` (default a minute) by the same loop: the app passes the
   * policy expiry sweep (lib/policies/sweep-policy-expiry.ts), which queues its own SMS. Counts it returns
   * are logged when any is non-zero. Injected so notifications do not depend on the policy rules.
   */
  sweep?: (db: Db, now: Date) => Promise<Record<string, number>>;
  sweepEveryMs?: number;
  batchSize?: number;
  /** The standalone worker keeps the process alive; inside the app the timers must not. */
  keepProcessAlive?: boolean;
  /** Recorded with the heartbeat (WorkerHeartbeat row) so operators can tell the two apart. */
  mode?: "in-app" | "standalone";
  /** Minimum time between heartbeats written to the database (default 30 s); the first loop always beats. */
  heartbeatEveryMs?: number;
  log?: (line: string) => void;
};

export type NotificationWorker = { workerId: string; stop: () => Promise<void> };

/** A unique, readable id for one worker: host, process and a random suffix. */
export function newWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/**
 * Polls the outbox every `pollMs`: delivers due SMS (draining full batches back to back) and, once every
 * `sweepEveryMs`, runs the sweep it was given (the policy expiry sweep). Any number of these may run at once, in app instances or
 * standalone workers; the claim protocol keeps each message to one sender. `stop()` lets the current
 * batch finish; a process killed mid-send is covered by the lease (see deliver-notifications.ts).
 */
export function startNotificationWorker(opts: NotificationWorkerOptions): NotificationWorker {
  const workerId = newWorkerId();
  const log = opts.log ?? ((l: string) => loggerFor("worker").info(l));
  const sweepEveryMs = opts.sweepEveryMs ?? 60_000;
  const limit = opts.batchSize ?? 20;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> | undefined;
  let lastSweep = 0;
  let lastBeat = 0;
  const heartbeatEveryMs = opts.heartbeatEveryMs ?? 30_000;
  const identity = { workerId, mode: opts.mode ?? "in-app", startedAt: new Date() } as const;

  const tick = async () => {
    try {
      if (Date.now() - lastSweep >= sweepEveryMs) {
        lastSweep = Date.now();
        if (opts.sweep) {
          const swept = await opts.sweep(opts.db, new Date());
          if (Object.values(swept).some((n) => n > 0))
            log(`[worker] sweep: ${Object.entries(swept).map(([k, n]) => `${k} ${n}`).join(", ")}`);
        }
        const held = await expireHeldNotifications(opts.db, new Date());
        if (held) log(`[worker] ${held} message(s) expired waiting for phone verification`);
        // rate-limit windows are at most a day long; older rows only take space
        await pruneRateLimits(opts.db, new Date(Date.now() - 2 * 24 * 60 * 60_000));
      }
      while (!stopped) {
        const r = await deliverDueNotifications(opts.db, opts.sender, { workerId, limit, now: new Date(), log });
        if (r.claimed < limit) break;
      }
      // After a full pass, so the beat means "delivering", not merely "alive".
      if (Date.now() - lastBeat >= heartbeatEveryMs) {
        lastBeat = Date.now();
        await recordWorkerHeartbeat(opts.db, identity);
      }
    } catch (err) {
      // A database hiccup must not kill the loop; leases make any half-done row safe to pick up again.
      log(`[worker] poll failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      current = tick().finally(() => {
        current = undefined;
        schedule(opts.pollMs);
      });
    }, ms);
    if (!opts.keepProcessAlive) timer.unref();
  };
  schedule(0);

  return {
    workerId,
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}
