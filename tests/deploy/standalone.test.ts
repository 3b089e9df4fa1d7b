import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// The Docker image cannot be built here (no container engine), so this runs what the image runs: the
// standalone output of a `BUILD_STANDALONE=1` build, assembled the way the Dockerfile assembles it (static
// files and public/ copied beside server.js), started with plain `node server.js` from its own folder on a
// freshly migrated database. STANDALONE_SKIP_BUILD=1 reuses an existing build.

const DIST = ".next-standalone";
const PORT = Number(process.env.STANDALONE_PORT ?? 3899);
const BASE = `http://127.0.0.1:${PORT}`;
const TOKEN = "standalone-metrics-token-0123456789";
const tmp = path.resolve("tests/.tmp");
const dbFile = path.join(tmp, `standalone-${PORT}.db`);
const standaloneDir = path.resolve(DIST, "standalone");

let server: ChildProcess | undefined;
let output = "";

async function until<T>(check: () => Promise<T | undefined>, what: string, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}\n--- server output ---\n${output.slice(-4000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  if (process.env.STANDALONE_SKIP_BUILD !== "1" || !fs.existsSync(path.join(standaloneDir, "server.js"))) {
    execFileSync("npx", ["next", "build"], { env: { ...env, BUILD_STANDALONE: "1", NEXT_DIST_DIR: DIST }, stdio: ["ignore", "ignore", "inherit"] });
  }
  // As the Dockerfile does: the standalone server does not carry static assets or public/ itself.
  fs.cpSync(path.resolve(DIST, "static"), path.join(standaloneDir, DIST, "static"), { recursive: true });
  fs.cpSync(path.resolve("public"), path.join(standaloneDir, "public"), { recursive: true });

  fs.mkdirSync(tmp, { recursive: true });
  for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`, `${dbFile}-journal`]) fs.rmSync(f, { force: true });
  execFileSync("node", ["scripts/migrate.mjs", "deploy"], { env: { ...env, DATABASE_URL: `file:${dbFile}`, MIGRATE_QUIET: "1" }, stdio: "inherit" });

  server = spawn(process.execPath, ["server.js"], {
    cwd: standaloneDir,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(PORT),
      HOSTNAME: "127.0.0.1",
      DATABASE_URL: `file:${dbFile}`,
      AUTH_SECRET: "standalone-smoke-secret-0123456789abcdef",
      APP_URL: BASE,
      METRICS_TOKEN: TOKEN,
      REQUEST_ID_HEADER: "x-platform-request-id",
      WORKER_IN_APP: "on",
      WORKER_POLL_MS: "200",
      LOG_FORMAT: "json",
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (c) => (output += c));
  server.stderr!.on("data", (c) => (output += c));
  await until(async () => ((await fetch(`${BASE}/api/health`)).ok ? true : undefined), "the standalone server to answer /api/health");
});

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server!.once("exit", r));
    server.kill("SIGTERM");
    await exited;
  }
  for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`, `${dbFile}-journal`]) fs.rmSync(f, { force: true });
});

describe("the standalone server (what the Docker image runs)", () => {
  it("answers /api/health with the database reachable", async () => {
    const res = await fetch(`${BASE}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", db: "ok" });
  });

  it("serves a page and the static assets it links to", async () => {
    const res = await fetch(`${BASE}/info`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Safeguard");
    const asset = /\/_next\/static\/[^"']+\.(?:js|css)/.exec(html)?.[0];
    expect(asset, "a /_next/static asset linked from the page").toBeTruthy();
    expect((await fetch(`${BASE}${asset}`)).status).toBe(200);
  });

  it("gives every request an id, taking the trusted platform header when present, and logs JSON lines with it", async () => {
    const own = await fetch(`${BASE}/api/health`);
    expect(own.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const spoofed = await fetch(`${BASE}/api/health`, { headers: { "x-request-id": "client-chosen" } });
    expect(spoofed.headers.get("x-request-id")).not.toBe("client-chosen");

    const platform = await fetch(`${BASE}/api/health`, { headers: { "x-platform-request-id": "plat-7f3k-9qd2" } });
    expect(platform.headers.get("x-request-id")).toBe("plat-7f3k-9qd2");
    const line = await until(async () => {
      const found = output.split("\n").find((l) => l.includes('"requestId":"plat-7f3k-9qd2"'));
      return found ? (JSON.parse(found) as Record<string, unknown>) : undefined;
    }, "the access log line for the platform's request id");
    expect(line).toMatchObject({ level: "info", capability: "http", msg: "request", method: "GET", route: "/api/health", kind: "route", status: 200 });
  });

  it("exposes metrics to the token holder only: requests by route pattern and the in-app worker's heartbeat", async () => {
    expect((await fetch(`${BASE}/api/metrics`)).status).toBe(401);
    expect((await (await fetch(`${BASE}/verify/not-a-policy?s=bad`)).text())).toContain("not valid");
    const text = await until(async () => {
      const t = await (await fetch(`${BASE}/api/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
      // A response is counted when its last byte is written, which may be just after the client has it.
      return t.includes("safeguard_worker_heartbeat_age_seconds ") && t.includes('route="/verify/[policyId]"') ? t : undefined;
    }, "the in-app worker's first heartbeat and the /verify request in the metrics");
    expect(text).toMatch(/^safeguard_http_requests_total\{method="GET",route="\/api\/health",kind="route",status="200"\} [1-9]/m);
    expect(text).toMatch(/^safeguard_http_requests_total\{method="GET",route="\/info",kind="page",status="200"\} [1-9]/m);
    // The raw path never becomes a label: the dynamic segment stays a pattern.
    expect(text).toMatch(/^safeguard_http_requests_total\{method="GET",route="\/verify\/\[policyId\]",kind="page",status="\d+"\} 1$/m);
    expect(text).not.toContain("not-a-policy");
    expect(text).toMatch(/^safeguard_workers_recent 1$/m);
  });
});
