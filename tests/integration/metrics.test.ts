import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDb, type TestDb } from "./test-db";
import type { Db } from "@/lib/db";
import { startNotificationWorker } from "@/lib/notifications/notification-worker";
import { createDevSmsSender } from "@/lib/notifications/dev-sms-sender";
import { readOperationalSnapshot } from "@/lib/metrics/operational-metrics";
import { observeClaimScoring } from "@/lib/metrics/record";
import { reserveLoginAttempt } from "@/lib/auth/throttle";
import type { ClaimStatus, FraudDecision, NotificationStatus } from "@/lib/generated/prisma/enums";

// GET /api/metrics, the real route handler against a real database: the route reads the process-wide
// client from lib/db (built from DATABASE_URL on first import), so the module graph is loaded afresh with
// this file's database and the token under test.

const TOKEN = "metrics-test-token-0123456789abcdef";
let t: TestDb;
let db: Db;

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
});
afterAll(async () => {
  await t.cleanup();
  delete process.env.METRICS_TOKEN;
});

async function scrape(token: string | undefined, authorization?: string) {
  vi.resetModules();
  process.env.DATABASE_URL = t.url;
  if (token === undefined) delete process.env.METRICS_TOKEN;
  else process.env.METRICS_TOKEN = token;
  delete (globalThis as { prisma?: unknown }).prisma;
  const { GET } = await import("@/app/api/metrics/route");
  const res = await GET(new Request("http://app.test/api/metrics", { headers: authorization ? { authorization } : {} }));
  return { status: res.status, headers: res.headers, text: await res.text() };
}

/** The value of one sample line, e.g. sample(text, 'safeguard_outbox_messages{status="QUEUED"}'). */
function sample(text: string, series: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(series + " "));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

