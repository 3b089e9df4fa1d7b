import "server-only";
import { db } from "@/lib/db";
import { requireRole, requireUser } from "@/lib/auth/session";
import { maskPhone } from "@/lib/notifications/mask-phone";
import { NOTIFICATION_STATUSES, type NotificationStatus } from "@/lib/notifications/describe-notification";

export type MyNotification = { id: string; kind: string; body: string; status: string; createdAt: Date; sentAt: Date | null };

/**
 * The signed-in user's own notifications, most recent first. Verification codes are left out: they are
 * one-time secrets, not news about policies and claims, and need not sit on a page.
 */
export async function listMyNotifications(take = 100): Promise<MyNotification[]> {
  const user = await requireUser();
  return db.notification.findMany({
    where: { userId: user.id, kind: { not: "phone_verification" } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, kind: true, body: true, status: true, createdAt: true, sentAt: true },
  });
}

export type AdminNotificationRow = {
  id: string;
  recipient: string;
  recipientName: string | null;
  kind: string;
  status: string;
  attempts: number;
  lastError: string | null;
  provider: string | null;
  providerId: string | null;
  providerStatus: string | null;
  createdAt: Date;
};

/** The latest 200 outbox rows with masked phone numbers, and how many rows are in each status. Admin only. */
export async function listNotificationsForAdmin(): Promise<{ rows: AdminNotificationRow[]; counts: Record<NotificationStatus, number> }> {
  await requireRole("ADMIN");
  const [rows, grouped] = await Promise.all([
    db.notification.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 200,
      select: {
        id: true,
        toPhone: true,
        kind: true,
        status: true,
        attempts: true,
        lastError: true,
        provider: true,
        providerId: true,
        providerStatus: true,
        createdAt: true,
        user: { select: { name: true } },
      },
    }),
    db.notification.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const counts = Object.fromEntries(NOTIFICATION_STATUSES.map((s) => [s, 0])) as Record<NotificationStatus, number>;
  for (const g of grouped) if (g.status in counts) counts[g.status as NotificationStatus] = g._count._all;
  return {
    counts,
    rows: rows.map(({ toPhone, user, lastError, ...r }) => ({
      ...r,
      recipient: maskPhone(toPhone),
      recipientName: user?.name ?? null,
      // provider errors quote the number ("The 'To' number +44… is not valid"): mask it there too
      lastError: lastError?.replace(/\+?\d{7,15}/g, (n) => maskPhone(n)) ?? null,
    })),
  };
}
