import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";
import { performance } from "node:perf_hooks";
import { accessLogger, loggerFor } from "@/lib/logging/logger";
import { chooseRequestId, enterRequestContext, REQUEST_ID_HEADER } from "@/lib/logging/request-context";
import { processMetrics } from "@/lib/metrics/registry";
import { RoutePatterns, servedDistDir } from "@/lib/metrics/route-patterns";

type Started = { start: number; requestId: string };
type RequestStart = { request: IncomingMessage; response: ServerResponse };

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/**
 * Watches every HTTP request this process serves, through Node's own `http.server.*` diagnostics channels
 * (the app runs under `next start` or the standalone server.js, neither of which exposes a request hook):
 *
 * - before Next sees the request, gives it a request id (a trusted platform header's, or a new one), puts it
 *   on the request as `x-request-id` (server code can read it with `headers()`), on the response, and in the
 *   async context so every log line written for the request carries it;
 * - when the response finishes, counts it and its duration under the route pattern, and writes one access
 *   log line (see accessLineLevel: static assets at debug level, 5xx as errors, successes sampled by
 *   ACCESS_LOG_SAMPLE).
 *
 * Started once per process from instrumentation.ts.
 */
export function observeHttpRequests(opts: { trustedRequestIdHeader?: string; patterns?: RoutePatterns; accessLogSample?: number } = {}): void {
  const g = globalThis as { __safeguardHttpObserved?: boolean };
  if (g.__safeguardHttpObserved) return;
  g.__safeguardHttpObserved = true;

  let patterns = opts.patterns;
  const started = new WeakMap<IncomingMessage, Started>();
  const metrics = processMetrics();
  const log = loggerFor("http");
  const access = accessLogger();
  const sample = opts.accessLogSample ?? 1;

  subscribe("http.server.request.start", (message) => {
    const { request, response } = message as RequestStart;
    const requestId = chooseRequestId(request.headers, opts.trustedRequestIdHeader);
    request.headers[REQUEST_ID_HEADER] = requestId;
    if (!response.headersSent) response.setHeader(REQUEST_ID_HEADER, requestId);
    started.set(request, { start: performance.now(), requestId });
    enterRequestContext(requestId);
  });

  subscribe("http.server.response.finish", (message) => {
    const { request, response } = message as RequestStart;
    const s = started.get(request);
    if (!s) return;
    started.delete(request);
    try {
      patterns ??= RoutePatterns.fromBuild(servedDistDir());
      const method = METHODS.has(request.method ?? "") ? request.method! : "OTHER";
      const pathname = (request.url ?? "/").split("?")[0];
      const { route, kind } = patterns.match(method, pathname, request.headers);
      const seconds = (performance.now() - s.start) / 1000;
      metrics.httpRequests.inc({ method, route, kind, status: String(response.statusCode) });
      metrics.httpDuration.observe({ method, route, kind }, seconds);
      const level = accessLineLevel(kind, response.statusCode, sample);
      if (level) access[level]({ requestId: s.requestId, method, route, kind, status: response.statusCode, ms: Math.round(seconds * 1000) });
    } catch (err) {
      log.warn({ err }, "could not record request metrics");
    }
  });
}

/**
 * The level of a request's access line, or none: static assets at debug; server errors always, as errors;
 * client errors (4xx: probes, refused sign-ins, missing pages) always; successful pages, actions and route
 * handlers in the share `sample` (ACCESS_LOG_SAMPLE, 0 to 1, default 1 = every one). Metrics count every
 * request whatever is logged.
 */
export function accessLineLevel(kind: string, status: number, sample: number, random: () => number = Math.random): "debug" | "info" | "error" | undefined {
  if (kind === "static") return "debug";
  if (status >= 500) return "error";
  if (status >= 400 || sample >= 1) return "info";
  return sample > 0 && random() < sample ? "info" : undefined;
}
