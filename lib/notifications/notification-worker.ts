import { hostname } from "node:os";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import type { SmsSender } from "@/lib/notifications/sms-sender";
import { deliverDueNotifications } from "@/lib/notifications/deliver-notifications";
import { sweepPolicyExpiry } from "@/lib/notifications/sweep-policy-expiry";
import { expireHeldNotifications } from "@/lib/notifications/expire-held-notifications";
import { pruneRateLimits } from "@/lib/rate-limit/fixed-window";

export type NotificationWorkerOptions = {
  db: Db;
  sender: SmsSender;
  pollMs: number;
  /** How often to run the policy expiry sweep. */
  sweepEveryMs?: number;
  batchSize?: number;
  /** The standalone worker keeps the process alive; inside the app the timers must not. */
  keepProcessAlive?: boolean;
  log?: (line: string) => void;
};

export type NotificationWorker = { workerId: string; stop: () => Promise<void> };

/** A unique, readable id for one worker: host, process and a random suffix. */
export function newWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/**
 * Polls the outbox every `pollMs`: delivers due SMS (draining full batches back to back) and, once every
 * `sweepEveryMs`, runs the policy expiry sweep. Any number of these may run at once, in app instances or
 * standalone workers; the claim protocol keeps each message to one sender. `stop()` lets the current
 * batch finish; a process killed mid-send is covered by the lease (see deliver-notifications.ts).
 */
export function startNotificationWorker(opts: NotificationWorkerOptions): NotificationWorker {
  const workerId = newWorkerId();
  const log = opts.log ?? ((l: string) => console.info(l));
  const sweepEveryMs = opts.sweepEveryMs ?? 60_000;
  const limit = opts.batchSize ?? 20;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> | undefined;
  let lastSweep = 0;

  const tick = async () => {
    try {
      if (Date.now() - lastSweep >= sweepEveryMs) {
        lastSweep = Date.now();
        const swept = await sweepPolicyExpiry(opts.db, new Date());
        if (swept.reminded || swept.expired) log(`[worker] expiry sweep: ${swept.reminded} reminder(s), ${swept.expired} policy(ies) expired`);
        const held = await expireHeldNotifications(opts.db, new Date());
        if (held) log(`[worker] ${held} message(s) expired waiting for phone verification`);
        // rate-limit windows are at most a day long; older rows only take space
        await pruneRateLimits(opts.db, new Date(Date.now() - 2 * 24 * 60 * 60_000));
      }
      while (!stopped) {
        const r = await deliverDueNotifications(opts.db, opts.sender, { workerId, limit, now: new Date(), log });
        if (r.claimed < limit) break;
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
