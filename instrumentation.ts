import type { Instrumentation } from "next";

// Next.js calls register() once when a server instance starts. It starts request observation (request ids,
// HTTP metrics, access logs) and the SMS delivery worker in the app process (WORKER_IN_APP=on, the default),
// so `npm start` alone delivers notifications.
export async function register() {
  // Edge runtime has no database driver; `next build` loads this file too but must not start a worker.
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { env } = await import("./lib/env");
    const { observeHttpRequests } = await import("./lib/metrics/http-observer");
    observeHttpRequests({ trustedRequestIdHeader: env().REQUEST_ID_HEADER });
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
