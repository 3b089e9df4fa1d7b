import { afterAll, describe, expect, it, vi } from "vitest";

// The route reads the process configuration and the app's own `db`, both fixed at first import: point them
// at a private copy of the migrated template and a Twilio account before anything is imported.
const cfg = await vi.hoisted(async () => {
  const fs = await import("node:fs");
  const path = await import("node:path");
  const { randomUUID } = await import("node:crypto");
  const { createPgDatabaseFromTemplate, TEST_PG_URL } = await import("./pg-databases");
  let url: string;
  let dispose: () => Promise<void>;
  if (TEST_PG_URL) {
    const made = await createPgDatabaseFromTemplate();
    url = made.url;
    dispose = made.drop;
  } else {
    const file = path.resolve("tests/.tmp", `${randomUUID()}.db`);
    fs.copyFileSync(path.resolve("tests/.tmp/template.db"), file);
    url = `file:${file}`;
    dispose = async () => {
      for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
    };
  }
  Object.assign(process.env, {
    DATABASE_URL: url,
    APP_URL: "https://insure.example",
    TWILIO_ACCOUNT_SID: "AC" + "9".repeat(32),
    TWILIO_AUTH_TOKEN: "callback-token",
    TWILIO_FROM: "+447911000997",
    TWILIO_STATUS_CALLBACK: "on",
  });
  return { dispose };
});

import twilio from "twilio";
import { db } from "@/lib/db";
import { POST } from "@/app/api/notifications/twilio-status/route";

const URL_SIGNED = "https://insure.example/api/notifications/twilio-status";

afterAll(async () => {
  await db.$disconnect();
  await cfg.dispose();
});

function post(params: Record<string, string>, signature: string | null) {
  return POST(
    new Request("http://127.0.0.1:3000/api/notifications/twilio-status", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...(signature ? { "x-twilio-signature": signature } : {}) },
      body: new URLSearchParams(params).toString(),
    }),
  );
}

describe("Twilio status callback route", () => {
  it("stores a signed delivery receipt and refuses unsigned or forged ones", async () => {
    const row = await db.notification.create({
      data: { toPhone: "+447700600001", kind: "policy_expired", payload: {}, body: "x", status: "SENT", provider: "twilio", providerId: "SM" + "a".repeat(32), providerStatus: "queued", idempotencyKey: "cb:1" },
    });
    const params = { MessageSid: row.providerId!, MessageStatus: "delivered", AccountSid: "AC" + "9".repeat(32) };

    expect((await post(params, null)).status).toBe(403);
    const forged = twilio.getExpectedTwilioSignature("wrong-token", URL_SIGNED, params);
    expect((await post(params, forged)).status).toBe(403);
    const tampered = twilio.getExpectedTwilioSignature("callback-token", URL_SIGNED, { ...params, MessageStatus: "failed" });
    expect((await post(params, tampered)).status).toBe(403);
    expect((await db.notification.findUniqueOrThrow({ where: { id: row.id } })).providerStatus).toBe("queued");

    const good = twilio.getExpectedTwilioSignature("callback-token", URL_SIGNED, params);
    expect((await post(params, good)).status).toBe(204);
    expect(await db.notification.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "SENT", providerStatus: "delivered" });
  });
});
