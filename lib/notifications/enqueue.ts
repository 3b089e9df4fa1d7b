import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { renderNotification, type NotificationKind, type PayloadOf } from "@/lib/notifications/templates";

export type EnqueueInput<K extends NotificationKind> = {
  kind: K;
  payload: PayloadOf<K>;
  /** Deterministic and unique per event, e.g. `policy_created:${policy.id}`; a repeat is ignored. */
  idempotencyKey: string;
} & ({ userId: string; toPhone?: string } | { userId?: undefined; toPhone: string });

/**
 * Records an SMS in the outbox inside the caller's transaction: it is sent (by the delivery worker)
 * if and only if the change it announces commits. Call it with the `tx` of `db.$transaction`.
 * The recipient is a user (their current phone is used) or an explicit E.164 number.
 * Returns the outbox row id; an event already recorded under the same idempotency key returns the existing row.
 */
export async function enqueueNotification<K extends NotificationKind>(tx: Tx, input: EnqueueInput<K>): Promise<{ id: string }> {
  const existing = await tx.notification.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true } });
  if (existing) return existing;
  let toPhone = input.toPhone;
  if (!toPhone && input.userId) {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { phone: true } });
    if (!user) throw new AppError("NOT_FOUND", "Recipient not found");
    toPhone = user.phone;
  }
  const { payload, body } = renderNotification(input.kind, input.payload);
  return tx.notification.create({
    data: { userId: input.userId ?? null, toPhone: toPhone!, kind: input.kind, payload: JSON.stringify(payload), body, idempotencyKey: input.idempotencyKey },
    select: { id: true },
  });
}

/** Records one alert per admin (each to their own phone), in the caller's transaction. */
export async function notifyAdmins<K extends NotificationKind>(tx: Tx, kind: K, payload: PayloadOf<K>, eventKey: string): Promise<number> {
  const admins = await tx.user.findMany({ where: { role: "ADMIN" }, select: { id: true } });
  for (const a of admins) await enqueueNotification(tx, { kind, payload, userId: a.id, idempotencyKey: `${eventKey}:${a.id}` } as EnqueueInput<K>);
  return admins.length;
}
