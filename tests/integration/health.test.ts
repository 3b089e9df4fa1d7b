import { afterEach, describe, expect, it, vi } from "vitest";
import { createTestDb, onPostgres } from "./test-db";

// The route reads the process-wide client from lib/db, which is built from DATABASE_URL on first import:
// load a fresh copy of the module graph for each case.
async function healthWith(url: string) {
  vi.resetModules();
  process.env.DATABASE_URL = url;
  delete (globalThis as { prisma?: unknown }).prisma;
  const { GET } = await import("@/app/api/health/route");
  return GET();
}

afterEach(() => vi.restoreAllMocks());

describe("GET /api/health", () => {
  it("reports ok for a reachable database", async () => {
    const t = await createTestDb();
    try {
      const res = await healthWith(t.url);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: "ok", db: "ok" });
    } finally {
      await t.cleanup();
    }
  });

  it("answers 503 with db error, and no details, when the database cannot be reached", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await healthWith(onPostgres ? "postgresql://nobody@127.0.0.1:1/none" : "file:/nonexistent-dir/for-sure/app.db");
    expect(res.status).toBe(503);
    const body = await res.json();
    expect(body).toEqual({ status: "degraded", db: "error" });
  });
});
