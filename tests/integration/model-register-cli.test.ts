import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "./test-db";
import type { ModelCard } from "@/ml/fraud/model-file";

/*
 * `npm run ml:train -- … --register` end to end: the real CLI in its own process (as the README tells an
 * operator to run it), a small generated data set, and the registry of a real database given by
 * DATABASE_URL. Registering the same model twice keeps one version.
 */

const run = promisify(execFile);
const tsx = path.join(process.cwd(), "node_modules/.bin/tsx");
const cli = (script: string, args: string[], env: Record<string, string> = {}) =>
  run(tsx, ["--conditions=react-server", path.join(process.cwd(), "ml/fraud/cli", script), ...args], {
    env: { ...process.env, ...env },
    encoding: "utf8",
  });

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.cleanup());

describe("ml:train --register (real CLI, real database)", () => {
  it("stores the trained model as a new, inactive version with its card, once", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "register-cli-"));
    const data = path.join(dir, "motor.csv");
    await cli("generate.ts", ["--rows", "240", "--seed", "11", "--out", data, "--kind", "motor"]);
    const out = path.join(dir, "model");
    const args = ["--data", data, "--seed", "3", "--folds", "2", "--inner-folds", "2", "--trees", "8", "--search-trees", "4", "--no-search", "--out", out, "--register"];

    const first = await cli("train.ts", args, { DATABASE_URL: t.url });
    const card = JSON.parse(readFileSync(path.join(out, "card.json"), "utf8")) as ModelCard;
    expect(first.stderr).toContain(`Registered: ${card.version}`);

    const rows = await t.db.modelVersion.findMany({ select: { id: true, version: true, kind: true, source: true, dataSha256: true, createdBy: true } });
    expect(rows).toEqual([{ id: expect.any(String), version: card.version, kind: "motor", source: "cli", dataSha256: card.data.sha256, createdBy: expect.stringMatching(/^ml:train \(/) }]);
    // Registered, not promoted: scoring stays on whatever is active until an admin promotes it.
    expect(await t.db.activeModel.count({ where: { modelVersionId: rows[0].id } })).toBe(0);

    // Same data, same seed: the same model file, so the same version, registered once.
    const second = await cli("train.ts", args, { DATABASE_URL: t.url });
    expect(second.stderr).toContain(`Already registered: ${card.version}`);
    expect(await t.db.modelVersion.count()).toBe(1);
  }, 240_000);
});