async function until(check: () => Promise<boolean>, what: string) {
  const end = Date.now() + 20_000;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

let seq = 0;
async function makeUser() {
  seq++;
  return db.user.create({ data: { email: `metrics${seq}@example.com`, name: "Mo Metrics", phone: `+4477009000${String(seq).padStart(2, "0")}`, passwordHash: "x" } });
}

async function addNotification(status: NotificationStatus, createdAt: Date) {
  seq++;
  return db.notification.create({
    data: { toPhone: "+447700900999", kind: "policy_expired", payload: {}, body: "test", status, idempotencyKey: `metrics:${seq}`, createdAt, nextAttemptAt: new Date(Date.now() + 3_600_000) },
  });
}

async function addClaim(fraudDecision: FraudDecision, status: ClaimStatus) {
  const u = await makeUser();
  seq++;
  const p = await db.policy.create({
    data: { number: `SG-MET-${seq}`, userId: u.id, type: "car", startDate: new Date("2026-01-01T00:00:00Z"), endDate: new Date("2026-12-31T00:00:00Z"), termMonths: 12, sumInsuredCents: 1_000_000, remainingCoverCents: 1_000_000, premiumCents: 50_000, details: {} },
  });
  return db.claim.create({
    data: { number: `CLM-MET-${seq}`, policyId: p.id, userId: u.id, status, incidentDate: new Date("2026-06-01T00:00:00Z"), incidentHour: 10, description: "Rear-ended at a junction", witnesses: 0, amountCents: 120_000, reservedCents: 120_000, fraudProbability: 0.1, anomalyScore: 0.2, fraudDecision, modelVersion: "test", modelKind: "motor", modelInputs: {}, details: {}, fraudReasons: [] },
  });
}

describe("GET /api/metrics access", () => {
  it("does not exist (404) when METRICS_TOKEN is not set, even with a bearer token", async () => {
    expect((await scrape(undefined, `Bearer ${TOKEN}`)).status).toBe(404);
  });

  it("refuses a missing or wrong token with 401 and says nothing else", async () => {
    for (const auth of [undefined, `Bearer wrong-token`, `Bearer ${TOKEN}x`, `Basic ${TOKEN}`, "Bearer "]) {
      const r = await scrape(TOKEN, auth);
      expect(r.status, String(auth)).toBe(401);
      expect(r.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(r.text).not.toContain("safeguard_");
    }
  });
});

describe("GET /api/metrics series", () => {
  it("exposes the process, HTTP, scoring, throttling and database series in Prometheus format", async () => {
    observeClaimScoring(12, "investigate");
    const keys = { email: "throttled@example.com", ip: null };
    // five attempts are allowed in the window; the sixth is refused and counted
    for (let i = 0; i < 5; i++) expect((await reserveLoginAttempt(db, keys)).allowed).toBe(true);
    expect((await reserveLoginAttempt(db, keys)).allowed).toBe(false);

    const r = await scrape(TOKEN, `Bearer ${TOKEN}`);
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    for (const name of [
      "safeguard_http_requests_total",
      "safeguard_http_request_duration_seconds",
      "safeguard_request_errors_total",
      "safeguard_claim_scoring_duration_seconds",
      "safeguard_login_throttled_total",
      "safeguard_claims",
      "safeguard_outbox_messages",
      "safeguard_outbox_oldest_queued_age_seconds",
      "safeguard_workers_recent",
      "process_cpu_seconds_total",
      "nodejs_eventloop_lag_seconds",
    ]) {
      expect(r.text, name).toContain(`# TYPE ${name} `);
    }
    expect(sample(r.text, 'safeguard_claim_scoring_duration_seconds_count{decision="investigate"}')).toBeGreaterThanOrEqual(1);
    expect(sample(r.text, 'safeguard_claim_scoring_duration_seconds_bucket{le="0.025",decision="investigate"}')).toBeGreaterThanOrEqual(1);
    expect(sample(r.text, 'safeguard_login_throttled_total{scope="account"}')).toBeGreaterThanOrEqual(1);
  });

  it("reports outbox depth by status and the age of the oldest queued SMS from the rows", async () => {
    const now = new Date();
    await addNotification("QUEUED", new Date(now.getTime() - 600_000));
    await addNotification("QUEUED", new Date(now.getTime() - 60_000));
    await addNotification("SENT", new Date(now.getTime() - 9_000_000));
    await addNotification("FAILED", new Date(now.getTime() - 9_000_000));

    const snap = await readOperationalSnapshot(db, now);
    expect(snap.oldestQueuedAgeSeconds).toBe(600);
    expect(Object.fromEntries(snap.outbox.map((o) => [o.status, o.count]))).toEqual({ QUEUED: 2, SENT: 1, FAILED: 1 });

    const r = await scrape(TOKEN, `Bearer ${TOKEN}`);
    expect(sample(r.text, 'safeguard_outbox_messages{status="QUEUED"}')).toBe(2);
    expect(sample(r.text, 'safeguard_outbox_messages{status="SENT"}')).toBe(1);
    expect(sample(r.text, 'safeguard_outbox_messages{status="FAILED"}')).toBe(1);
    expect(sample(r.text, 'safeguard_outbox_messages{status="SENDING"}')).toBe(0);
    // The scrape reads the clock after `now`: at least the 600 s measured above, far less than the SENT row's age.
    const age = sample(r.text, "safeguard_outbox_oldest_queued_age_seconds")!;
    expect(age).toBeGreaterThanOrEqual(600);
    expect(age).toBeLessThan(9_000);
  });

  it("counts claims by fraud decision and status", async () => {
    await addClaim("approve", "SUBMITTED");
    await addClaim("investigate", "UNDER_REVIEW");
    await addClaim("investigate", "UNDER_REVIEW");
    const r = await scrape(TOKEN, `Bearer ${TOKEN}`);
    expect(sample(r.text, 'safeguard_claims{decision="approve",status="SUBMITTED"}')).toBe(1);
    expect(sample(r.text, 'safeguard_claims{decision="investigate",status="UNDER_REVIEW"}')).toBe(2);
  });

  it("reports no heartbeat before a worker runs, then the age of the last beat after a worker loop", async () => {
    let r = await scrape(TOKEN, `Bearer ${TOKEN}`);
    expect(r.text).not.toContain("safeguard_worker_heartbeat_age_seconds");
    expect(sample(r.text, "safeguard_workers_recent")).toBe(0);

    const worker = startNotificationWorker({ db, sender: createDevSmsSender(() => {}), pollMs: 50, mode: "standalone", log: () => {} });
    try {
      await until(async () => (await db.workerHeartbeat.count()) > 0, "the worker's first heartbeat");
    } finally {
      await worker.stop();
    }
    const beat = await db.workerHeartbeat.findUniqueOrThrow({ where: { workerId: worker.workerId } });
    expect(beat.mode).toBe("standalone");
    expect((await readOperationalSnapshot(db, new Date(beat.lastBeatAt.getTime() + 42_000))).heartbeatAgeSeconds).toBe(42);

    r = await scrape(TOKEN, `Bearer ${TOKEN}`);
    expect(r.text).toContain("# TYPE safeguard_worker_heartbeat_age_seconds gauge");
    expect(sample(r.text, "safeguard_worker_heartbeat_age_seconds")).toBeGreaterThanOrEqual(0);
    expect(sample(r.text, "safeguard_workers_recent")).toBe(1);
  });
});
