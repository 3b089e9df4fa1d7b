// Smaller hardening items: forward-only delivery receipts, bidi-free names, the photo decode limit,
// body caps, Unicode in the PDF schedule, and the production secret.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import sharp from "sharp";
import { PDFDocument } from "pdf-lib";
import fontkit from "@pdf-lib/fontkit";
import { createTestDb, type TestDb } from "../integration/test-db";
import { recordProviderStatus } from "@/lib/notifications/record-provider-status";
import { nameSchema } from "@/lib/auth/schemas";
import { processProfilePhoto, photoDecodes } from "@/lib/profile/photo";
import { createSemaphore } from "@/lib/profile/semaphore";
import { readBodyCapped } from "@/lib/http/read-body-capped";
import { wrapText } from "@/lib/policies/policy-document";
import { ensureAuthSecret } from "@/scripts/ensure-auth-secret.mjs";
import { env } from "@/lib/env";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.cleanup());

describe("Twilio status callbacks only move a message forward", () => {
  it("a replayed 'sent' after 'delivered' changes nothing; out-of-order receipts keep the furthest state", async () => {
    const row = await t.db.notification.create({
      data: { toPhone: "+447911123456", kind: "policy_expired", payload: {}, body: "x", status: "SENT", provider: "twilio", providerId: "SMreplay", providerStatus: "queued", idempotencyKey: "replay:1" },
    });
    const status = async () => (await t.db.notification.findUniqueOrThrow({ where: { id: row.id } })).providerStatus;
    await recordProviderStatus(t.db, { providerId: "SMreplay", providerStatus: "sent" });
    expect(await status()).toBe("sent");
    await recordProviderStatus(t.db, { providerId: "SMreplay", providerStatus: "delivered" });
    expect(await status()).toBe("delivered");
    for (const replay of ["sent", "queued", "sending", "accepted"]) {
      expect(await recordProviderStatus(t.db, { providerId: "SMreplay", providerStatus: replay })).toBe(false);
      expect(await status()).toBe("delivered");
    }
    expect(await recordProviderStatus(t.db, { providerId: "SMreplay", providerStatus: "read" })).toBe(true);
  });
});

describe("names", () => {
  it.each(["\u202Eevil\u202C Smith", "Ann \u2066Lee\u2069", "Bob \u202AX"])("refuses bidirectional control characters in %j", (name) => {
    const r = nameSchema.safeParse(name);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].message).toMatch(/text-direction/);
  });
  it("accepts names in any script", () => {
    for (const name of ["Zoë Ñandú", "Ζωή Παπαδοπούλου", "Дмитрий Иванов", "محمد علي", "李小龙"]) expect(nameSchema.safeParse(name).success).toBe(true);
  });
});

describe("photo decoding is limited to a few at once", () => {
  it("a burst of uploads queues behind PHOTO_DECODES_MAX decodes", async () => {
    const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#c33" } }).jpeg().toBuffer();
    const runs = Array.from({ length: 6 }, () => processProfilePhoto(jpeg));
    expect(photoDecodes.stats()).toEqual({ active: env().PHOTO_DECODES_MAX, waiting: 6 - env().PHOTO_DECODES_MAX });
    await Promise.all(runs);
    expect(photoDecodes.stats()).toEqual({ active: 0, waiting: 0 });
  });
  it("the semaphore never runs more than its limit, and frees its slot when a task fails", async () => {
    const sem = createSemaphore(2);
    let active = 0;
    let peak = 0;
    const task = (fail: boolean) =>
      sem.run(async () => {
        peak = Math.max(peak, ++active);
        await new Promise((r) => setImmediate(r));
        active--;
        if (fail) throw new Error("boom");
      });
    await Promise.allSettled(Array.from({ length: 10 }, (_, i) => task(i % 3 === 0)));
    expect(peak).toBe(2);
    expect(sem.stats()).toEqual({ active: 0, waiting: 0 });
  });
});

describe("body caps", () => {
  it("refuses a declared oversize body and an undeclared (streamed) one without buffering it", async () => {
    const big = new Request("http://x/", { method: "POST", body: "a".repeat(20_000), headers: { "content-length": "20000" } });
    expect(await readBodyCapped(big, 8192)).toBeNull();
    const stream = new ReadableStream({
      start(c) {
        for (let i = 0; i < 100; i++) c.enqueue(new Uint8Array(1024));
        c.close();
      },
    });
    const chunked = new Request("http://x/", { method: "POST", body: stream, duplex: "half" } as RequestInit);
    expect(await readBodyCapped(chunked, 8192)).toBeNull();
    expect(await readBodyCapped(new Request("http://x/", { method: "POST", body: "email=a%40b.c" }), 8192)).toBe("email=a%40b.c");
  });
});

describe("PDF schedule text", () => {
  it("wraps a long unbroken string inside the column", async () => {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const font = await doc.embedFont(fs.readFileSync("assets/fonts/DejaVuSans.ttf"), { subset: true });
    const lines = wrapText(`Ref ${"X".repeat(300)} end`, font, 11, 180);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(font.widthOfTextAtSize(line, 11)).toBeLessThanOrEqual(180);
    expect(lines.join("").replace(/ /g, "")).toBe(`Ref${"X".repeat(300)}end`);
    // Greek and Cyrillic are in the embedded font (the standard PDF fonts had only Latin-1)
    for (const ch of "ΖωήДмитрий") expect(font.getCharacterSet()).toContain(ch.codePointAt(0));
  });
});

describe("AUTH_SECRET", () => {
  const run = (extra: Record<string, string>) => {
    try {
      execFileSync("npx", ["tsx", "-e", "import('./lib/env.ts').then((m) => { m.env(); console.log('STARTED'); })"], {
        env: { PATH: process.env.PATH!, HOME: process.env.HOME!, ...extra } as unknown as NodeJS.ProcessEnv,
        cwd: process.cwd(),
        stdio: "pipe",
      });
      return "started";
    } catch (e) {
      return String((e as { stderr?: Buffer }).stderr);
    }
  };
  it("a production server refuses to start without one, or with the public development secret", () => {
    expect(run({ NODE_ENV: "production", AUTH_SECRET: "" })).toMatch(/AUTH_SECRET is not set/);
    expect(run({ NODE_ENV: "production", AUTH_SECRET: "short" })).toMatch(/at least 32 characters/);
    expect(run({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(40) })).toBe("started");
  });
  it("setup writes a random one into .env when none is set, and keeps an existing one", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "secret-"));
    const file = path.join(dir, ".env");
    fs.writeFileSync(file, 'APP_URL="http://localhost:3000"\nAUTH_SECRET=""\n');
    expect(ensureAuthSecret(file, {})).toBe(true);
    const written = fs.readFileSync(file, "utf8");
    expect(written).toMatch(/^AUTH_SECRET="[A-Za-z0-9+/=]{44}"$/m);
    expect(written).toContain('APP_URL="http://localhost:3000"');
    expect(ensureAuthSecret(file, {})).toBe(false);
    expect(fs.readFileSync(file, "utf8")).toBe(written);
    fs.rmSync(file);
    expect(ensureAuthSecret(file, { AUTH_SECRET: "from-the-environment" })).toBe(false);
    expect(fs.existsSync(file)).toBe(false);
    expect(ensureAuthSecret(file, {})).toBe(true);
    fs.rmSync(dir, { recursive: true });
  });
});
