import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { createTestDb, type TestDb } from "./test-db";
import type { Db } from "@/lib/db";
import { enqueueNotification } from "@/lib/notifications/enqueue";
import { createTwilioSmsSender } from "@/lib/notifications/twilio-sms-sender";
import { deliverDueNotifications } from "@/lib/notifications/deliver-notifications";
import { startFakeTwilio, type FakeTwilio } from "../fixtures/fake-twilio.mjs";

// The real worker process (`npm run worker`, i.e. scripts/worker.ts) killed with SIGKILL while Twilio is
// accepting its message: no chance to record anything. The restarted worker must not send it again.

const SID = "AC" + "5678ef01".repeat(4);
const TOKEN = "worker-process-token";
const FROM = "+447911000998";

let t: TestDb;
let db: Db;
let fake: FakeTwilio;
let child: ChildProcess | undefined;

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  fake = await startFakeTwilio();
});
// A worker left running by a failed test must not go on to send the next test's message.
afterEach(() => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  child = undefined;
});
afterAll(async () => {
  await fake.close();
  await t.cleanup();
});

function startWorkerProcess(): { proc: ChildProcess; output: () => string } {
  let out = "";
  const proc = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: t.url,
      TWILIO_ACCOUNT_SID: SID,
      TWILIO_AUTH_TOKEN: TOKEN,
      TWILIO_FROM: FROM,
      TWILIO_API_BASE_URL: fake.url,
      WORKER_POLL_MS: "100",
      AUTH_SECRET: "worker-process-test-secret-0123456789",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  proc.stdout!.on("data", (c) => (out += c));
  proc.stderr!.on("data", (c) => (out += c));
  return { proc, output: () => out };
}

// Starting the worker compiles the app with tsx: on a loaded 2-core machine that alone can take tens of
// seconds, so the deadline is only a backstop against a hang, not a speed requirement.
async function until(check: () => boolean | Promise<boolean>, what: string, ms = 150_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("npm run worker as its own process", { timeout: 180_000 }, () => {
  it("sends due SMS and exits cleanly on SIGTERM", async () => {
    const u = await db.user.create({ data: { email: "proc1@example.com", name: "Pat Proc", phone: "+447700800001", passwordHash: "x", phoneVerifiedAt: new Date() } });
    const { id } = await db.$transaction((tx) =>
      enqueueNotification(tx, { kind: "policy_expired", userId: u.id, payload: { policyNumber: "SG-PROC1", endDate: "2026-11-20" }, idempotencyKey: "proc:1" }),
    );
    const w = startWorkerProcess();
    child = w.proc;
    await until(async () => (await db.notification.findUniqueOrThrow({ where: { id } })).status === "SENT", "the worker process to send");
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0].form.To).toBe("+447700800001");
    const exited = new Promise<number | null>((r) => w.proc.on("exit", (code) => r(code)));
    w.proc.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(w.output()).toMatch(/\[worker\] sent .* policy_expired/);
  });

  it("a worker killed between send and record does not double-send on restart: the message Twilio accepted is recorded", async () => {
    fake.requests.length = 0;
    const u = await db.user.create({ data: { email: "proc2@example.com", name: "Kim Kill", phone: "+447700800002", passwordHash: "x", phoneVerifiedAt: new Date() } });
    const { id } = await db.$transaction((tx) =>
      enqueueNotification(tx, { kind: "policy_expired", userId: u.id, payload: { policyNumber: "SG-KILL", endDate: "2026-11-20" }, idempotencyKey: "proc:2" }),
    );
    // Twilio takes a moment to answer; the worker is killed the instant its request arrives.
    fake.setDelay(300);
    const w = startWorkerProcess();
    child = w.proc;
    const killed = new Promise<void>((r) => w.proc.on("exit", () => r()));
    fake.onReceive(() => w.proc.kill("SIGKILL"));
    await killed;
    await until(() => fake.requests.length === 1, "Twilio to accept the message");
    expect(fake.requests[0].status).toBe(201);
    fake.setDelay(0);

    // The crash left evidence: SENDING, one attempt, under the dead worker's lease, no provider id.
    const orphan = await db.notification.findUniqueOrThrow({ where: { id } });
    expect(orphan).toMatchObject({ status: "SENDING", attempts: 1, providerId: null });
    expect(orphan.leaseOwner).toBeTruthy();

    // Restart: once the lease has run out, the next worker reclaims the row, finds Twilio's copy, records it.
    const twilio = createTwilioSmsSender({ accountSid: SID, authToken: TOKEN, from: FROM, apiBaseUrl: fake.url });
    const r = await deliverDueNotifications(db, twilio, { workerId: "restarted", now: new Date(orphan.leaseUntil!.getTime() + 1000) });
    expect(r).toMatchObject({ claimed: 1, RECOVERED: 1 });
    expect(await db.notification.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT", providerId: fake.requests[0].sid, attempts: 2 });
    expect(fake.requests).toHaveLength(1);
  });
});
