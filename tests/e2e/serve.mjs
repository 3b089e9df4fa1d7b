// Starts what the browser journeys run against: a fresh migrated + seeded SQLite file, a local fake
// Twilio API (the real twilio client talks to it), and the production build of the app (startApp).
import { startApp } from "../fixtures/start-app.mjs";

const port = Number(process.env.E2E_PORT ?? "3100");
const app = await startApp({
  port,
  twilioPort: Number(process.env.E2E_TWILIO_PORT ?? port + 99),
  // E2E_DATABASE_URL=postgresql://… runs the journeys against PostgreSQL (the schema is emptied first);
  // the default is a fresh SQLite file.
  databaseUrl: process.env.E2E_DATABASE_URL,
  // One JSON access line per request would bury the journeys' output; E2E_LOG_LEVEL=info shows them.
  env: { LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? "warn" },
});

const stop = async () => {
  await app.stop();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
app.exited.then(async ({ code }) => {
  await app.stop();
  process.exit(code ?? 0);
});
