import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createSmsSender } from "@/lib/notifications/create-sms-sender";
import { sweepPolicyExpiry } from "@/lib/policies/sweep-policy-expiry";
import { startNotificationWorker, type NotificationWorker } from "@/lib/notifications/notification-worker";
import { loggerFor } from "@/lib/logging/logger";

const globalForWorker = globalThis as unknown as { notificationWorker?: NotificationWorker };

/**
 * Starts the delivery worker inside the app process when WORKER_IN_APP=on (the default), so the README's
 * "run the app" path sends SMS with no second command. Once per process: the dev server may call register()
 * again after an edit. Deployments with several app instances may keep it on everywhere (claims are safe
 * across processes) or turn it off and run `npm run worker`.
 */
export function startInAppWorker(): void {
  const e = env();
  if (e.WORKER_IN_APP !== "on" || globalForWorker.notificationWorker) return;
  const sender = createSmsSender(e);
  const worker = startNotificationWorker({ db, sender, pollMs: e.WORKER_POLL_MS, sweep: sweepPolicyExpiry, keepProcessAlive: false, mode: "in-app" });
  globalForWorker.notificationWorker = worker;
  loggerFor("worker").info({ workerId: worker.workerId, sender: sender.name, pollMs: e.WORKER_POLL_MS }, "[worker] in-app SMS worker started");
  // Stop polling on shutdown. Next's own handler exits the process; if nothing else listens (custom servers
  // with NEXT_MANUAL_SIG_HANDLE), re-raise the signal once stopped so our listener never keeps the app alive.
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      void worker.stop().finally(() => {
        if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
      });
    });
  }
}
