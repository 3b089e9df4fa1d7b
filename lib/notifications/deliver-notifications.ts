import "server-only";
import type { Db } from "@/lib/db";
import { maskPhone } from "@/lib/notifications/mask-phone";
import { SmsSendError, type OutgoingSms, type ProviderReceipt, type SmsSender } from "@/lib/notifications/sms-sender";

// Delivery guarantees (see also README "Notifications and SMS"):
// - Claiming is a compare-and-swap: `updateMany where { id, status, attempts }` as seen when the row was
//   read. Every claim bumps `attempts`, so only one worker's update can match (count === 1); this is one
//   conditional UPDATE, atomic on SQLite and PostgreSQL alike, with no database-specific locking.
// - The claim writes SENDING + attempt + lease *before* the network call, so a worker that dies mid-send
//   leaves a SENDING row whose lease expires; another worker then reclaims it. Nothing is lost.
// - Any attempt after the first (retry, reclaimed lease, admin retry) first asks the provider whether it
//   already holds this message (same recipient and text since the row was recorded, not yet recorded
//   against another row). If so, that provider id is recorded and nothing is sent: a crash after the
//   provider accepted a message but before we stored its id does not produce a second SMS.
// - The lease (60 s) outlasts a look-up plus a send (15 s timeout each), so a live worker's requests
//   always end before its row can be reclaimed by another worker.

export const DEFAULT_LEASE_MS = 60_000;
const BACKOFF_BASE_MS = 10_000;
const BACKOFF_CAP_MS = 15 * 60_000;

export type ClaimedNotification = OutgoingSms & { id: string; kind: string; attempts: number; maxAttempts: number; leaseOwner: string };

export type ClaimOptions = { workerId: string; limit?: number; leaseMs?: number; now?: Date };

/**
 * Claims up to `limit` due rows for `workerId`: QUEUED rows whose next attempt is due, and SENDING rows
 * whose lease has expired (their worker died). Each claimed row becomes SENDING with this worker's lease
 * and one more attempt. Safe to call from any number of workers at once: a row is claimed by one only.
 */
export async function claimDueNotifications(db: Db, { workerId, limit = 20, leaseMs = DEFAULT_LEASE_MS, now = new Date() }: ClaimOptions): Promise<ClaimedNotification[]> {
  const candidates = await db.notification.findMany({
    where: { OR: [{ status: "QUEUED", nextAttemptAt: { lte: now } }, { status: "SENDING", leaseUntil: { lt: now } }] },
    orderBy: { nextAttemptAt: "asc" },
    take: limit * 2,
    select: { id: true, status: true, attempts: true, maxAttempts: true, toPhone: true, body: true, kind: true, createdAt: true },
  });
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const claimed: ClaimedNotification[] = [];
  for (const c of candidates) {
    if (claimed.length >= limit) break;
    const { count } = await db.notification.updateMany({
      where: { id: c.id, status: c.status, attempts: c.attempts },
      data: { status: "SENDING", leaseOwner: workerId, leaseUntil, attempts: c.attempts + 1 },
    });
    if (count !== 1) continue; // another worker got there first
    claimed.push({ id: c.id, notificationId: c.id, kind: c.kind, to: c.toPhone, body: c.body, createdAt: c.createdAt, attempts: c.attempts + 1, maxAttempts: c.maxAttempts, leaseOwner: workerId });
  }
  return claimed;
}

/** Delay before retry number `attempts` + 1: base·2^(attempts−1), capped, plus up to 20% jitter so retries spread out. */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const exp = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(exp + exp * 0.2 * random());
}

export type DeliveryOutcome = "SENT" | "RECOVERED" | "RETRY" | "FAILED" | "LEASE_LOST";

export type DeliverOptions = {
  now?: Date;
  log?: (line: string) => void;
  /** Test seam: runs after the provider accepted the message and before it is recorded. */
  afterSend?: (row: ClaimedNotification, receipt: ProviderReceipt) => Promise<void>;
};

/**
 * Sends one claimed row and records the result, conditional on still holding its lease. On a retry it
 * first looks the message up at the provider (see the guarantees above). Transient failures go back to
 * QUEUED with exponential backoff until `maxAttempts`; permanent ones (invalid number) end FAILED at once.
 */
