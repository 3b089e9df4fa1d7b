import type { Instrumentation } from "next";

// Next.js calls register() once when a server instance starts, before it answers requests. It checks the
// configuration, starts request observation (request ids, HTTP metrics, access logs) and the SMS delivery
// worker in the app process (WORKER_IN_APP=on, the default), so `npm start` alone delivers notifications.
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
    const { observeHttpRequests } = await import("./lib/metrics/http-observer");
    observeHttpRequests({ trustedRequestIdHeader: env().REQUEST_ID_HEADER, accessLogSample: env().ACCESS_LOG_SAMPLE });
    const { startInAppWorker } = await import("./lib/notifications/start-in-app-worker");
    startInAppWorker();
  }
}

/**
 * Errors Next caught while rendering a page, running a server action or route handler, or in the proxy:
 * counted by route pattern and logged (with the request id, personal data masked). The visitor sees the
 * error page, never the error.
 */
export const onRequestError: Instrumentation.onRequestError = async (err, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { countRequestError } = await import("./lib/metrics/record");
  const { loggerFor } = await import("./lib/logging/logger");
  countRequestError(context.routePath, context.routeType);
  const requestId = request.headers["x-request-id"];
  loggerFor("next").error(
    { err, route: context.routePath, type: context.routeType, method: request.method, ...(typeof requestId === "string" ? { requestId } : {}) },
    "request failed",
  );
};
