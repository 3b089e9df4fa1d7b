// Exit 0 when the PostgreSQL server in the URL answers (creating the URL's database if it is missing),
// 1 when it cannot be reached. Lets the test runner add the PostgreSQL pass only where a server exists.
import pg from "pg";

const url = new URL(process.argv[2]);
const database = decodeURIComponent(url.pathname.slice(1));
const admin = new URL(url);
admin.pathname = "/postgres";
const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 3000 });
try {
  await client.connect();
  const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  await client.end();
  process.exit(0);
} catch (e) {
  console.error(`PostgreSQL not available at ${url.host}: ${e.message}`);
  process.exit(1);
}
