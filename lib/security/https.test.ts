import { afterEach, describe, expect, it, vi } from "vitest";
import type { IncomingMessage } from "node:http";
import { isHttpsNodeRequest, isHttpsRequest } from "@/lib/security/https";

// The /verify API route gets a Node request, not a web one: the same three signals decide HTTPS. A route
// handler's web Request URL is https exactly when Next saw a TLS socket or "https" in X-Forwarded-Proto.

const node = (headers: IncomingMessage["headers"], encrypted = false) => ({ headers, socket: { encrypted } }) as unknown as IncomingMessage;

afterEach(() => vi.unstubAllEnvs());

describe("HTTPS as the browser sees it", () => {
  it("a Node request: TLS, a proxy that says https, or an https APP_URL; nothing else", () => {
    vi.stubEnv("APP_URL", "http://app.test");
    expect(isHttpsNodeRequest(node({}))).toBe(false);
    expect(isHttpsNodeRequest(node({ "x-forwarded-proto": "http" }))).toBe(false);
    expect(isHttpsNodeRequest(node({ "x-forwarded-host": "https.example", "x-forwarded-ssl": "on", forwarded: "proto=https" }))).toBe(false);
    expect(isHttpsNodeRequest(node({ "x-forwarded-proto": "https" }))).toBe(true);
    expect(isHttpsNodeRequest(node({}, true))).toBe(true);
    vi.stubEnv("APP_URL", "https://app.test");
    expect(isHttpsNodeRequest(node({}))).toBe(true);
  });

  it("agrees with the web rule on the URL Next would build for the same request", () => {
    vi.stubEnv("APP_URL", "http://app.test");
    for (const proto of [undefined, "http", "https", "https, http"]) {
      const headers: Record<string, string> = proto ? { "x-forwarded-proto": proto } : {};
      // resolve-routes.js: https when the socket is TLS or X-Forwarded-Proto includes "https"
      const url = `${proto?.includes("https") ? "https" : "http"}://app.test/verify/x`;
      expect(isHttpsNodeRequest(node(headers)), String(proto)).toBe(isHttpsRequest(new Request(url, { headers })));
    }
  });
});
