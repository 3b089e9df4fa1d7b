import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "./test-db";
import { notificationsPage, parseNotificationStatus } from "@/lib/notifications/queries";

/*
 * /admin/notifications pages through the whole outbox (it used to show the latest 200 and nothing
 * older), newest first, optionally one status, with phone numbers masked. Real database.
 */

let t: TestDb;
const MINUTE = 60_000;
const T0 = Date.UTC(2026, 10, 25, 9);

beforeAll(async () => {
  t = await createTestDb();
  // 120 messages, one a minute: every 10th failed with an error that quotes the number.
  await t.db.notification.createMany({
    data: Array.from({ length: 120 }, (_, i) => ({
      toPhone: `+4479110${String(i).padStart(5, "0")}`,
      kind: "policy_created",
      payload: {},
      body: `Message ${i}`,
      status: i % 10 === 0 ? ("FAILED" as const) : ("SENT" as const),
      lastError: i % 10 === 0 ? `The 'To' number +4479110${String(i).padStart(5, "0")} is not valid` : null,
      idempotencyKey: `page-test-${i}`,
      createdAt: new Date(T0 + i * MINUTE),
    })),
  });
});
afterAll(() => t.cleanup());

describe("admin outbox pages (real database)", () => {
  it("pages through every message, newest first, with no row twice or missing", async () => {
    const first = await notificationsPage(t.db, {}, 1, 50);
    expect(first).toMatchObject({ total: 120, page: 1, pageCount: 3, status: undefined });
    expect(first.counts).toMatchObject({ SENT: 108, FAILED: 12, QUEUED: 0 });
    const pages = [first, await notificationsPage(t.db, {}, 2, 50), await notificationsPage(t.db, {}, 3, 50)];
    const times = pages.flatMap((p) => p.rows.map((r) => r.createdAt.getTime()));
    expect(times).toHaveLength(120);
    expect(new Set(times).size).toBe(120);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // a page past the end shows the last page, not an empty one
    expect((await notificationsPage(t.db, {}, 99, 50)).page).toBe(3);
  });

  it("filters by status, counting that status only, and masks numbers in rows and errors", async () => {
    const failed = await notificationsPage(t.db, { status: "FAILED" }, 1, 5);
    expect(failed).toMatchObject({ total: 12, pageCount: 3, status: "FAILED" });
    expect(failed.rows.every((r) => r.status === "FAILED")).toBe(true);
    for (const r of failed.rows) {
      expect(r.recipient).not.toMatch(/\d{7}/);
      expect(r.lastError).toContain("is not valid");
      expect(r.lastError).not.toMatch(/\d{7}/);
    }
  });

  it("reads only known statuses from the URL", () => {
    expect(parseNotificationStatus("FAILED")).toBe("FAILED");
    expect(parseNotificationStatus("failed")).toBeUndefined();
    expect(parseNotificationStatus(["FAILED"])).toBeUndefined();
    expect(parseNotificationStatus("'; DROP TABLE")).toBeUndefined();
  });
});
