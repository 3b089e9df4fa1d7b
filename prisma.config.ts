import { defineConfig, env } from "prisma/config";

// Prisma 7 no longer reads .env by itself.
try {
  process.loadEnvFile();
} catch {
  /* no .env: defaults apply */
}
process.env.DATABASE_URL ??= "file:./prisma/dev.db";
const isPostgres = process.env.DATABASE_URL.startsWith("postgres");

export default defineConfig({
  schema: isPostgres ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: isPostgres ? "prisma/postgresql/migrations" : "prisma/migrations" },
  datasource: { url: env("DATABASE_URL") },
});
