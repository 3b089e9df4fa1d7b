import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/**
 * Per-process series: HTTP traffic, request errors, claim scoring latency, sign-in throttling, and
 * prom-client's default process metrics (CPU, memory, event-loop lag, GC). Every app instance keeps its own
 * and is scraped on its own; Prometheus sums them. Series computed from the database (claims, outbox,
 * worker heartbeat) are built at scrape time instead: see operational-metrics.ts.
 */
export type ProcessMetrics = {
  registry: Registry;
  httpRequests: Counter<"method" | "route" | "kind" | "status">;
  httpDuration: Histogram<"method" | "route" | "kind">;
  requestErrors: Counter<"route" | "type">;
  claimScoring: Histogram<"decision">;
  loginThrottled: Counter<"scope">;
};

function create(): ProcessMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpRequests: new Counter({
      name: "safeguard_http_requests_total",
      help: "HTTP requests answered by this instance, by route pattern (never the raw path), kind (page, rsc, action, route, static), method and status code.",
      labelNames: ["method", "route", "kind", "status"],
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: "safeguard_http_request_duration_seconds",
      help: "Time from request start to the last byte of the response, by route pattern, kind and method.",
      labelNames: ["method", "route", "kind"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    requestErrors: new Counter({
      name: "safeguard_request_errors_total",
      help: "Errors thrown while rendering a page, running a server action or route handler, or in the proxy (Next's onRequestError), by route pattern and type.",
      labelNames: ["route", "type"],
      registers: [registry],
    }),
    claimScoring: new Histogram({
      name: "safeguard_claim_scoring_duration_seconds",
      help: "Time to score a submitted claim with the fraud model, by the triage decision it produced.",
      labelNames: ["decision"],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
      registers: [registry],
    }),
    loginThrottled: new Counter({
      name: "safeguard_login_throttled_total",
      help: "Sign-ins refused by throttling, by what hit the limit (account or address).",
      labelNames: ["scope"],
      registers: [registry],
    }),
  };
}

// One set per process, shared by every bundle Next builds (instrumentation.ts and the routes are bundled
// separately; a module-level instance would be duplicated and half the counts would never be scraped).
const KEY = Symbol.for("safeguard.processMetrics");

/** This process's metrics, created on first use. */
export function processMetrics(): ProcessMetrics {
  const g = globalThis as Record<symbol, ProcessMetrics | undefined>;
  return (g[KEY] ??= create());
}
