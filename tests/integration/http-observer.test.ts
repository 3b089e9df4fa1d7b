import { afterAll, beforeAll, describe, expect, it } from "vitest";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { observeHttpRequests } from "@/lib/metrics/http-observer";
import { RoutePatterns } from "@/lib/metrics/route-patterns";
import { currentRequestId } from "@/lib/logging/request-context";
import { processMetrics } from "@/lib/metrics/registry";

// The request observer on a real Node HTTP server (the same hooks fire under `next start` and the standalone
// server): request ids reach async code written for the request, and requests are counted by pattern.

let server: http.Server;
let base: string;

beforeAll(async () => {
  observeHttpRequests({
    trustedRequestIdHeader: "x-platform-id",
    patterns: new RoutePatterns({ dynamicRoutes: [{ page: "/things/[id]", regex: "^/things/([^/]+?)(?:/)?$" }] }, { "/things/[id]/route": "/things/[id]" }),
  });
  server = http.createServer(async (req, res) => {
    const seenByHandler = req.headers["x-request-id"];
    await new Promise((r) => setTimeout(r, 5));
    await Promise.resolve();
    res.end(JSON.stringify({ seenByHandler, afterAwait: currentRequestId() }));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("request observation", () => {
  it("gives each request one id: on the request, the response and the async context of its handler", async () => {
    const res = await fetch(`${base}/things/abc`);
    const body = (await res.json()) as { seenByHandler: string; afterAwait: string };
    const id = res.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(body).toEqual({ seenByHandler: id, afterAwait: id });

    const other = await fetch(`${base}/things/def`);
    expect(other.headers.get("x-request-id")).not.toBe(id);
  });

  it("uses the trusted platform header's id, never a client's x-request-id", async () => {
    const trusted = await fetch(`${base}/things/1`, { headers: { "x-platform-id": "lb-42" } });
    expect(((await trusted.json()) as { afterAwait: string }).afterAwait).toBe("lb-42");
    const spoofed = await fetch(`${base}/things/2`, { headers: { "x-request-id": "mine" } });
    expect(spoofed.headers.get("x-request-id")).not.toBe("mine");
  });

  it("counts requests under the route pattern, not the raw path", async () => {
    const before = await processMetrics().httpRequests.get();
    const count = (v: typeof before) => v.values.filter((s) => s.labels.route === "/things/[id]").reduce((n, s) => n + s.value, 0);
    const start = count(before);
    await (await fetch(`${base}/things/zzz-unique`)).text();
    await (await fetch(`${base}/nowhere`)).text();
    // finish fires once the response is flushed, which can trail the client's read by a tick
    const end = Date.now() + 10_000;
    let now = await processMetrics().httpRequests.get();
    const unmatched = (v: typeof before) => v.values.some((s) => s.labels.route === "(unmatched)");
    while ((count(now) < start + 1 || !unmatched(now)) && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 20));
      now = await processMetrics().httpRequests.get();
    }
    expect(count(now)).toBe(start + 1);
    expect(now.values.some((s) => String(s.labels.route).includes("zzz"))).toBe(false);
    expect(unmatched(now)).toBe(true);
  });
});
