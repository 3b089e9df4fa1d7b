/**
 * HTTP benchmark: the production build under load (autocannon, 50 connections), beside a minimal
 * Next.js app of the same version (its static page is the framework's ceiling on this machine) and a
 * bare Node http server, all started in the same run and loaded one target at a time.
 *
 * The app runs as the browser journeys run it (tests/fixtures/start-app.mjs): `next start` on the build
 * in .next (or NEXT_DIST_DIR; built first if missing), a freshly migrated and seeded SQLite file, SMS
 * to a local fake Twilio. Targets: a real signed /verify link, /info, /policies signed in through the
 * real sign-in flow, and claim submission posted straight to the claim form's server action (the
 * action id from the build's server-reference manifest, the body React encodes in the browser); the
 * claims created are counted in the database afterwards. Also first-load JavaScript per route (from
 * the build's manifests) and the servers' resident memory after the load. Prints Markdown.
 *
 *   npm run bench -- http [--duration=10] [--warmup=3] [--rounds=3]
 *   npx tsx --conditions=react-server scripts/bench/http.ts [--duration=10] [--warmup=3] [--rounds=3] [--only=info,verify]
 *
 * --only= loads just those targets (keys: bare, minimal, minimal-dynamic, minimal-after-dynamic, floor-verify, floor-info, verify, verify-invalid, info, policies, claim) beside
 * the minimal app's static page: quick A/B runs with the tsx command (through npm run bench the partial table would
 * replace the HTTP section of docs/BENCHMARKS.md).
 *
 * --rounds=N loads every GET target N times, round after round (claim submission once), and reports each target's
 * median round by server CPU per request: on this shared 2-core machine one 10 s run of the same page moves by ±25 %
 * from one minute to the next, which a single round puts straight into the ratios.
 *
 * The framework's floor for the app's two public pages is measured too (scripts/bench/floor-next): a minimal app routed
 * exactly as the app is (its own headers() and rewrites(), a request context like the app's request ids) serving a
 * page of /info's size and a fixed /verify answer, with nothing of the app's own work.
 *
 * BENCH_HTTP_PORT (default 3131) is the first of six ports: app, minimal app, bare server, fake Twilio, floor app,
 * a second minimal app (the one that renders its dynamic page, so that the first one's static page stays cold).
 * BENCH_LOG_LEVEL sets the app's LOG_LEVEL (default: the production default, info, one access line per
 * request, written to /dev/null).
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import autocannon, { type Result } from "autocannon";
// @ts-expect-error -- a plain .mjs test fixture without type declarations
import { startApp } from "../../tests/fixtures/start-app.mjs";

const require = createRequire(import.meta.url);
const NEXT_BIN = require.resolve("next/dist/bin/next");
const NEXT_VERSION = (require("next/package.json") as { version: string }).version;
const CONNECTIONS = 50;
/** Extra warm-up for the first target loaded on each server (minimal app, bare server, the app). */
const FIRST_TARGET_EXTRA_WARMUP_S = 8;
const MINIMAL_DIR = path.resolve("scripts/bench/minimal-next");
const FLOOR_DIR = path.resolve("scripts/bench/floor-next");
const BARE_HTML = "<!doctype html><html lang=\"en\"><head><title>Bare</title></head><body><h1>Hello</h1><p>A small HTML page.</p></body></html>";

