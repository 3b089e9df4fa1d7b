import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDb, type TestDb } from "./test-db";
import type { Db } from "@/lib/db";
import { createAccount } from "@/lib/auth/create-account";
import { createPolicy } from "@/lib/policies/create-policy";
import { examplePolicyInput } from "@/tests/fixtures/policy-input-examples";
import { isoToDbDate } from "@/lib/policies/policy-dates";

/*
 * The admin actions, queries and export called the way Next calls them, with a signed-in session:
 * only the session cookie's decoding (next-auth's getServerSession) and Next's cache revalidation
 * are replaced; the role is read from the real database by lib/auth/session.ts, as in the app.
 * A policyholder must get nothing and change nothing; a disabled account's session must stop.
 */

let session: { user: { id: string } } | null = null;
vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getServerSession: vi.fn(async () => session) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

let t: TestDb;
let db: Db;
let holderId: string;
let adminId: string;
let claimId: string;
let policyId: string;
let feedbackId: string;
let notificationId: string;
const HOLDER = { name: "Sam Holder", email: "sam@example.com", phone: "+447911123456", password: "holder-password-1", confirmPassword: "holder-password-1" };

// the app's modules, loaded against this test's database (lib/db reads DATABASE_URL on import)
let actions: typeof import("@/lib/admin/actions");
let queries: typeof import("@/lib/admin/queries");
let sessionLib: typeof import("@/lib/auth/session");
let feedbackActions: typeof import("@/lib/feedback/actions");
let feedbackQueries: typeof import("@/lib/feedback/queries");
let notificationActions: typeof import("@/lib/notifications/actions");
let claimActions: typeof import("@/lib/claims/actions");
let policyQueries: typeof import("@/lib/policies/queries");
let exportRoute: typeof import("@/app/api/admin/claims/export/route");
let authOptions: typeof import("@/lib/auth/options");

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  holderId = (await createAccount(db, HOLDER)).id;
  adminId = (await createAccount(db, { ...HOLDER, name: "Ada Admin", email: "ada@example.com", phone: "+447400123456" }, "ADMIN")).id;
  policyId = (await createPolicy(db, holderId, examplePolicyInput("car"))).id;
  claimId = (
    await db.claim.create({
      data: {
        number: "CLM-SEC1", policyId, userId: holderId, status: "UNDER_REVIEW", incidentDate: isoToDbDate("2026-11-01"), incidentHour: 9, description: "Hit while parked",
        witnesses: 0, amountCents: 150_000, reservedCents: 150_000, fraudProbability: 0.8, anomalyScore: 0.3, fraudDecision: "investigate", modelVersion: "v", modelKind: "motor", modelInputs: {}, details: {}, fraudReasons: [],
      },
    })
  ).id;
  feedbackId = (await db.feedback.create({ data: { userId: holderId, topic: "claim", message: "Slow reply", sentiment: "negative", sentimentScore: -0.5, signals: [] } })).id;
  notificationId = (await db.notification.findFirstOrThrow({ select: { id: true } })).id;
  await db.notification.update({ where: { id: notificationId }, data: { status: "FAILED", attempts: 6 } });

  vi.resetModules();
  process.env.DATABASE_URL = t.url;
  delete (globalThis as { prisma?: unknown }).prisma;
  actions = await import("@/lib/admin/actions");
  queries = await import("@/lib/admin/queries");
  sessionLib = await import("@/lib/auth/session");
  feedbackActions = await import("@/lib/feedback/actions");
  feedbackQueries = await import("@/lib/feedback/queries");
  notificationActions = await import("@/lib/notifications/actions");
  claimActions = await import("@/lib/claims/actions");
  policyQueries = await import("@/lib/policies/queries");
  exportRoute = await import("@/app/api/admin/claims/export/route");
  authOptions = await import("@/lib/auth/options");
});
afterAll(async () => {
  const appDb = (globalThis as { prisma?: { $disconnect(): Promise<void> } }).prisma;
  await appDb?.$disconnect();
  await t.cleanup();
});

const form = (values: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.set(k, v);
  return fd;
};

async function snapshot() {
  const [claim, policy, holder, fb, sms, audit] = await Promise.all([
    db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { status: true } }),
    db.policy.findUniqueOrThrow({ where: { id: policyId }, select: { status: true } }),
    db.user.findUniqueOrThrow({ where: { id: holderId }, select: { disabledAt: true } }),
    db.feedback.findUniqueOrThrow({ where: { id: feedbackId }, select: { status: true, reply: true } }),
    db.notification.findUniqueOrThrow({ where: { id: notificationId }, select: { status: true } }),
    db.auditEvent.count(),
  ]);
  return { claim, policy, holder, fb, sms, audit };
}

