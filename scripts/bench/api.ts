/**
 * Scoring API benchmark: rows scored per second through the request handler's validation + scoring
 * path (JSON.parse → zod row schema → motor model with reasons) for a batch of 1,000 claims, latency
 * of one claim, and the whole handler in-process on a real migrated SQLite file (key lookup, per-key
 * rate-limit upsert, capped body read, validation, scoring; no HTTP).
 *
 * The handler's modules are server-only (as in the app), so the measurement runs in a child process
 * with the react-server export condition, the way Next loads them:
 *   npx tsx --conditions=react-server scripts/bench/api.ts
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  return { p50: q(0.5), p95: q(0.95), mean: s.reduce((a, b) => a + b, 0) / s.length, n: s.length };
}
const f = (x: number) => x.toFixed(x < 1 ? 3 : 1);
const n0 = (x: number) => Math.round(x).toLocaleString("en-US");
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(): Promise<string> {
  const { generateSyntheticClaims } = await import("../../ml/fraud/synthetic");
  const { motorModelInfo, scoreMotorRecord } = await import("@/ml/fraud/score");
  const { scoreClaimsBody } = await import("@/lib/scoring-api/score-claims");
  const { parseMotorClaim } = await import("@/lib/scoring-api/motor-claim-schema");
  const { handleScoreRequest } = await import("@/lib/scoring-api/handle-score-request");
  const { createApiKey } = await import("@/lib/api-keys/manage-api-keys");
  const { createPrismaClient } = await import("@/lib/db");
  const scorer = { score: scoreMotorRecord, model: motorModelInfo };

  // Claims as a client sends them: numbers as JSON numbers where the column is numeric.
  const toJson = (r: Record<string, string | null>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v !== null && /^-?\d+(\.\d+)?$/.test(v) && k !== "policy_number" && k !== "insured_zip" && k !== "auto_model" ? Number(v) : v]));
  const batch = generateSyntheticClaims("motor", 1000, 21).records.map(toJson);
  const singles = generateSyntheticClaims("motor", 1000, 22).records.map(toJson);
  const batchBody = JSON.stringify(batch);

  // warm-up: model load and JIT, one batch's worth
  await scoreClaimsBody(JSON.parse(batchBody), scorer);

  const batchRuns: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const out = await scoreClaimsBody(JSON.parse(batchBody), scorer);
    batchRuns.push(performance.now() - t);
    if (!out.ok || out.body.count !== 1000) throw new Error("batch did not score");
  }
  const validateRuns: number[] = [];
  for (let i = 0; i < 5; i++) {
    const parsed = JSON.parse(batchBody) as unknown[];
    const t = performance.now();
    parsed.forEach((c, idx) => parseMotorClaim(c, idx));
    validateRuns.push(performance.now() - t);
  }
  const single: number[] = [];
  for (const c of singles) {
    const body = JSON.stringify(c);
    const t = performance.now();
    await scoreClaimsBody(JSON.parse(body), scorer);
    single.push(performance.now() - t);
  }

  // The whole handler on a real SQLite file.
  const dir = path.resolve("tests/.tmp");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `bench-api-${process.pid}.db`);
  execFileSync("node", ["scripts/migrate.mjs", "deploy"], { env: { ...process.env, DATABASE_URL: `file:${file}`, MIGRATE_QUIET: "1" }, stdio: "inherit" });
  const db = createPrismaClient(`file:${file}`);
  try {
    const admin = await db.user.create({ data: { email: "bench-admin@example.com", name: "Bench Admin", phone: "+447911123457", passwordHash: "x", role: "ADMIN" } });
    const { key } = await createApiKey(db, { id: admin.id, role: "ADMIN" }, { name: "Bench client" });
    const limits = { requestsPerWindow: 1_000_000, windowMs: 60_000, maxBodyBytes: 4 * 1024 * 1024 };
    const request = (body: string) =>
      new Request("http://localhost/api/v1/claims/score", { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body });
    const handlerSingle: number[] = [];
    for (const c of singles.slice(0, 500)) {
      const body = JSON.stringify(c);
      const t = performance.now();
      const res = await handleScoreRequest(db, request(body), limits, scorer);
      await res.arrayBuffer();
      handlerSingle.push(performance.now() - t);
      if (res.status !== 200) throw new Error(`handler answered ${res.status}`);
    }
    const handlerBatch: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const res = await handleScoreRequest(db, request(batchBody), limits, scorer);
      await res.arrayBuffer();
      handlerBatch.push(performance.now() - t);
    }

    const batchMs = median(batchRuns);
    const validateMs = median(validateRuns);
    const one = stats(single);
    const h1 = stats(handlerSingle);
    const hb = median(handlerBatch);
    return [
      "## Scoring API",
      "",
      `Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, load average ${os.loadavg()[0].toFixed(1)} at start; the committed motor model (${motorModelInfo().version}), generated claims sent as JSON (${(batchBody.length / 1024).toFixed(0)} KiB for 1,000).`,
      "Validation + scoring = `JSON.parse` → zod row schema → probability, anomaly score and reasons (`scoreClaimsBody`, what the handler runs after authentication). Whole handler = also the key lookup, the per-key rate-limit upsert and the capped body read, on a real SQLite file, in-process (no HTTP).",
      "",
      "| path | claims per request | runs | p50 ms | p95 ms | mean ms | claims/s |",
      "|---|---:|---:|---:|---:|---:|---:|",
      `| validation only (zod row schema) | 1,000 | 5 | ${f(validateMs)} | — | — | ${n0(1000 / (validateMs / 1000))} |`,
      `| validation + scoring | 1,000 | 5 | ${f(batchMs)} | — | — | ${n0(1000 / (batchMs / 1000))} |`,
      `| validation + scoring | 1 | ${one.n} | ${f(one.p50)} | ${f(one.p95)} | ${f(one.mean)} | — |`,
      `| whole handler (SQLite) | 1 | ${h1.n} | ${f(h1.p50)} | ${f(h1.p95)} | ${f(h1.mean)} | — |`,
      `| whole handler (SQLite) | 1,000 | 3 | ${f(hb)} | — | — | ${n0(1000 / (hb / 1000))} |`,
      "",
      "Batch rows are the median of the runs (claims/s = 1,000 ÷ that time); one-claim rows are per-request latencies. Claims differ in cost (reasons need a forest pass for every attribute that differs from a typical genuine claim), so the mean is well above the p50 and the batch rate follows the mean. On a shared, loaded machine the batch figures absorb time lost to other processes, the p50 of short requests mostly does not.",
      "",
      "A batch of 1,000 is CPU-bound in the model (reasons cost one forest pass per attribute); the handler yields to the event loop every 20 claims, so other requests are served in between instead of waiting for the whole batch.",
      "",
      "Reproduce: `npm run bench -- api` or `npx tsx --conditions=react-server scripts/bench/api.ts`.",
      "",
    ].join("\n");
  } finally {
    await db.$disconnect();
    for (const x of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(x, { force: true });
  }
}

/** Runs the measurement in a child process with the react-server condition and returns its Markdown. */
export async function benchApi(): Promise<string> {
  return execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/bench/api.ts"], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 16 * 1024 * 1024 });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  measure().then((md) => process.stdout.write(md));
}