type Options = { duration: number; warmup: number; rounds: number; basePort: number; only: string[] };
function options(argv: string[]): Options {
  const num = (name: string, dflt: number) => {
    const a = argv.find((x) => x.startsWith(`--${name}=`));
    const v = a ? Number(a.split("=")[1]) : dflt;
    if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} must be a positive number of seconds`);
    return v;
  };
  const only = argv.find((x) => x.startsWith("--only="))?.slice("--only=".length).split(",").filter(Boolean) ?? [];
  const unknown = only.filter((k) => !TARGET_KEYS.includes(k));
  if (unknown.length) throw new Error(`--only: unknown target ${unknown.join(", ")} (targets: ${TARGET_KEYS.join(", ")})`);
  const rounds = num("rounds", 3);
  if (!Number.isInteger(rounds)) throw new Error("--rounds must be a whole number");
  return { duration: num("duration", 10), warmup: num("warmup", 3), rounds, basePort: Number(process.env.BENCH_HTTP_PORT ?? 3131), only };
}

const log = (msg: string) => console.error(`   http: ${msg}`);

/** Targets by key, for `--only=` (the minimal app's static page, the ratios' denominator, always runs). */
const TARGET_KEYS = ["bare", "minimal", "minimal-dynamic", "minimal-after-dynamic", "floor-verify", "floor-info", "verify", "verify-invalid", "info", "policies", "claim"];

// ---------------------------------------------------------------------------------------------------
// Builds

/** The app's production build; built here (db:generate + next build) when there is none. */
function ensureAppBuild(distDir: string) {
  if (fs.existsSync(path.join(distDir, "BUILD_ID"))) return;
  log(`no production build in ${distDir}: building it (npm run build)`);
  execFileSync("npm", ["run", "build"], { stdio: ["ignore", process.stderr, "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
}

/**
 * A small app of the bench's own (the minimal app, the floor app), built with the project's own next into its folder's
 * .next, again when next or any of its sources changes (for the floor app, also the app's next.config.mjs and
 * security headers, which it takes its routing from).
 */
function ensureBenchAppBuild(dir: string, alsoFrom: string[] = []) {
  const dist = path.join(dir, ".next");
  const stamp = path.join(dist, "bench-build-stamp");
  const hash = crypto.createHash("sha256").update(NEXT_VERSION);
  const sources = (d: string): string[] =>
    fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.name === ".next" || e.name === "node_modules" ? [] : e.isDirectory() ? sources(path.join(d, e.name)) : [path.join(d, e.name)]));
  for (const f of [...sources(dir).sort(), ...alsoFrom]) hash.update(f).update(fs.readFileSync(f));
  const want = hash.digest("hex");
  if (fs.existsSync(path.join(dist, "BUILD_ID")) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === want) return;
  log(`building ${path.relative(process.cwd(), dir)} with Next.js ${NEXT_VERSION}`);
  fs.rmSync(dist, { recursive: true, force: true });
  // Run from its own folder: from the project's root, next also bundles the project's proxy.ts and instrumentation.ts.
  execFileSync(process.execPath, [NEXT_BIN, "build"], { cwd: dir, stdio: ["ignore", process.stderr, "inherit"], env: benchAppEnv() });
  fs.writeFileSync(stamp, want);
}

/** The environment of the bench's own apps: production, and not the app's build folder (the floor app loads the app's next.config.mjs). */
function benchAppEnv(): NodeJS.ProcessEnv {
  const { NEXT_DIST_DIR: _appDistDir, ...rest } = process.env;
  return { ...rest, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
}

// ---------------------------------------------------------------------------------------------------
// Servers

type Server = { name: string; url: string; pid: number | undefined; stop: () => Promise<void> };

function spawnServer(name: string, port: number, args: string[], cwd?: string): Server {
  const child: ChildProcess = spawn(process.execPath, args, { cwd, env: benchAppEnv(), stdio: ["ignore", "ignore", "inherit"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    name,
    url: `http://127.0.0.1:${port}`,
    pid: child.pid,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const t = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(t);
    },
  };
}

