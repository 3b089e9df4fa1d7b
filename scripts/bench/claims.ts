/**
 * Claim submission benchmark: submitClaim end to end on a real migrated SQLite file, in-process (no
 * HTTP): form validation, the fraud model's scoring, the transaction that reserves cover and writes
 * the claim, its audit trail and its outbox row. Prints Markdown.
 *
 *   npx tsx --conditions=react-server scripts/bench/claims.ts
 */
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { createPrismaClient } from "@/lib/db";
import { createAccount } from "@/lib/auth/create-account";
import { createPolicy } from "@/lib/policies/create-policy";
import { examplePolicyInput } from "@/tests/fixtures/policy-input-examples";
import { exampleClaimInput } from "@/prisma/seed/claim-input-examples";
import { submitClaim } from "@/lib/claims/submit-claim";

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  return { p50: q(0.5), p95: q(0.95), n: s.length };
}
const f = (x: number) => x.toFixed(x < 1 ? 3 : 1);

export async function benchClaims(): Promise<string> {
  const dir = path.resolve("tests/.tmp");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `bench-claims-${process.pid}.db`);
  execFileSync("node", ["scripts/migrate.mjs", "deploy"], { env: { ...process.env, DATABASE_URL: `file:${file}`, MIGRATE_QUIET: "1" }, stdio: "inherit" });
  const db = createPrismaClient(`file:${file}`);
  try {
    const user = await createAccount(db, { name: "Bench Holder", email: "bench@example.com", phone: "+447911123456", password: "0123456789ab", confirmPassword: "0123456789ab" });
    const rows: [string, ReturnType<typeof stats>][] = [];
    for (const [type, label] of [["car", "motor model"], ["home", "general model"]] as const) {
      const policy = await createPolicy(db, user.id, examplePolicyInput(type));
      const input = exampleClaimInput(type, { amountPounds: 25 });
      await submitClaim(db, user.id, policy.id, input, [], { store: {} }); // warm-up: loads the model once
      const ms: number[] = [];
      for (let i = 0; i < 200; i++) {
        const t0 = performance.now();
        await submitClaim(db, user.id, policy.id, input, [], { store: {} });
        ms.push(performance.now() - t0);
      }
      rows.push([`submit a ${type} claim (${label}; validation + scoring + transaction + outbox row)`, stats(ms)]);
    }
    return [
      "## Claims (submission end to end)",
      "",
      `Node ${process.version}, real SQLite file through Prisma 7 + better-sqlite3, in-process (no HTTP), no attachments; the policy gains one claim per run, so later runs also count more prior claims.`,
      "",
      "| operation | runs | p50 ms | p95 ms |",
      "|---|---:|---:|---:|",
      ...rows.map(([name, s]) => `| ${name} | ${s.n} | ${f(s.p50)} | ${f(s.p95)} |`),
      "",
      "Reproduce: `npm run bench -- claims`.",
      "",
    ].join("\n");
  } finally {
    await db.$disconnect();
    for (const x of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(x, { force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  benchClaims().then((md) => console.log(md));
}
