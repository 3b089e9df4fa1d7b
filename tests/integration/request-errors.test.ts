import { afterEach, describe, expect, it } from "vitest";
import { onRequestError } from "@/instrumentation";
import { processMetrics } from "@/lib/metrics/registry";

// Next calls instrumentation's onRequestError for errors thrown while rendering, in actions, route handlers
// and the proxy; it must count them by route pattern and type (and log them, masked, with the request id).

const previousRuntime = process.env.NEXT_RUNTIME;
afterEach(() => {
  process.env.NEXT_RUNTIME = previousRuntime;
});

async function errorsFor(route: string, type: string): Promise<number> {
  const v = await processMetrics().requestErrors.get();
  return v.values.filter((s) => s.labels.route === route && s.labels.type === type).reduce((n, s) => n + s.value, 0);
}

describe("onRequestError", () => {
  it("counts an error under its route pattern and type", async () => {
    process.env.NEXT_RUNTIME = "nodejs";
    const before = await errorsFor("/policies/[id]", "render");
    await onRequestError(
      new Error("database unreachable for holder@example.com"),
      { path: "/policies/ck123", method: "GET", headers: { "x-request-id": "req-err-1" } },
      { routerKind: "App Router", routePath: "/policies/[id]", routeType: "render", revalidateReason: undefined },
    );
    expect(await errorsFor("/policies/[id]", "render")).toBe(before + 1);
    const values = (await processMetrics().requestErrors.get()).values;
    expect(values.some((s) => String(s.labels.route).includes("ck123"))).toBe(false);
  });

  it("ignores the edge runtime, which has no Node metrics", async () => {
    process.env.NEXT_RUNTIME = "edge";
    const before = await errorsFor("/api/health", "route");
    await onRequestError(new Error("x"), { path: "/api/health", method: "GET", headers: {} }, { routerKind: "App Router", routePath: "/api/health", routeType: "route", revalidateReason: undefined });
    expect(await errorsFor("/api/health", "route")).toBe(before);
  });
});
