import "server-only";
import { db, type Db } from "@/lib/db";
import { requireRole, requireUser } from "@/lib/auth/session";
import { maskPhone } from "@/lib/notifications/mask-phone";
import { NOTIFICATION_STATUSES, type NotificationStatus } from "@/lib/notifications/describe-notification";
import { pageInfo, type PageInfo } from "@/lib/admin/ranked-pages";

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

/** Rows per page of the admin's outbox. */
export const NOTIFICATIONS_PAGE_SIZE = 50;

export type AdminNotificationsPage = PageInfo & {
  rows: AdminNotificationRow[];
  /** Rows in each status over the whole outbox (the filter's counts), whatever the filter. */
  counts: Record<NotificationStatus, number>;
  status: NotificationStatus | undefined;
};

/** A status from the URL, or undefined (all messages) for anything else. */
export function parseNotificationStatus(raw: unknown): NotificationStatus | undefined {
  return typeof raw === "string" && (NOTIFICATION_STATUSES as readonly string[]).includes(raw) ? (raw as NotificationStatus) : undefined;
}

/**
 * One page of the outbox, newest first, optionally only one status, with masked phone numbers, and how
 * many rows are in each status. Admin only.
 */
export async function listNotificationsForAdmin(filter: { status?: NotificationStatus } = {}, page = 1): Promise<AdminNotificationsPage> {
  await requireRole("ADMIN");
  return notificationsPage(db, filter, page);
}

/** The page itself, for a caller that has checked the ADMIN role (and for tests against a real database). */
export async function notificationsPage(database: Db, filter: { status?: NotificationStatus }, page = 1, pageSize = NOTIFICATIONS_PAGE_SIZE): Promise<AdminNotificationsPage> {
  const where = filter.status ? { status: filter.status } : {};
  const grouped = await database.notification.groupBy({ by: ["status"], _count: { _all: true } });
  const counts = Object.fromEntries(NOTIFICATION_STATUSES.map((s) => [s, 0])) as Record<NotificationStatus, number>;
  for (const g of grouped) if (g.status in counts) counts[g.status as NotificationStatus] = g._count._all;
  const total = filter.status ? counts[filter.status] : Object.values(counts).reduce((a, b) => a + b, 0);
  const info = pageInfo(total, page, pageSize);
  const rows = await database.notification.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: info.offset,
    take: pageSize,
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
  });
  return {
    total: info.total,
    page: info.page,
    pageCount: info.pageCount,
    pageSize,
    status: filter.status,
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
