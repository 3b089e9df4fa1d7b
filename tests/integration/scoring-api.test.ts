import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { randomUUID } from "node:crypto";
import { createTestDb, type TestDb } from "./test-db";
import type { Db } from "@/lib/db";
import { createApiKey, revokeApiKey, type ApiKeyActor } from "@/lib/api-keys/manage-api-keys";
import { handleScoreRequest, type ScoreApiLimits } from "@/lib/scoring-api/handle-score-request";
import { motorModelInfo, scoreMotorRecord } from "@/ml/fraud/score";
import { generateSyntheticClaims } from "@/ml/fraud/synthetic";

let t: TestDb;
let db: Db;
let admin: ApiKeyActor;
const scorer = { score: scoreMotorRecord, model: motorModelInfo };
const LIMITS: ScoreApiLimits = { requestsPerWindow: 7, windowMs: 60_000, maxBodyBytes: 64 * 1024 };
const claims = generateSyntheticClaims("motor", 3, 11).records;

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  const u = await db.user.create({ data: { email: `${randomUUID()}@example.com`, name: "Alex Admin", phone: "+447700900123", passwordHash: "x", role: "ADMIN" } });
  admin = { id: u.id, role: "ADMIN" };
});
afterAll(async () => t.cleanup());

function post(key: string | null, body: unknown, headers: Record<string, string> = {}) {
  return new Request("http://localhost/api/v1/claims/score", {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

describe("POST /api/v1/claims/score handler (real database, real model)", () => {
  it("lets exactly the limit of concurrent requests per key through, answers the rest 429 with Retry-After, and keeps keys apart", async () => {
    const a = await createApiKey(db, admin, { name: "System A" });
    const b = await createApiKey(db, admin, { name: "System B" });
    const now = new Date("2026-11-25T10:00:15.000Z");
    const responses = await Promise.all(Array.from({ length: 25 }, () => handleScoreRequest(db, post(a.key, claims[0]), LIMITS, scorer, now)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(7);
    expect(statuses.filter((s) => s === 429)).toHaveLength(18);
    const refused = responses.find((r) => r.status === 429)!;
    expect(refused.headers.get("retry-after")).toBe("45");
    expect(await refused.json()).toMatchObject({ error: { code: "rate_limited" } });
    // another key has its own window
    expect((await handleScoreRequest(db, post(b.key, claims[0]), LIMITS, scorer, now)).status).toBe(200);
    // and the next window lets key A in again
    expect((await handleScoreRequest(db, post(a.key, claims[0]), LIMITS, scorer, new Date("2026-11-25T10:01:00.000Z"))).status).toBe(200);
  });

  it("answers 401 with a Bearer challenge without a key, with a wrong key and with a revoked key", async () => {
    const { id, key } = await createApiKey(db, admin, { name: "Soon revoked" });
    const noKey = await handleScoreRequest(db, post(null, claims[0]), LIMITS, scorer);
    expect(noKey.status).toBe(401);
    expect(noKey.headers.get("www-authenticate")).toBe('Bearer realm="scoring-api"');
    const wrong = await handleScoreRequest(db, post("sgk_live_" + "A".repeat(43), claims[0]), LIMITS, scorer);
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("www-authenticate")).toMatch(/^Bearer .*error="invalid_token"/);
    expect((await handleScoreRequest(db, post(key, claims[0]), LIMITS, scorer)).status).toBe(200);
    await revokeApiKey(db, admin, { id });
    const revoked = await handleScoreRequest(db, post(key, claims[0]), LIMITS, scorer);
    expect(revoked.status).toBe(401);
    expect(await revoked.json()).toEqual({ error: { code: "unauthorized", message: "The API key is not valid or has been revoked." } });
  });

  it("scores an array with the real model and says which model did it", async () => {
    const { key } = await createApiKey(db, admin, { name: "Batch" });
    const res = await handleScoreRequest(db, post(key, claims), LIMITS, scorer);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const body = await res.json();
    expect(body.count).toBe(3);
    expect(body.model.version).toBe(motorModelInfo().version);
    for (const r of body.results) {
      expect(r.probability).toBeGreaterThanOrEqual(0);
      expect(r.probability).toBeLessThanOrEqual(1);
      expect(["approve", "investigate"]).toContain(r.decision);
    }
  });

  it("answers 415, 413, 400 for bad JSON and 400 with field errors, each as JSON", async () => {
    const { key } = await createApiKey(db, admin, { name: "Careless client" });
    const text = await handleScoreRequest(db, post(key, "age=40", { "content-type": "text/plain" }), LIMITS, scorer);
    expect(text.status).toBe(415);
    const big = await handleScoreRequest(db, post(key, "[" + " ".repeat(LIMITS.maxBodyBytes) + "]"), LIMITS, scorer);
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ error: { code: "body_too_large" } });
    const badJson = await handleScoreRequest(db, post(key, '{"age": 40,'), LIMITS, scorer);
    expect(badJson.status).toBe(400);
    expect(await badJson.json()).toMatchObject({ error: { code: "invalid_json" } });
    const badRow = await handleScoreRequest(db, post(key, [claims[0], { ...claims[1], age: 300 }]), LIMITS, scorer);
    expect(badRow.status).toBe(400);
    expect(await badRow.json()).toMatchObject({ error: { code: "invalid_claims", fields: [{ index: 1, column: "age" }] } });
  });

  it("answers 500 without details when something unexpected fails", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { key } = await createApiKey(db, admin, { name: "Unlucky" });
    const broken = { score: () => { throw new Error("secret internals at /srv/model.json"); }, model: motorModelInfo };
    const res = await handleScoreRequest(db, post(key, claims[0]), LIMITS, broken);
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: { code: "internal", message: "Something went wrong on our side. Please try again." } });
    expect(text).not.toMatch(/secret|model\.json|at /);
    vi.restoreAllMocks();
  });
});
