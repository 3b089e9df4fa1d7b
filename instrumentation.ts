// Next.js calls register() once when a server instance starts. It starts the SMS delivery worker in the
// app process (WORKER_IN_APP=on, the default), so `npm start` alone delivers notifications.
export async function register() {
  // Edge runtime has no database driver; `next build` loads this file too but must not start a worker.
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { startInAppWorker } = await import("./lib/notifications/start-in-app-worker");
    startInAppWorker();
  }
}
