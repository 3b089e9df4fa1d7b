// Next.js calls register() once when a server instance starts, before it answers requests.
export async function register() {
  // Edge runtime has no database driver; `next build` loads this file too but must not start a worker.
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    // Refuse to start on bad configuration (e.g. production without AUTH_SECRET) instead of failing per request.
    const { env } = await import("./lib/env");
    try {
      env();
    } catch (err) {
      console.error(`[config] ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    }
    // Per-address limits need the real peer address, which Next does not expose (see forward-peer-address.ts).
    const http = await import("node:http");
    const { installPeerAddressForwarding } = await import("./lib/auth/forward-peer-address");
    installPeerAddressForwarding(http);
    // The SMS delivery worker in the app process (WORKER_IN_APP=on, the default), so `npm start` alone delivers.
    const { startInAppWorker } = await import("./lib/notifications/start-in-app-worker");
    startInAppWorker();
  }
}
