import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDb, createTestUser, type TestDb } from "./test-db";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createPolicy } from "@/lib/policies/create-policy";
import { examplePolicyInput } from "@/tests/fixtures/policy-input-examples";
import { exampleClaimInput } from "@/prisma/seed/claim-input-examples";
import { submitClaim } from "@/lib/claims/submit-claim";
import { env } from "@/lib/env";
import { bundledModelFiles, promoteModelVersion, registerBundledModels, registerModel, rollBackModel } from "@/lib/model-registry/registry";
import { activeFraudModel, motorScorerFor } from "@/lib/model-registry/active-model";
import { modelVersion } from "@/ml/fraud/model-file";

/*
 * The registry against a real database. "Another app instance" is a fresh copy of the modules
 * (vi.resetModules + import): its own active-model cache and its own parsed-model LRU, as a second
 * process would have. The cache time is respected, not bypassed: only Date is faked, to step past it.
 */

let t: TestDb;
let db: Db;
let holder: string;
let admin: string;
let v1: { id: string; version: string };
let v2: { id: string; version: string };
let v3: { id: string; version: string };

/** A second motor version: the bundled model with another threshold (so another hash, another version). */
function variant(threshold: number) {
  const { serialized, card } = bundledModelFiles("motor");
  const file = JSON.parse(serialized);
  file.threshold = threshold;
  const text = JSON.stringify(file);
  return { serialized: text, card: { ...card, version: modelVersion("motor", text), threshold: { ...card.threshold, value: threshold } } };
}

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  const mk = (name: string, email: string, phone: string, role: "USER" | "ADMIN" = "USER") => createTestUser(db, name, email, phone, role);
  holder = await mk("Jordan Smith", "jordan@example.com", "+447911000111");
  admin = await mk("Alex Admin", "admin@example.com", "+447911000333", "ADMIN");
  const boot = await registerBundledModels(db);
  expect(boot.every((b) => b.activated)).toBe(true);
  v1 = await db.modelVersion.findFirstOrThrow({ where: { kind: "motor" }, select: { id: true, version: true } });
  v2 = await registerModel(db, { ...variant(0.01), createdBy: "test", source: "cli" });
  v3 = await registerModel(db, { ...variant(0.02), createdBy: "test", source: "cli" });
});
afterAll(() => t.cleanup());
afterEach(() => vi.useRealTimers());

const carClaim = async (submit: typeof submitClaim) => {
  const policy = await createPolicy(db, holder, examplePolicyInput("car"));
  const c = await submit(db, holder, policy.id, exampleClaimInput("car", { amountPounds: 300 }), []);
  return db.claim.findUniqueOrThrow({ where: { id: c.id }, select: { modelVersion: true, modelKind: true, fraudDecision: true } });
};

/** A fresh copy of the app's modules: another app instance with its own caches. */
async function otherInstance() {
  vi.resetModules();
  return {
    registry: await import("@/lib/model-registry/registry"),
    submitClaim: (await import("@/lib/claims/submit-claim")).submitClaim,
  };
}