describe("a policyholder gets nothing from the admin desk", () => {
  it("every admin action refuses them and changes nothing", async () => {
    session = { user: { id: holderId } };
    const before = await snapshot();
    const results = [
      await actions.decideClaimFormAction(null, form({ claimId, to: "APPROVED", expectedStatus: "UNDER_REVIEW", note: "Approving my own claim" })),
      await actions.disableUserFormAction(null, form({ userId: adminId, reason: "Taking over the desk" })),
      await actions.enableUserFormAction(null, form({ userId: holderId })),
      await actions.cancelPolicyFormAction(null, form({ policyId, reason: "Cancelling for fun" })),
      await claimActions.decideClaimAction({ claimId, to: "APPROVED", note: "Approving my own claim" }),
      await feedbackActions.replyFeedbackAction({ feedbackId, reply: "Resolved by me", resolve: true }),
      await notificationActions.retryNotificationAction({ id: notificationId }),
    ];
    for (const r of results) expect(r).toEqual({ ok: false, message: "You do not have access to this.", fieldErrors: undefined });
    expect(await snapshot()).toEqual(before);
  });

  it("every admin read refuses them", async () => {
    session = { user: { id: holderId } };
    const reads: (() => Promise<unknown>)[] = [
      () => queries.getClaimsQueue({}, 1),
      () => queries.getClaimForAdmin(claimId),
      () => queries.listUsers(),
      () => queries.getUserForAdmin(holderId),
      () => queries.getAuditLog({}, 1),
      () => queries.getAdminOverview(),
      () => queries.getAdminCharts(),
      () => queries.exportClaimsCsv({}),
      () => feedbackQueries.listFeedbackForAdmin({}),
      () => policyQueries.listAllPolicies(),
    ];
    for (const read of reads) await expect(read()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("the CSV export answers 404 to a holder and 401 when signed out, and a CSV to an admin", async () => {
    session = { user: { id: holderId } };
    const asHolder = await exportRoute.GET(new Request("http://localhost/api/admin/claims/export?status=UNDER_REVIEW"));
    expect(asHolder.status).toBe(404);
    expect(await asHolder.text()).not.toContain("CLM-SEC1");
    session = null;
    expect((await exportRoute.GET(new Request("http://localhost/api/admin/claims/export"))).status).toBe(401);
    session = { user: { id: adminId } };
    const asAdmin = await exportRoute.GET(new Request("http://localhost/api/admin/claims/export?status=UNDER_REVIEW"));
    expect(asAdmin.status).toBe(200);
    expect(asAdmin.headers.get("content-type")).toMatch(/text\/csv/);
    const csv = await asAdmin.text();
    expect(csv.split("\n")[0]).toContain("Fraud probability");
    expect(csv).toContain("CLM-SEC1");
  });

  it("the same action works for an admin (so the refusals above are about the role)", async () => {
    session = { user: { id: adminId } };
    const r = await actions.decideClaimFormAction(null, form({ claimId, to: "REJECTED", expectedStatus: "UNDER_REVIEW", note: "" }));
    expect(r).toMatchObject({ ok: false, fieldErrors: { note: expect.stringMatching(/Write a note/) } });
    expect(await actions.decideClaimFormAction(null, form({ claimId, to: "APPROVED", expectedStatus: "UNDER_REVIEW", note: "Approved after review" }))).toMatchObject({ ok: true });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claimId } })).status).toBe("APPROVED");
  });
});

describe("disabling an account", () => {
  it("ends the holder's session at their next request and refuses their sign-in with a clear code", async () => {
    session = { user: { id: holderId } };
    expect(await sessionLib.getCurrentUser()).toMatchObject({ id: holderId });

    session = { user: { id: adminId } };
    const self = await actions.disableUserFormAction(null, form({ userId: adminId, reason: "Locking myself out" }));
    expect(self).toMatchObject({ ok: false, fieldErrors: { reason: expect.stringMatching(/your own account/) } });
    expect(await actions.disableUserFormAction(null, form({ userId: holderId, reason: "Reported stolen identity" }))).toMatchObject({ ok: true });

    // the holder's token is still valid; the database says no
    session = { user: { id: holderId } };
    expect(await sessionLib.getCurrentUser()).toBeNull();
    await expect(sessionLib.requireUser()).rejects.toMatchObject({ code: "UNAUTHORIZED" });

    const authorize = (authOptions.authOptions.providers[0] as unknown as { options: { authorize: (c: unknown, r: unknown) => Promise<unknown> } }).options.authorize;
    await expect(authorize({ email: HOLDER.email, password: HOLDER.password }, { headers: {} })).rejects.toThrow("DISABLED");
    // a wrong password is not told the account is disabled
    expect(await authorize({ email: HOLDER.email, password: "not-the-password" }, { headers: {} })).toBeNull();

    session = { user: { id: adminId } };
    expect(await actions.enableUserFormAction(null, form({ userId: holderId }))).toMatchObject({ ok: true });
    expect(await authorize({ email: HOLDER.email, password: HOLDER.password }, { headers: {} })).toMatchObject({ id: holderId });
    session = { user: { id: holderId } };
    expect(await sessionLib.getCurrentUser()).toMatchObject({ id: holderId });
  });
});
