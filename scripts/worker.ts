// The SMS delivery worker as its own process: `npm run worker`. Use it (with WORKER_IN_APP=off in the app)
// when running several app instances, or alongside them: claims are safe across any number of workers.
// It also runs the policy expiry sweep, whose data layer is marked `server-only`: run it with
// `--conditions=react-server` (as `npm run worker` does) so that marker resolves as it does on the server.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createSmsSender } from "@/lib/notifications/create-sms-sender";
import { sweepPolicyExpiry } from "@/lib/policies/sweep-policy-expiry";
import { startNotificationWorker } from "@/lib/notifications/notification-worker";
import { loggerFor } from "@/lib/logging/logger";

const e = env();
const log = loggerFor("worker");
const sender = createSmsSender(e);
const worker = startNotificationWorker({ db, sender, pollMs: e.WORKER_POLL_MS, sweep: sweepPolicyExpiry, keepProcessAlive: true, mode: "standalone" });
log.info({ workerId: worker.workerId, sender: sender.name, pollMs: e.WORKER_POLL_MS }, "[worker] standalone SMS worker started");

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, "[worker] finishing the current batch, then exiting");
  await worker.stop();
  await db.$disconnect();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
