// Starts what the browser journeys run against: a fresh migrated + seeded SQLite file, a local fake
// Twilio API (the real twilio client talks to it), and the production build of the app.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { startFakeTwilio } from "../fixtures/fake-twilio.mjs";

const port = process.env.E2E_PORT ?? "3100";
const dir = path.resolve("tests/.tmp");
fs.mkdirSync(dir, { recursive: true });
const dbFile = path.join(dir, `e2e-${port}.db`);
for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`, `${dbFile}-journal`]) fs.rmSync(f, { force: true });
fs.rmSync(path.join(dir, `e2e-sms-${port}.jsonl`), { force: true });

const twilio = await startFakeTwilio({ port: Number(process.env.E2E_TWILIO_PORT ?? Number(port) + 99), logFile: path.join(dir, `e2e-sms-${port}.jsonl`) });

// E2E_DATABASE_URL=postgresql://… runs the journeys against PostgreSQL (the schema is emptied first);
// the default is a fresh SQLite file.
const pgUrl = process.env.E2E_DATABASE_URL;
if (pgUrl) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  await client.end();
}

const env = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: pgUrl ?? `file:${dbFile}`,
  AUTH_SECRET: "e2e-only-secret-0123456789abcdef0123456789",
  APP_URL: `http://127.0.0.1:${port}`,
  // every journey signs in from 127.0.0.1; keep the per-address limit out of the way of the per-account one
  LOGIN_MAX_FAILURES_PER_IP: "1000",
  SIGNUP_MAX_PER_IP_PER_HOUR: "1000",
  // many journeys run against one app (and some share a number on purpose): lift the per-number SMS caps
  // (tests/integration and tests/security check the caps themselves)
  SMS_MAX_PER_HOUR: "100000",
  SMS_MAX_PER_DAY: "100000",
  VERIFY_CODES_MAX_PER_HOUR: "100000",
  // one alert per event, so a journey can find the SMS naming its own feedback (coalescing: tests/security)
  ADMIN_ALERT_INTERVAL_MINUTES: "0",
  TWILIO_ACCOUNT_SID: "AC" + "e2e0".repeat(8),
  TWILIO_AUTH_TOKEN: "e2e-token",
  TWILIO_FROM: "+447911000999",
  TWILIO_API_BASE_URL: twilio.url,
  WORKER_IN_APP: "on",
  WORKER_POLL_MS: "300",
  // One JSON access line per request would bury the journeys' output; E2E_LOG_LEVEL=info shows them.
  LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? "warn",
};

execFileSync("node", ["scripts/migrate.mjs", "deploy"], { env: { ...env, MIGRATE_QUIET: "1" }, stdio: "inherit" });
execFileSync("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"], { env, stdio: "inherit" });

const app = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", port], { env, stdio: "inherit" });
const stop = () => {
  app.kill("SIGTERM");
  twilio.close();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
app.on("exit", (code) => {
  twilio.close();
  process.exit(code ?? 0);
});
