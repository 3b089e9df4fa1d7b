import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, createTestUser, type TestDb } from "./test-db";
import type { Db } from "@/lib/db";
import { createPolicy } from "@/lib/policies/create-policy";
import { submitClaim } from "@/lib/claims/submit-claim";
import { examplePolicyInput } from "@/tests/fixtures/policy-input-examples";
import { exampleClaimInput } from "@/prisma/seed/claim-input-examples";
import { bundledModelFiles, registerBundledModels } from "@/lib/model-registry/registry";
import { driftReport, DRIFT_MAX_CLAIMS, DRIFT_MIN_CLAIMS, DRIFT_WINDOW_DAYS } from "@/lib/model-registry/drift";
import { PROBABILITY_EDGES, PSI_SIGNIFICANT, type DriftReference } from "@/ml/fraud/drift";
import type { Prisma } from "@/lib/generated/prisma/client";

/*
 * Drift (PSI) on /admin/models, against a real database: live claims are rows in Claim, read with the
 * bounded query the admin page runs (this version, last 30 days, newest 2,000). Claims are copies of one
 * claim really filed and scored through submitClaim, with their fraud probabilities set to chosen
 * distributions, so the expected PSI is known.
 */

let t: TestDb;
let db: Db;
let version: string;
let reference: DriftReference;
let template: Omit<Prisma.ClaimCreateManyInput, "number">;
let seq = 0;

const DAY_MS = 24 * 60 * 60_000;
const NOW = new Date(Date.UTC(2026, 10, 25, 12));

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  const holder = await createTestUser(db, "Jordan Smith", "jordan@example.com", "+447911000111");
  await registerBundledModels(db);
  const policy = await createPolicy(db, holder, examplePolicyInput("car"));
  const filed = await submitClaim(db, holder, policy.id, exampleClaimInput("car", { amountPounds: 300 }), []);
  const row = await db.claim.findUniqueOrThrow({ where: { id: filed.id } });
  version = row.modelVersion;
  const card = bundledModelFiles("motor").card;
  expect(card.version).toBe(version);
  expect(card.drift).toBeDefined();
  reference = card.drift!;
  await db.claim.delete({ where: { id: row.id } });
  const { id: _id, number: _number, details, fraudReasons, modelInputs, ...rest } = row;
  void _id;
  void _number;
  const json = (v: unknown) => v as Prisma.InputJsonValue;
  template = { ...rest, details: json(details), fraudReasons: json(fraudReasons), modelInputs: json(modelInputs) };
});
afterAll(() => t.cleanup());

/** Probabilities spread over the ten bins in the reference's out-of-fold shares (the bin's midpoint each). */
function probabilitiesLikeReference(n: number): number[] {
  const shares = reference.probability.reference.shares;
  const out: number[] = [];
  shares.forEach((share, bin) => {
    for (let k = 0; k < Math.round(share * n); k++) out.push(bin * 0.1 + 0.05);
  });
  return out;
}

async function addClaims(probabilities: number[], p: { daysAgo?: number; modelVersion?: string } = {}) {
  const createdAt = new Date(NOW.getTime() - (p.daysAgo ?? 1) * DAY_MS);
  await db.claim.createMany({
    data: probabilities.map((fraudProbability) => ({
      ...template,
      number: `CLM-DRIFT-${++seq}`,
      fraudProbability,
      modelVersion: p.modelVersion ?? version,
      createdAt,
      submittedAt: createdAt,
    })),
  });
}

const report = () => driftReport(db, { kind: "motor", version, reference, now: NOW });

describe("drift of the active fraud model (real database)", () => {
  it("says too few below the minimum, counting only this version's claims of the last 30 days", async () => {
    await addClaims(probabilitiesLikeReference(200), { daysAgo: DRIFT_WINDOW_DAYS + 2 });
    await addClaims(probabilitiesLikeReference(200), { modelVersion: "motor-older0000" });
    await addClaims(Array.from({ length: DRIFT_MIN_CLAIMS - 1 }, () => 0.05));
    expect(await report()).toEqual({ status: "too-few", claims: DRIFT_MIN_CLAIMS - 1 });
  });

  it("live claims distributed like the card's out-of-fold probabilities are stable", async () => {
    await db.claim.deleteMany({ where: { createdAt: { gte: new Date(NOW.getTime() - 2 * DAY_MS) } } });
    await addClaims(probabilitiesLikeReference(500));
    const r = await report();
    if (r.status !== "ok") throw new Error(`expected a report, got ${r.status}`);
    expect(r.claims).toBeGreaterThan(400);
    expect(r.probability.psi).toBeLessThan(0.02);
    expect(r.probability.band).toBe("stable");
    expect(r.probability.rows.map((row) => row.name)).toHaveLength(PROBABILITY_EDGES.length + 1);
    // The top inputs are compared too: every claim here is the same claim, so each input sits in one bin.
    expect(r.inputs.map((i) => i.label)).toEqual(reference.inputs.map((i) => i.binning.label));
  });

  it("a newer batch of high scores is a significant shift, and only the newest 2,000 claims are read", async () => {
    // Newer than the stable claims above: the newest DRIFT_MAX_CLAIMS are all high, so the stable ones fall out.
    await db.claim.createMany({
      data: Array.from({ length: DRIFT_MAX_CLAIMS }, () => {
        const createdAt = new Date(NOW.getTime() - DAY_MS / 2);
        return { ...template, number: `CLM-DRIFT-${++seq}`, fraudProbability: 0.95, modelVersion: version, createdAt, submittedAt: createdAt };
      }),
    });
    const r = await report();
    if (r.status !== "ok") throw new Error(`expected a report, got ${r.status}`);
    expect(r.claims).toBe(DRIFT_MAX_CLAIMS);
    expect(r.probability.psi).toBeGreaterThan(PSI_SIGNIFICANT);
    expect(r.probability.band).toBe("significant");
    const top = r.probability.rows.at(-1)!;
    expect(top.live).toBe(1);
  });
});
