// Offline replacement for `prisma migrate dev|deploy`: the Prisma CLI needs a native schema-engine
// binary that it downloads, and that download fails on our machines. The same engine ships on npm
// compiled to wasm (@prisma/schema-engine-wasm); we drive it through the driver adapter the app uses.
// It writes the standard prisma/migrations/<ts>_<name>/migration.sql + migration_lock.toml and the
// _prisma_migrations table, so `prisma migrate deploy` on a machine with internet reads the same history.
//
// Usage: node scripts/migrate.mjs deploy [--before <name>] | dev --name <name> | diff
//        (DATABASE_URL picks SQLite or PostgreSQL; see scripts/db-config.mjs)
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { databaseUrl, isPostgres, schemaPaths } from "./db-config.mjs";

const require = createRequire(import.meta.url);
const url = databaseUrl();
const { schema: SCHEMA, migrations: MIGDIR } = schemaPaths(url);

async function loadEngine() {
  const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const bg = await import(path.join(pkgDir, "schema_engine_bg.js"));
  const bytes = fs.readFileSync(path.join(pkgDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start?.();
  return bg;
}

// The wasm engine replays migration.sql on the shadow DB through executeRaw, which
// better-sqlite3 rejects for multi-statement SQL; fall back to executeScript there.
function multiStatementSafe(conn) {
  const executeRaw = conn.executeRaw.bind(conn);
  conn.executeRaw = async (q) => {
    try {
      return await executeRaw(q);
    } catch (e) {
      if (!/more than one statement/.test(String(e?.message)) || q.args?.length) throw e;
      await conn.executeScript(q.sql);
      return 0;
    }
  };
  return conn;
}

/** SQLite connections the engine opened, closed before exit so the WAL is folded back into the file. */
const openSqliteConnections = [];

async function makeAdapter() {
  if (!isPostgres(url)) {
    const file = url.replace(/^file:/, "");
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
    const f = new PrismaBetterSqlite3({ url });
    return {
      adapterName: f.adapterName,
      provider: f.provider,
      connect: async () => {
        const conn = multiStatementSafe(await f.connect());
        openSqliteConnections.push(conn);
        return conn;
      },
      connectToShadowDb: async () => multiStatementSafe(await f.connectToShadowDb()),
    };
  }
  const { PrismaPg } = await import("@prisma/adapter-pg");
  // discrete fields (not connectionString) so connectToShadowDb's `database` override takes effect
  const u = new URL(url);
  const f = new PrismaPg({
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: u.pathname.slice(1),
  });
  // the engine introspects pg_catalog columns of type "char" (OID 18), which adapter-pg rejects; read them as text
  const charAsText = (conn) => {
    const io = conn.performIO.bind(conn);
    conn.performIO = async (q) => {
      const r = await io(q);
      r.fields?.forEach((fd) => {
        if (fd.dataTypeID === 18) fd.dataTypeID = 25;
      });
      return r;
    };
    return conn;
  };
  return {
    adapterName: f.adapterName,
    provider: f.provider,
    connect: async () => charAsText(await f.connect()),
    connectToShadowDb: async () => {
      const conn = charAsText(await f.connectToShadowDb());
      // adapter-pg 7.10 drops the shadow DB before closing its pool -> "being accessed by other users"
      const dispose = conn.dispose.bind(conn);
      const pool = conn.underlyingDriver();
      conn.dispose = async () => {
        await pool.end();
        pool.end = async () => {};
        return dispose();
      };
      return conn;
    },
  };
}

function migrationsList() {
  fs.mkdirSync(MIGDIR, { recursive: true });
  const lockPath = path.join(MIGDIR, "migration_lock.toml");
  const dirs = fs
    .readdirSync(MIGDIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  // deploy --before <name>: stop before the migration called <name> (tests use it to build a database as it was)
  const cut = before ? dirs.findIndex((d) => d.endsWith(`_${before}`)) : -1;
  if (before && cut < 0) throw new Error(`no migration named ${before}`);
  if (cut >= 0) dirs.splice(cut);
  return {
    baseDir: MIGDIR,
    lockfile: { path: "migration_lock.toml", content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((d) => {
      const f = path.join(MIGDIR, d, "migration.sql");
      return {
        path: d,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(f) ? { tag: "ok", value: fs.readFileSync(f, "utf8") } : { tag: "error", value: "missing" },
        },
      };
    }),
  };
}

for (const ev of ["unhandledRejection", "uncaughtException"]) {
  process.on(ev, (e) => {
    console.error("migrate failed:", e?.message ?? e);
    const errs = globalThis.__adapter?.errorRegistry?.registeredErrors ?? [];
    errs.forEach((x, i) => x && console.error(`adapter error #${i}:`, x.error?.message ?? x.error, x.error?.cause ?? ""));
    process.exit(1);
  });
}

const filters = { externalTables: [], externalEnums: [] };
const [cmd, ...rest] = process.argv.slice(2);
const nameIdx = rest.indexOf("--name");
const name = nameIdx >= 0 ? rest[nameIdx + 1] : "migration";
const beforeIdx = rest.indexOf("--before");
const before = beforeIdx >= 0 ? rest[beforeIdx + 1] : null;
const schemaFile = { path: SCHEMA, content: fs.readFileSync(SCHEMA, "utf8") };

if (!isPostgres(url) && cmd === "deploy") {
  // WAL lets the app, the delivery worker and readers share the file: readers never wait for the
  // writer and writes queue briefly instead of failing. The mode is stored in the file itself.
  const file = url.replace(/^file:/, "");
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const { default: Database } = await import("better-sqlite3");
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
}

const { SchemaEngine } = await loadEngine();
const adapter = bindMigrationAwareSqlAdapterFactory(await makeAdapter());
globalThis.__adapter = adapter;
const engine = await SchemaEngine.new({ datamodels: [[schemaFile.path, schemaFile.content]] }, (msg) => {
  if (process.env.DEBUG) console.error("[engine]", msg);
}, adapter);

const quiet = process.env.MIGRATE_QUIET === "1";
if (cmd === "diff") {
  const r = await engine.diff({ from: { tag: "empty" }, to: { tag: "schemaDatamodel", files: [schemaFile] }, script: true, exitCode: null, filters });
  console.log(JSON.stringify(r));
} else if (cmd === "dev") {
  await engine.applyMigrations({ migrationsList: migrationsList(), filters });
  const diag = await engine.devDiagnostic({ migrationsList: migrationsList(), filters });
  if (diag.action.tag === "reset") {
    console.error("drift detected, reset needed:", diag.action.reason);
    process.exit(1);
  }
  const out = await engine.createMigration({ draft: false, migrationName: name, migrationsList: migrationsList(), schema: { files: [schemaFile] }, filters });
  if (out.migrationScript) {
    const dir = path.join(MIGDIR, out.generatedMigrationName);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `migration.${out.extension}`), out.migrationScript);
    const lock = path.join(MIGDIR, "migration_lock.toml");
    if (!fs.existsSync(lock)) {
      fs.writeFileSync(lock, `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${out.connectorType}"\n`);
    }
    console.log("created", path.relative(process.cwd(), dir));
  } else console.log("schema unchanged, no migration created");
  const ap = await engine.applyMigrations({ migrationsList: migrationsList(), filters });
  console.log("applied:", ap.appliedMigrationNames.join(", ") || "nothing new");
} else if (cmd === "deploy") {
  const ap = await engine.applyMigrations({ migrationsList: migrationsList(), filters });
  if (!quiet) console.log("migrations applied:", ap.appliedMigrationNames.join(", ") || "none pending");
} else {
  console.error("usage: node scripts/migrate.mjs deploy | dev --name <name> | diff");
  process.exit(2);
}
if (!isPostgres(url)) {
  // Closing the last connection checkpoints the WAL into the main file, so the .db file alone is
  // complete (the tests copy it as a template).
  for (const conn of openSqliteConnections) await conn.dispose();
}
process.exit(0);