export async function deliverClaimedNotification(db: Db, sender: SmsSender, row: ClaimedNotification, opts: DeliverOptions = {}): Promise<DeliveryOutcome> {
  const now = opts.now ?? new Date();
  const log = opts.log ?? (() => {});
  try {
    if (row.attempts > 1) {
      const earlier = await findEarlierSend(db, sender, row);
      if (earlier) {
        const ok = await recordSent(db, row, earlier, now);
        log(`[worker] ${row.id} ${row.kind} already accepted by ${earlier.provider} as ${earlier.providerId}; recorded without resending`);
        return ok ? "RECOVERED" : "LEASE_LOST";
      }
    }
    if (row.attempts > row.maxAttempts) {
      await finish(db, row, { status: "FAILED", lastError: `Gave up after ${row.maxAttempts} attempts` });
      return "FAILED";
    }
    const receipt = await sender.send(row);
    await opts.afterSend?.(row, receipt);
    const ok = await recordSent(db, row, receipt, now);
    log(`[worker] sent ${row.id} ${row.kind} to ${maskPhone(row.to)} via ${receipt.provider} ${receipt.providerId}`);
    return ok ? "SENT" : "LEASE_LOST";
  } catch (err) {
    const e = err instanceof SmsSendError ? err : new SmsSendError(err instanceof Error ? err.message : String(err), false);
    if (e.permanent || row.attempts >= row.maxAttempts) {
      await finish(db, row, { status: "FAILED", lastError: e.message });
      log(`[worker] failed ${row.id} ${row.kind} after ${row.attempts} attempt(s): ${e.message}`);
      return "FAILED";
    }
    const nextAttemptAt = new Date(now.getTime() + retryDelayMs(row.attempts));
    await finish(db, row, { status: "QUEUED", lastError: e.message, nextAttemptAt });
    log(`[worker] will retry ${row.id} ${row.kind} at ${nextAttemptAt.toISOString()}: ${e.message}`);
    return "RETRY";
  }
}

export type BatchResult = { claimed: number } & Record<DeliveryOutcome, number>;

/** Claims a batch of due rows and delivers them one by one. Returns how each ended. */
export async function deliverDueNotifications(db: Db, sender: SmsSender, opts: ClaimOptions & DeliverOptions): Promise<BatchResult> {
  const rows = await claimDueNotifications(db, opts);
  const result: BatchResult = { claimed: rows.length, SENT: 0, RECOVERED: 0, RETRY: 0, FAILED: 0, LEASE_LOST: 0 };
  for (const row of rows) result[await deliverClaimedNotification(db, sender, row, opts)]++;
  return result;
}

/** The provider's record of this message, if it already accepted it and no other row claims that id. */
async function findEarlierSend(db: Db, sender: SmsSender, row: ClaimedNotification): Promise<ProviderReceipt | null> {
  const candidates = await sender.findSent(row);
  if (candidates.length === 0) return null;
  // Two rows may legitimately carry the same text to the same number; each provider message belongs to one row.
  const taken = await db.notification.findMany({
    where: { providerId: { in: candidates.map((c) => c.providerId) }, id: { not: row.id } },
    select: { providerId: true },
  });
  const takenIds = new Set(taken.map((t) => t.providerId));
  return candidates.find((c) => !takenIds.has(c.providerId)) ?? null;
}

async function recordSent(db: Db, row: ClaimedNotification, receipt: ProviderReceipt, now: Date): Promise<boolean> {
  const { count } = await db.notification.updateMany({
    where: { id: row.id, status: "SENDING", leaseOwner: row.leaseOwner },
    data: {
      status: "SENT",
      provider: receipt.provider,
      providerId: receipt.providerId,
      providerStatus: receipt.providerStatus ?? null,
      sentAt: now,
      lastError: null,
      leaseOwner: null,
      leaseUntil: null,
    },
  });
  return count === 1;
}

async function finish(db: Db, row: ClaimedNotification, data: { status: "QUEUED" | "FAILED"; lastError: string; nextAttemptAt?: Date }): Promise<void> {
  await db.notification.updateMany({
    where: { id: row.id, status: "SENDING", leaseOwner: row.leaseOwner },
    data: { ...data, lastError: data.lastError.slice(0, 500), leaseOwner: null, leaseUntil: null },
  });
}