describe("model registry (real database)", () => {
  it("registers a model once per version, and setup activates the bundled models only where none is active", async () => {
    const again = await registerModel(db, { ...bundledModelFiles("motor"), createdBy: "someone else", source: "admin" });
    expect(again).toMatchObject({ id: v1.id, created: false });
    expect(await db.modelVersion.count({ where: { kind: "motor", version: v1.version } })).toBe(1);
    expect((await registerBundledModels(db)).map((r) => r.activated)).toEqual([false, false]);
    expect(await db.activeModel.count()).toBe(2);
  });

  it("a version promoted in one instance scores the next claim in another; the promoting instance's peers follow once their cache time passes", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date() });
    // this instance scores with v1 and has read the active version just now
    expect((await carClaim(submitClaim)).modelVersion).toBe(v1.version);

    const other = await otherInstance();
    await other.registry.promoteModelVersion(db, admin, { kind: "motor", versionId: v2.id, expectedActiveId: v1.id, reason: "stricter threshold" });
    // a claim scored in another instance (its own cache) uses the new version at once …
    const elsewhere = await carClaim(other.submitClaim);
    expect(elsewhere.modelVersion).toBe(v2.version);
    expect(elsewhere.fraudDecision).toBe("investigate"); // v2's threshold 0.01 flags almost every claim
    // … while this instance keeps its read for MODEL_CACHE_SECONDS: no query per claim …
    expect((await carClaim(submitClaim)).modelVersion).toBe(v1.version);
    // … and scores with the new version once that time has passed, without a restart
    vi.setSystemTime(Date.now() + env().MODEL_CACHE_SECONDS * 1000 + 1);
    expect((await carClaim(submitClaim)).modelVersion).toBe(v2.version);
    // the scoring API reads the same active version
    expect(motorScorerFor(await activeFraudModel(db, "motor")).model().version).toBe(v2.version);
    // every claim keeps the version that scored it
    const counts = await db.claim.groupBy({ by: ["modelVersion"], _count: { _all: true } });
    expect(Object.fromEntries(counts.map((c) => [c.modelVersion, c._count._all]))).toEqual({ [v1.version]: 2, [v2.version]: 2 });
  });

  it("roll back restores the version active before the current one, and is audited", async () => {
    const before = await db.auditEvent.count({ where: { action: "model.rolled_back" } });
    const r = await rollBackModel(db, admin, { kind: "motor", expectedActiveId: v2.id, reason: "too many investigations" });
    expect(r.toVersion).toBe(v1.version);
    expect((await db.activeModel.findUniqueOrThrow({ where: { kind: "motor" } })).modelVersionId).toBe(v1.id);
    const audit = await db.auditEvent.findMany({ where: { action: "model.rolled_back" }, orderBy: { createdAt: "desc" } });
    expect(audit).toHaveLength(before + 1);
    expect(audit[0]).toMatchObject({ actorId: admin, actorRole: "ADMIN", targetType: "model", targetId: v1.id, fromStatus: v2.id, note: "too many investigations" });
    const promoted = await db.auditEvent.findFirstOrThrow({ where: { action: "model.promoted" } });
    expect(promoted).toMatchObject({ actorId: admin, targetId: v2.id, fromStatus: v1.id });
    // a fresh instance scores with the restored version
    expect((await carClaim((await otherInstance()).submitClaim)).modelVersion).toBe(v1.version);
  });

  it("of concurrent promotes from the same page, exactly one wins and one version is active", async () => {
    const activationsBefore = await db.modelActivation.count();
    const results = await Promise.allSettled(
      [v2, v3, v2, v3, v2].map((v) => promoteModelVersion(db, admin, { kind: "motor", versionId: v.id, expectedActiveId: v1.id })),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    const active = await db.activeModel.findUniqueOrThrow({ where: { kind: "motor" } });
    expect(active.modelVersionId).toBe((won[0] as PromiseFulfilledResult<{ to: string }>).value.to);
    expect(await db.modelActivation.count()).toBe(activationsBefore + 1);
  });

  it("refuses a policyholder, changing nothing", async () => {
    const active = await db.activeModel.findUniqueOrThrow({ where: { kind: "motor" } });
    const target = active.modelVersionId === v3.id ? v2 : v3;
    const refused = await promoteModelVersion(db, holder, { kind: "motor", versionId: target.id, expectedActiveId: active.modelVersionId }).catch((e) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused.code).toBe("FORBIDDEN");
    const rollback = await rollBackModel(db, holder, { kind: "motor", expectedActiveId: active.modelVersionId }).catch((e) => e);
    expect(rollback.code).toBe("FORBIDDEN");
    expect((await db.activeModel.findUniqueOrThrow({ where: { kind: "motor" } })).modelVersionId).toBe(active.modelVersionId);
  });
});
