import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db";
import { pgAdmin, pgUrlFor, TEST_PG_URL } from "./pg-databases";

// The enums_and_json migration turned text columns into enums and Json. Rows written before it (as the
// strings the old code stored) must read back unchanged through the new client, on the database under test.
const OLD_ROWS = [
  `INSERT INTO "User" ("id","email","name","phone","passwordHash","role","createdAt","updatedAt") VALUES
   ('u1','admin@example.com','Ada','+447700900001','x','ADMIN','2026-01-01T00:00:00.000Z','2026-01-01T00:00:00.000Z'),
   ('u2','holder@example.com','Bo','+447700900002','x','USER','2026-01-01T00:00:00.000Z','2026-01-01T00:00:00.000Z')`,
  `INSERT INTO "Policy" ("id","number","userId","type","status","startDate","endDate","termMonths","sumInsuredCents","remainingCoverCents","premiumCents","details","createdAt","updatedAt") VALUES
   ('p1','SG-OLD1','u2','car','LAPSED','2026-01-01T00:00:00.000Z','2027-01-01T00:00:00.000Z',12,100000,90000,5000,'{"registration":"AB12 CDE","ncdYears":3}','2026-01-01T00:00:00.000Z','2026-01-01T00:00:00.000Z')`,
  `INSERT INTO "Claim" ("id","number","policyId","userId","status","incidentDate","incidentHour","description","witnesses","amountCents","reservedCents","details","fraudProbability","anomalyScore","fraudDecision","fraudReasons","modelVersion","modelKind","modelInputs","submittedAt","createdAt","updatedAt") VALUES
   ('c1','CLM-OLD1','p1','u2','UNDER_REVIEW','2026-02-01T00:00:00.000Z',14,'Hit a post',0,10000,10000,'{"incidentType":"collision"}',0.7,0.1,'investigate','[{"feature":"f","text":"Reason","direction":"raises","impact":0.2}]','v1','motor','{"claim_amount":"100"}','2026-02-02T00:00:00.000Z','2026-02-02T00:00:00.000Z','2026-02-02T00:00:00.000Z')`,
  `INSERT INTO "Feedback" ("id","userId","topic","message","sentiment","sentimentScore","signals","status","createdAt") VALUES
   ('f1','u2','claim','Slow','negative',-0.5,'["waiting"]','ANSWERED','2026-02-03T00:00:00.000Z')`,
  `INSERT INTO "Notification" ("id","userId","toPhone","kind","payload","body","status","idempotencyKey","nextAttemptAt","createdAt") VALUES
   ('n1','u2','+447700900002','policy_created','{"policyNumber":"SG-OLD1"}','Hi','HELD','k1','2026-01-01T00:00:00.000Z','2026-01-01T00:00:00.000Z')`,
  `INSERT INTO "AuditEvent" ("id","actorId","actorRole","action","targetType","targetId","data","createdAt") VALUES
   ('a1',NULL,'SYSTEM','policy.lapsed','policy','p1','{"days":3}','2026-01-02T00:00:00.000Z'),
   ('a2','u1','ADMIN','claim.approved','claim','c1',NULL,'2026-01-02T00:00:00.000Z')`,
];

function migrate(url: string, ...args: string[]) {
  execFileSync("node", ["scripts/migrate.mjs", "deploy", ...args], { env: { ...process.env, DATABASE_URL: url, MIGRATE_QUIET: "1" }, stdio: "inherit" });
}

describe("enums_and_json migration keeps rows written before it", () => {
  let url: string;
  let db: Db;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    if (TEST_PG_URL) {
      const name = `it_mig_${randomUUID().replace(/-/g, "")}`;
      await pgAdmin(`CREATE DATABASE "${name}"`);
      url = pgUrlFor(name);
      migrate(url, "--before", "enums_and_json");
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      for (const sql of OLD_ROWS) await client.query(sql);
      await client.end();
      cleanup = () => pgAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } else {
      const file = path.resolve("tests/.tmp", `mig-${randomUUID()}.db`);
      url = `file:${file}`;
      migrate(url, "--before", "enums_and_json");
      const conn = await new PrismaBetterSqlite3({ url }).connect();
      for (const sql of OLD_ROWS) await conn.executeScript(sql);
      await conn.dispose();
      cleanup = async () => {
        for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
      };
    }
    migrate(url);
    db = createPrismaClient(url);
  });

  afterAll(async () => {
    await db?.$disconnect();
    await cleanup?.();
  });

  it("reads the old strings back as enum values", async () => {
    expect((await db.user.findMany({ orderBy: { id: "asc" }, select: { role: true } })).map((u) => u.role)).toEqual(["ADMIN", "USER"]);
    expect(await db.policy.findUniqueOrThrow({ where: { id: "p1" }, select: { type: true, status: true } })).toEqual({ type: "car", status: "LAPSED" });
    expect(await db.claim.findUniqueOrThrow({ where: { id: "c1" }, select: { status: true, fraudDecision: true, modelKind: true } })).toEqual({
      status: "UNDER_REVIEW",
      fraudDecision: "investigate",
      modelKind: "motor",
    });
    expect(await db.feedback.findUniqueOrThrow({ where: { id: "f1" }, select: { topic: true, sentiment: true, status: true } })).toEqual({
      topic: "claim",
      sentiment: "negative",
      status: "ANSWERED",
    });
    expect((await db.notification.findUniqueOrThrow({ where: { id: "n1" } })).status).toBe("HELD");
    // filters on the converted columns use them as enums (and their rebuilt indexes)
    expect(await db.claim.count({ where: { status: { in: ["UNDER_REVIEW", "SUBMITTED"] } } })).toBe(1);
    expect(await db.auditEvent.count({ where: { actorRole: "SYSTEM" } })).toBe(1);
  });

  it("reads the old JSON text back as structured values", async () => {
    expect((await db.policy.findUniqueOrThrow({ where: { id: "p1" } })).details).toEqual({ registration: "AB12 CDE", ncdYears: 3 });
    const claim = await db.claim.findUniqueOrThrow({ where: { id: "c1" } });
    expect(claim.details).toEqual({ incidentType: "collision" });
    expect(claim.fraudReasons).toEqual([{ feature: "f", text: "Reason", direction: "raises", impact: 0.2 }]);
    expect(claim.modelInputs).toEqual({ claim_amount: "100" });
    expect((await db.feedback.findUniqueOrThrow({ where: { id: "f1" } })).signals).toEqual(["waiting"]);
    expect((await db.notification.findUniqueOrThrow({ where: { id: "n1" } })).payload).toEqual({ policyNumber: "SG-OLD1" });
    const audit = await db.auditEvent.findMany({ orderBy: { id: "asc" }, select: { data: true } });
    expect(audit.map((a) => a.data)).toEqual([{ days: 3 }, null]);
  });

  it("keeps the defaults for new rows", async () => {
    const u = await db.user.create({ data: { email: "new@example.com", name: "New", phone: "+447700900003", passwordHash: "x" } });
    expect(u.role).toBe("USER");
  });
});
