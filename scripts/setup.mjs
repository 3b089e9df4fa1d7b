// One-step setup for a fresh clone: Prisma client for the configured database, migrations, demo data,
// production build. Safe to run again (migrations are applied once, the seed is idempotent).
import { execFileSync } from "node:child_process";
import { databaseUrl, isPostgres } from "./db-config.mjs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const run = (label, cmd, args) => {
  console.log(`\n== ${label} ==`);
  execFileSync(cmd, args, { stdio: "inherit", env });
};

console.log(`Database: ${isPostgres() ? "PostgreSQL" : "SQLite"} (${databaseUrl().replace(/\/\/[^@]*@/, "//***@")})`);
run("generate Prisma client", "node", ["scripts/db-generate.mjs"]);
run("apply migrations", "node", ["scripts/migrate.mjs", "deploy"]);
run("seed demo data", "npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"]);
run("build the app", "npx", ["next", "build"]);
console.log("\nReady. Start it with: npm start   (then open http://localhost:3000)");
