/**
 * Application benchmark: the costs a user waits for on the server, measured in-process on a real
 * migrated SQLite file (no HTTP): password hashing, photo re-encoding, feedback submission (sentiment
 * + transaction + outbox), and the health query. Prints Markdown.
 *
 *   npx tsx scripts/bench/app.ts
 */
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import sharp from "sharp";
import { createPrismaClient } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { processProfilePhoto } from "@/lib/profile/photo";
import { createAccount } from "@/lib/auth/create-account";
import { submitFeedback } from "@/lib/feedback/submit-feedback";

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  return { p50: q(0.5), p99: q(0.99), n: s.length };
}
async function time(n: number, fn: (i: number) => Promise<unknown>) {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    ms.push(performance.now() - t0);
  }
  return stats(ms);
}
const f = (x: number) => x.toFixed(x < 1 ? 3 : 1);

export async function benchApp(): Promise<string> {
  const dir = path.resolve("tests/.tmp");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `bench-${process.pid}.db`);
  execFileSync("node", ["scripts/migrate.mjs", "deploy"], { env: { ...process.env, DATABASE_URL: `file:${file}`, MIGRATE_QUIET: "1" }, stdio: "inherit" });
  const db = createPrismaClient(`file:${file}`);
  try {
    const hash = await hashPassword("a-long-password-1");
    const rows: [string, ReturnType<typeof stats>][] = [];
    rows.push(["argon2id hash (sign-up)", await time(10, () => hashPassword("a-long-password-1"))]);
    rows.push(["argon2id verify (sign-in)", await time(10, () => verifyPassword(hash, "a-long-password-1"))]);
    const photo = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: "#3b82f6" } }).jpeg({ quality: 90 }).toBuffer();
    rows.push([`photo verify + re-encode (3000×2000 JPEG, ${(photo.length / 1024).toFixed(0)} KiB)`, await time(10, () => processProfilePhoto(photo))]);
    const user = await createAccount(db, { name: "Bench User", email: "bench@example.com", phone: "+447911123456", password: "0123456789ab", confirmPassword: "0123456789ab" });
    await createAccount(db, { name: "Bench Admin", email: "admin@example.com", phone: "+447911123457", password: "0123456789ab", confirmPassword: "0123456789ab" }, "ADMIN");
    const msgs = ["I filed my claim three weeks ago and nobody has called me back.", "Quick payout, thank you!", "I changed my address online today."];
    rows.push(["submit feedback (sentiment + transaction + admin alert)", await time(200, (i) => submitFeedback(db, user.id, { topic: "claim", message: msgs[i % 3] }))]);
    rows.push(["health query (SELECT 1)", await time(500, () => db.$queryRawUnsafe("SELECT 1"))]);
    const rss = process.memoryUsage().rss / 1024 / 1024;
    return [
      "## Application (server-side costs)",
      "",
      `Node ${process.version}, real SQLite file through Prisma 7 + better-sqlite3, in-process (no HTTP).`,
      "",
      "| operation | runs | p50 ms | p99 ms |",
      "|---|---:|---:|---:|",
      ...rows.map(([name, s]) => `| ${name} | ${s.n} | ${f(s.p50)} | ${f(s.p99)} |`),
      "",
      `Resident memory after the run: ${rss.toFixed(0)} MiB.`,
      "",
      "Reproduce: `npx tsx scripts/bench/app.ts`.",
      "",
    ].join("\n");
  } finally {
    await db.$disconnect();
    for (const x of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(x, { force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  benchApp().then((md) => console.log(md));
}