async function waitUntilUp(url: string, what: string, timeoutMs = 180_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url, { redirect: "manual" });
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > until) throw new Error(`${what} did not come up at ${url}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The server process itself: `pid` or the descendant Next names "next-server". */
function serverPid(pid: number): number {
  const children = (p: number): number[] => {
    try {
      return fs
        .readFileSync(`/proc/${p}/task/${p}/children`, "utf8")
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map(Number);
    } catch {
      return [];
    }
  };
  const queue = [pid];
  while (queue.length) {
    const p = queue.shift()!;
    try {
      if (fs.readFileSync(`/proc/${p}/cmdline`, "utf8").startsWith("next-server")) return p;
    } catch {
      /* gone */
    }
    queue.push(...children(p));
  }
  return pid;
}

/** CPU time (user + system, all threads) the server process has used so far, in ms; undefined off Linux. */
function cpuMs(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const fields = fs.readFileSync(`/proc/${serverPid(pid)}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

function rssMiB(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${serverPid(pid)}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------
// The app's own requests

/** Signs in as the browser does (next-auth credentials: CSRF token, then the callback) and returns the Cookie header. */
async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
  };
  keep(csrfRes);
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie(), origin: base },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/policies`, json: "true" }),
  });
  await res.arrayBuffer();
  keep(res);
  if (!jar.has("next-auth.session-token")) throw new Error(`sign-in failed (HTTP ${res.status}): no session cookie`);
  return cookie();
}

/** The id the build gave a server action (what the browser sends as Next-Action). */
function actionId(distDir: string, exportedName: string, file: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string; workers: Record<string, unknown> }>;
  };
  const hits = Object.entries(manifest.node).filter(([, a]) => a.exportedName === exportedName && (!a.filename || a.filename.endsWith(file)));
  if (hits.length !== 1) throw new Error(`expected one server action ${exportedName} in ${distDir}/server/server-reference-manifest.json, found ${hits.length}`);
  return hits[0][0];
}

/** The request body the claim form sends: React's encodeReply of the action's arguments [policyId, FormData]. */
async function claimBody(policyId: string, input: Record<string, string>): Promise<{ body: Buffer; contentType: string }> {
  const { encodeReply } = require("next/dist/compiled/react-server-dom-turbopack/client.edge") as { encodeReply: (v: unknown) => Promise<FormData | string> };
  const data = new FormData();
  data.set("input", JSON.stringify(input));
  const encoded = new Response(await encodeReply([policyId, data]));
  return { body: Buffer.from(await encoded.arrayBuffer()), contentType: encoded.headers.get("content-type")! };
}

// ---------------------------------------------------------------------------------------------------
// First-load JavaScript

type RouteJs = { route: string; files: number; bytes: number; gzip: number };

/** Per route: the JavaScript a first visit loads (the shared root chunks plus the route's own client chunks). */
function firstLoadJs(distDir: string, routes: string[]): RouteJs[] {
  const build = JSON.parse(fs.readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as { rootMainFiles?: string[]; polyfillFiles?: string[] };
  const root = [...(build.rootMainFiles ?? [])];
  const sizes = new Map<string, { bytes: number; gzip: number }>();
  const size = (f: string) => {
    if (!sizes.has(f)) {
      const buf = fs.readFileSync(path.join(distDir, f));
      sizes.set(f, { bytes: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length });
    }
    return sizes.get(f)!;
  };
  return routes.map((route) => {
    const files = new Set(root);
    for (const f of routeClientChunks(distDir, route)) files.add(f);
    const js = [...files].filter((f) => f.endsWith(".js"));
    return { route, files: js.length, bytes: js.reduce((s, f) => s + size(f).bytes, 0), gzip: js.reduce((s, f) => s + size(f).gzip, 0) };
  });
}

/** The client chunks of the route's page and layouts, from its client-reference manifest (entryJSFiles). */
function routeClientChunks(distDir: string, appPath: string): string[] {
  const file = path.join(distDir, "server/app", `${appPath}_client-reference-manifest.js`);
  const src = fs.readFileSync(file, "utf8");
  const sandbox: { globalThis: { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> } } = { globalThis: {} };
  new Function("globalThis", src)(sandbox.globalThis);
  const manifest = Object.values(sandbox.globalThis.__RSC_MANIFEST ?? {})[0];
  return Object.values(manifest?.entryJSFiles ?? {})
    .flat()
    .map((f) => f.replace(/^\/?_next\//, "").replace(/^\//, ""));
}

// ---------------------------------------------------------------------------------------------------
// Load

type Target = {
  key: string;
  name: string;
  url: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: Buffer;
  /** What a correct answer contains (checked on one request first and on every response under load). */
  expect: string;
  /** The minimal app's static page: the ratios' denominator. */
  baseline?: boolean;
  /** An aim from issue #11, as a ratio to the baseline. */
  aim?: number;
  /** The server answering (for its CPU time per request). */
  pid: number | undefined;
  /** Fetched once before the target is loaded. */
  prime?: string;
};
type Measured = Target & { result: Result; cpuPerRequest?: number; note?: string };

async function checkOnce(t: Target) {
  if (t.prime) await (await fetch(t.prime)).arrayBuffer();
  const res = await fetch(t.url, { method: t.method ?? "GET", headers: t.headers, body: t.body ? new Uint8Array(t.body) : undefined, redirect: "manual" });
  const text = await res.text();
  if (res.status !== 200 || !text.includes(t.expect)) throw new Error(`${t.name}: expected HTTP 200 containing ${JSON.stringify(t.expect)}, got ${res.status}: ${text.slice(0, 300)}`);
}

function load(t: Target, seconds: number): Promise<Result> {
  return autocannon({
    url: t.url,
    connections: CONNECTIONS,
    duration: seconds,
    method: t.method ?? "GET",
    headers: t.headers,
    body: t.body,
    verifyBody: (b) => b.includes(t.expect),
  });
}

// ---------------------------------------------------------------------------------------------------

/** Server CPU ms per answered request during a measured run. */
const perRequest = (before: number | undefined, after: number | undefined, r: Result) =>
  before === undefined || after === undefined || !r.requests.total ? undefined : (after - before) / r.requests.total;

const n0 = (x: number) => Math.round(x).toLocaleString("en-US");
const ms = (x: number) => (x < 10 ? x.toFixed(1) : Math.round(x).toString());
const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;

async function measure(argv: string[]): Promise<string> {
  const opts = options(argv);
  const loadAtStart = os.loadavg()[0];
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  ensureAppBuild(distDir);
  ensureBenchAppBuild(MINIMAL_DIR);
  ensureBenchAppBuild(FLOOR_DIR, ["next.config.mjs", "lib/security/security-headers.mjs"].map((f) => path.resolve(f)));
  const buildId = fs.readFileSync(path.join(distDir, "BUILD_ID"), "utf8").trim();
  const builtAt = fs.statSync(path.join(distDir, "BUILD_ID")).mtime;

  const [appPort, minimalPort, barePort, twilioPort, floorPort, hookedPort] = [0, 1, 2, 3, 4, 5].map((i) => opts.basePort + i);
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const s of stops.splice(0).reverse()) await s().catch((e) => log(`stopping a server failed: ${e}`));
  };
  const onSignal = () => void stopAll().finally(() => process.exit(130));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  let db: { $disconnect: () => Promise<void> } | undefined;
  try {
    const bare = spawnServer("bare", barePort, [
      "-e",
      `const html = ${JSON.stringify(BARE_HTML)}; require("node:http").createServer((q, s) => { s.writeHead(200, { "content-type": "text/html; charset=utf-8" }); s.end(html); }).listen(${barePort}, "127.0.0.1");`,
    ]);
    stops.push(bare.stop);
    const minimal = spawnServer("minimal", minimalPort, [NEXT_BIN, "start", "-H", "127.0.0.1", "-p", String(minimalPort)], MINIMAL_DIR);
    stops.push(minimal.stop);
    // The same minimal app again, for the rows after a dynamic render: the first one never renders one, so its static
    // page (the ratios' denominator) stays cold in every round.
    const hooked = spawnServer("minimal (hooked)", hookedPort, [NEXT_BIN, "start", "-H", "127.0.0.1", "-p", String(hookedPort)], MINIMAL_DIR);
    stops.push(hooked.stop);
    const floor = spawnServer("floor", floorPort, [NEXT_BIN, "start", "-H", "127.0.0.1", "-p", String(floorPort)], FLOOR_DIR);
    stops.push(floor.stop);
    log("migrating and seeding a fresh SQLite file, starting the app");
    const app = await startApp({
      port: appPort,
      twilioPort,
      name: "bench",
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...(process.env.BENCH_LOG_LEVEL ? { LOG_LEVEL: process.env.BENCH_LOG_LEVEL } : { LOG_LEVEL: "info" }) },
    });
    stops.push(() => app.stop({ removeFiles: true }));
    await Promise.all([
      waitUntilUp(`${bare.url}/`, "the bare server"),
      waitUntilUp(`${minimal.url}/`, "the minimal app"),
      waitUntilUp(`${hooked.url}/`, "the second minimal app"),
      waitUntilUp(`${floor.url}/info`, "the floor app"),
      waitUntilUp(`${app.url}/api/health`, "the app"),
    ]);

    // The app's own modules compute what the app would: the same secret and database as the server.
    process.env.AUTH_SECRET = app.env.AUTH_SECRET;
    process.env.DATABASE_URL = app.env.DATABASE_URL;
    const { env } = await import("@/lib/env");
    const { signPolicyId } = await import("@/lib/verification/policy-signature");
    const { createPrismaClient } = await import("@/lib/db");
    const { exampleClaimInput } = await import("@/prisma/seed/claim-input-examples");
    const { isPolicyType } = await import("@/lib/policies/policy-types");
    const prisma = createPrismaClient(app.env.DATABASE_URL);
    db = prisma;
    const now = new Date();
    // The seeded holder's in-force policy with the most cover left, so a run's claims never exhaust it.
    const policy = await prisma.policy.findFirst({
      where: { user: { email: env().SEED_USER_EMAIL }, status: "ACTIVE", startDate: { lte: now }, endDate: { gte: now } },
      orderBy: { remainingCoverCents: "desc" },
      select: { id: true, number: true, type: true, remainingCoverCents: true },
    });
    if (!policy || !isPolicyType(policy.type)) throw new Error("the seed has no policy in force for the demo holder");
    const cookie = await signIn(app.url, env().SEED_USER_EMAIL, env().SEED_USER_PASSWORD);
    const claim = await claimBody(policy.id, exampleClaimInput(policy.type, { amountPounds: 1 }));
    const claimAction = actionId(distDir, "submitClaimAction", "lib/claims/actions.ts");

    const targets: Target[] = [
      { key: "bare", name: "bare Node http server (small HTML string)", url: `${bare.url}/`, expect: "<h1>Hello</h1>", pid: bare.pid },
      { key: "minimal", name: "minimal Next.js app, static page", url: `${minimal.url}/`, expect: "Static page", baseline: true, pid: minimal.pid },
      { key: "minimal-dynamic", name: "minimal Next.js app, dynamic page", url: `${hooked.url}/dynamic`, expect: "Dynamic page", pid: hooked.pid },
      {
        key: "minimal-after-dynamic",
        name: "minimal Next.js app, static page, after a dynamic render (Node's async hooks now on)",
        url: `${hooked.url}/`,
        prime: `${hooked.url}/dynamic`,
        expect: "Static page",
        pid: hooked.pid,
      },
      {
        key: "floor-verify",
        name: "floor for `/verify`: minimal app, the app's rewrite to a Pages API route sending a fixed page with the same headers, request context, after a dynamic render",
        url: `${floor.url}/verify/floor?s=floor`,
        prime: `${floor.url}/dynamic`,
        expect: "Static answer",
        pid: floor.pid,
      },
      {
        key: "floor-info",
        name: "floor for `/info`: minimal app, a prerendered page of /info's size with the app's headers(), request context, after a dynamic render",
        url: `${floor.url}/info`,
        prime: `${floor.url}/dynamic`,
        expect: "Static page",
        pid: floor.pid,
      },
      { key: "verify", name: "`/verify/<id>?s=<signature>` (public QR link)", url: `${app.url}/verify/${policy.id}?s=${signPolicyId(policy.id)}`, expect: "Genuine policy", aim: 0.5, pid: app.pid },
      { key: "verify-invalid", name: "`/verify/<id>?s=<wrong signature>` (not valid)", url: `${app.url}/verify/${policy.id}?s=${"A".repeat(22)}`, expect: "This code is not valid", pid: app.pid },
      { key: "info", name: "`/info` (Info Centre)", url: `${app.url}/info`, expect: "</html>", aim: 0.8, pid: app.pid },
      { key: "policies", name: "`/policies` (signed in)", url: `${app.url}/policies`, headers: { cookie }, expect: policy.number, pid: app.pid },
      {
        key: "claim",
        pid: app.pid,
        name: `claim submission (server action, ${policy.type} policy, £1)`,
        url: `${app.url}/policies/${policy.id}/claims/new`,
        method: "POST",
        headers: { cookie, origin: app.url, accept: "text/x-component", "next-action": claimAction, "content-type": claim.contentType },
        body: claim.body,
        expect: '"ok":true',
      },
    ];

    const selected = targets.filter((x) => !opts.only.length || x.baseline || opts.only.includes(x.key));
    const rounds = new Map<Target, Measured[]>(selected.map((t) => [t, []]));
    let claimsNote = "";
    // The first seconds of load on a freshly started server cost about twice as much CPU per request (the JIT is
    // still compiling the request path): without this, whichever target comes first on a server looks slowest.
    const warmedServers = new Set<number | undefined>();
    for (let round = 1; round <= opts.rounds; round++) {
      for (const t of selected) {
        // Claims pile up in the database with every run: submission is measured in the first round only.
        if (round > 1 && t.method === "POST") continue;
        if (round === 1) await checkOnce(t);
        const warmup = round > 1 ? 1 : opts.warmup + (warmedServers.has(t.pid) ? 0 : FIRST_TARGET_EXTRA_WARMUP_S);
        warmedServers.add(t.pid);
        log(`round ${round}/${opts.rounds}, ${t.name}: ${warmup} s warm-up, ${opts.duration} s measured`);
        await load(t, warmup);
        if (t.method === "POST") {
          const count = () => prisma.claim.count({ where: { policyId: policy.id } });
          const settled = async () => {
            // Posts cut off when a run ends may still be finishing on the server: wait until the count stops moving.
            let last = await count();
            for (;;) {
              await new Promise((r) => setTimeout(r, 500));
              const c = await count();
              if (c === last) return c;
              last = c;
            }
          };
          const before = await settled();
          const cpu0 = cpuMs(t.pid);
          const result = await load(t, opts.duration);
          const cpu1 = cpuMs(t.pid);
          const created = (await settled()) - before;
          claimsNote = `Claims created by the measured run, counted in the database afterwards: **${n0(created)}** (responses with \`"ok":true\`: ${n0(result["2xx"] - result.mismatches)}; posts cut off at the end of the run may still land).`;
          if (created === 0) throw new Error("claim submission created no claims");
          rounds.get(t)!.push({ ...t, result, cpuPerRequest: perRequest(cpu0, cpu1, result) });
        } else {
          const cpu0 = cpuMs(t.pid);
          const result = await load(t, opts.duration);
          rounds.get(t)!.push({ ...t, result, cpuPerRequest: perRequest(cpu0, cpuMs(t.pid), result) });
        }
        const last = rounds.get(t)!.at(-1)!;
        log(`   ${n0(last.result.requests.average)} req/s, ${last.cpuPerRequest?.toFixed(3) ?? "?"} ms CPU per request, server RSS ${rssMiB(t.pid)?.toFixed(0) ?? "?"} MiB`);
      }
    }
    // Each target's median round by server CPU per request (by req/s where CPU time cannot be read).
    const measured: Measured[] = selected.map((t) => {
      const runs = [...rounds.get(t)!].sort((x, y) => (x.cpuPerRequest ?? 1 / x.result.requests.average) - (y.cpuPerRequest ?? 1 / y.result.requests.average));
      return runs[Math.floor((runs.length - 1) / 2)];
    });

    const rss = { app: rssMiB(app.pid), minimal: rssMiB(minimal.pid), floor: rssMiB(floor.pid), bare: rssMiB(bare.pid) };
    // the verify page's route, in builds that render it with React (the cached day page of early issue #11, the
    // per-request page before it); since, a route handler sends a document without any JavaScript (none listed)
    const verifyRoute = ["/(public)/verify-internal/[policyId]/[day]/page", "/(public)/verify/[policyId]/page"].find((r) =>
      fs.existsSync(path.join(distDir, "server/app", `${r}_client-reference-manifest.js`)),
    );
    const js = firstLoadJs(distDir, ["/page", "/(public)/info/page", ...(verifyRoute ? [verifyRoute] : []), "/(account)/policies/page", "/(account)/policies/[id]/claims/new/page", "/(auth)/login/page"]);
    const minimalJs = firstLoadJs(path.join(MINIMAL_DIR, ".next"), ["/page"])[0];

    const base = measured.find((m) => m.baseline)!.result.requests.average;
    const baseCpu = measured.find((m) => m.baseline)!.cpuPerRequest;
    const rows = measured.map((m) => {
      const r = m.result;
      const ratio = r.requests.average / base;
      const aim = m.aim ? `${ratio >= m.aim ? "✓" : "✗"} aim ≥ ${m.aim}×` : "";
      const cpu = m.cpuPerRequest === undefined ? "?" : m.cpuPerRequest.toFixed(2);
      const cpuRatio = m.cpuPerRequest && baseCpu ? `${(baseCpu / m.cpuPerRequest).toFixed(2)}×` : "?";
      return `| ${m.name} | ${n0(r.requests.average)} | ${ms(r.latency.p50)} | ${ms(r.latency.p99)} | ${ratio.toFixed(2)}× ${aim} | ${cpu} | ${cpuRatio} | ${n0(r["2xx"])} | ${n0(r.non2xx)} | ${n0(r.errors + r.timeouts)} | ${n0(r.mismatches)} |`;
    });
    const routeName = (r: string) => (r === "/page" ? "/" : r.replace(/\/\([^)]+\)/g, "").replace(/\/page$/, "").replace("verify-internal/[policyId]/[day]", "verify/[policyId] (cached day page)"));
    return [
      "## HTTP (production build under load)",
      "",
      `Command: \`npm run bench -- http\` (\`--duration=${opts.duration} --warmup=${opts.warmup}${opts.only.length ? ` --only=${opts.only.join(",")}` : ""}\`). Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, Node ${process.version}, Next.js ${NEXT_VERSION}, load average ${loadAtStart.toFixed(1)} at start; ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC.`,
      `Build measured: \`${distDir}\` (BUILD_ID ${buildId}, built ${builtAt.toISOString().slice(0, 16).replace("T", " ")} UTC), \`next start\` on a freshly migrated and seeded SQLite file, SMS to a local fake Twilio, in-app worker on, LOG_LEVEL ${process.env.BENCH_LOG_LEVEL ?? "info"} (one access line per request, to /dev/null).`,
      `Load: autocannon ${(require("autocannon/package.json") as { version: string }).version} in the bench process, ${CONNECTIONS} connections, one target at a time, ${opts.warmup} s warm-up then ${opts.duration} s measured (the first target on each server ${opts.warmup + FIRST_TARGET_EXTRA_WARMUP_S} s warm-up: a just-started server's first seconds cost about twice the CPU per request), ${opts.rounds === 1 ? "one round" : `${opts.rounds} rounds one after the other (1 s warm-up in later rounds; claim submission in the first only); each row is the target's median round by server CPU per request`}. Beside it in the same run: a minimal Next.js ${NEXT_VERSION} app (scripts/bench/minimal-next, one static and one dynamic page, built with the project's own \`next\`; a second instance of it for the rows after a dynamic render), the floor app (scripts/bench/floor-next: the same minimal app with the app's own \`headers()\` and \`rewrites()\` from next.config.mjs, a request context entered per request as the app's request ids are, a prerendered page of /info's size and a Pages API route sending a fixed page with /verify's headers) and a bare Node http server returning a small HTML string. Ratio = req/s ÷ the minimal app's static page (its first row, measured on an instance that never renders anything dynamic). Server CPU ms/req = the server process's CPU time (user + system, all threads, from /proc) during the measured run ÷ requests answered, which another process's load on the shared cores disturbs far less than req/s; CPU ratio = the baseline's CPU per request ÷ the row's (higher is cheaper).`,
      "",
      "On Node 20 a server pays for AsyncLocalStorage on every promise (async hooks) from the first request that uses it until it exits: Next.js uses it for every dynamic render, route handler and server action, the app for request ids. The minimal app's static page row is served by an instance that never renders anything dynamic, so without them; its \"after a dynamic render\" row is the same page on a second instance once they are on, as in any server that has rendered one dynamic page (the app's has before /info is loaded: its health check and /verify; the floor app's rows too). Node 24 keeps the same context without async hooks (AsyncContextFrame).",
      "",
      "| target | req/s | p50 ms | p99 ms | ratio | server CPU ms/req | CPU ratio | 2xx | non-2xx | errors + timeouts | wrong body |",
      "|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|",
      ...rows,
      "",
      ...floorLines(measured),
      `The /verify link is a real signed QR link (lib/verification) for ${policy.number}; /policies carries the session cookie of the seeded holder, signed in once through the real next-auth credentials flow. Claim submission posts what the claim form sends: \`Next-Action\` with the action id from the build's server-reference manifest, the multipart body React encodes for \`submitClaimAction(policyId, formData)\`, to the claim page; \"wrong body\" counts 2xx answers without the page's marker (for claims: without \`"ok":true\`).`,
      claimsNote,
      "",
      `Server memory after the load (VmRSS of the server process): app **${rss.app?.toFixed(0) ?? "?"} MiB**, minimal Next.js app ${rss.minimal?.toFixed(0) ?? "?"} MiB, floor app ${rss.floor?.toFixed(0) ?? "?"} MiB, bare Node server ${rss.bare?.toFixed(0) ?? "?"} MiB.`,
      "",
      "First-load JavaScript per route (the shared root chunks plus the route's own client chunks for its layouts and page, from the build's build-manifest.json and client-reference manifests; gzip -9 of each file):",
      "",
      "| route | files | bytes | gzip |",
      "|---|---:|---:|---:|",
      ...js.map((j) => `| \`${routeName(j.route)}\` | ${j.files} | ${kib(j.bytes)} | ${kib(j.gzip)} |`),
      `| minimal Next.js app \`/\` | ${minimalJs.files} | ${kib(minimalJs.bytes)} | ${kib(minimalJs.gzip)} |`,
      "",
      "All servers and the load generator share the machine's cores, so req/s is a ceiling of the whole box, not of the server alone; compare ratios within one run. Reproduce: `npm run bench -- http` (builds the app if .next has no build; rebuild after changes: `npm run build`).",
      "",
    ].join("\n");
  } finally {
    await db?.$disconnect();
    await stopAll();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

/**
 * How close the app's public pages come to their floor (the same routing and headers in a minimal app), by server CPU
 * per request: what is left above 1 is the app's own work (the signature check and cached facts, request ids, metrics
 * and access lines, a larger heap); the floor's own ratio to the minimal page is what Next's routing, the headers and
 * Node 20's async hooks cost, which no change inside the app removes.
 */
function floorLines(measured: Measured[]): string[] {
  const byKey = new Map(measured.map((m) => [m.key, m]));
  const lines = (
    [
      ["verify", "floor-verify", "`/verify` (genuine)"],
      ["verify-invalid", "floor-verify", "`/verify` (not valid)"],
      ["info", "floor-info", "`/info`"],
    ] as const
  ).flatMap(([app, floor, label]) => {
    const a = byKey.get(app)?.cpuPerRequest;
    const f = byKey.get(floor)?.cpuPerRequest;
    return a && f ? [`- ${label}: ${a.toFixed(2)} ms of server CPU per request against its floor's ${f.toFixed(2)} ms: the floor's cost is ${((f / a) * 100).toFixed(0)} % of the app's.`] : [];
  });
  return lines.length ? ["Against the floor (server CPU per request, the floor's share of the app's; the rest is the app's own work):", "", ...lines, ""] : [];
}

/** Runs the measurement in a child process with the react-server condition and returns its Markdown. */
export async function benchHttp(): Promise<string> {
  const pass = process.argv.slice(2).filter((a) => a.startsWith("--"));
  return execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/bench/http.ts", ...pass], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 16 * 1024 * 1024 });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  measure(process.argv.slice(2)).then(
    (md) => process.stdout.write(md),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
