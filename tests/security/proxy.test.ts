// The request-dependent headers proxy.ts sets: CSP (nonce on dynamic pages, static policy on prerenderable
// ones), HSTS only over HTTPS, and the optimistic sign-in redirect.
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { getRewrittenUrl, unstable_doesMiddlewareMatch, unstable_getResponseFromNextConfig } from "next/experimental/testing/server";
import { PHASE_PRODUCTION_SERVER } from "next/constants";
import { config, proxy } from "@/proxy";
import type { NextConfig } from "next";
import { STATIC_PAGES } from "@/lib/security/security-headers.mjs";

const signedIn = { cookie: "next-auth.session-token=abc" };

describe("proxy headers", () => {
  it("gives a dynamic page a fresh nonce policy, and passes the nonce to Next in the request", () => {
    const a = proxy(new NextRequest("http://app.test/profile", { headers: signedIn }));
    const b = proxy(new NextRequest("http://app.test/profile", { headers: signedIn }));
    const csp = a.headers.get("content-security-policy")!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("base-uri 'none'");
    expect(b.headers.get("content-security-policy")).not.toBe(csp);
    // NextResponse.next({ request: { headers } }) forwards overridden request headers to the page
    expect(a.headers.get("x-middleware-request-x-nonce")).toBe(/'nonce-([^']+)'/.exec(csp)![1]);
  });

  const prerendered = STATIC_PAGES.map((p) => p.replace(":type", "car"));
  const runsProxy = (path: string) => unstable_doesMiddlewareMatch({ config, url: `http://app.test${path}` });

  it("does not run for the prerendered pages (they are served straight from the build), and runs for every other page", () => {
    expect(prerendered).toEqual(["/", "/info", "/info/car", "/login", "/signup"]);
    for (const path of [...prerendered, "/info/home", "/login/"]) expect(runsProxy(path), path).toBe(false);
    for (const path of ["/profile", "/policies", "/policies/abc", "/admin", "/claims/1", "/information", "/login/x", "/info/car/more"]) {
      expect(runsProxy(path), path).toBe(true);
    }
    for (const path of ["/api/health", "/_next/static/chunk.js", "/verify/abc"]) expect(runsProxy(path), path).toBe(false);
  });

  it("gives the prerendered pages a policy without a nonce from next.config.mjs, with HSTS only behind HTTPS", async () => {
    // next.config.mjs is plain JavaScript (no type declarations): typed here by what it exports
    const { default: nextConfig } = (await import("@/next.config.mjs" as string)) as { default: (phase: string) => NextConfig };
    const cfg = nextConfig(PHASE_PRODUCTION_SERVER);
    for (const path of prerendered) {
      const res = await unstable_getResponseFromNextConfig({ url: `http://app.test${path}`, nextConfig: cfg });
      const csp = res.headers.get("content-security-policy")!;
      expect(csp, path).toMatch(/script-src 'self' 'unsafe-inline'/);
      expect(csp, path).not.toContain("nonce-");
      expect(csp, path).toContain("object-src 'none'");
      expect(csp, path).not.toContain("upgrade-insecure-requests");
      expect(res.headers.get("strict-transport-security"), path).toBeNull();
      expect(res.headers.get("x-frame-options"), path).toBe("DENY");
      const https = await unstable_getResponseFromNextConfig({ url: `http://app.test${path}`, headers: { "x-forwarded-proto": "https" }, nextConfig: cfg });
      expect(https.headers.get("content-security-policy"), path).toContain("upgrade-insecure-requests");
      expect(https.headers.get("strict-transport-security"), path).toMatch(/max-age=\d+/);
    }
    // a dynamic page gets no static policy from the config (proxy.ts gives it a nonce policy)
    const profile = await unstable_getResponseFromNextConfig({ url: "http://app.test/profile", nextConfig: cfg });
    expect(profile.headers.get("content-security-policy")).toBeNull();
  });

  it("gives the static policy to exactly the pages the proxy leaves out, from one entry and its HTTPS variant, and the shared headers to every path", async () => {
    const { default: nextConfig } = (await import("@/next.config.mjs" as string)) as { default: (phase: string) => NextConfig };
    const cfg = nextConfig(PHASE_PRODUCTION_SERVER);
    const entries = await cfg.headers!();
    // the shared entry plus one static-page entry and its HTTPS variant, however many pages STATIC_PAGES lists
    expect(entries).toHaveLength(3);
    const shared = ["x-content-type-options", "referrer-policy", "x-frame-options", "permissions-policy", "cross-origin-opener-policy"];
    const paths = [...prerendered, "/info/home", "/login/", "/profile", "/policies", "/policies/abc", "/information", "/login/x", "/info/car/more", "/signupx", "/api/health", "/verify/abc", "/_next/static/chunk.js"];
    for (const path of paths) {
      for (const headers of [{}, { "x-forwarded-proto": "https" }]) {
        const res = await unstable_getResponseFromNextConfig({ url: `http://app.test${path}`, headers, nextConfig: cfg });
        for (const h of shared) expect(res.headers.get(h), `${path} ${h}`).toBeTruthy();
        const csp = res.headers.get("content-security-policy");
        // static policy exactly where the proxy does not run for a page (API, QR link and static files set or need none)
        const isStaticPage = !runsProxy(path) && !/^\/(api|verify|_next)\//.test(path);
        expect(csp !== null, `${path} ${JSON.stringify(headers)}`).toBe(isStaticPage);
      }
    }
  });

  it("sends HSTS over HTTPS only", () => {
    expect(proxy(new NextRequest("https://app.test/", { headers: signedIn })).headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    expect(proxy(new NextRequest("http://app.test/", { headers: signedIn })).headers.get("strict-transport-security")).toBeNull();
  });

  it("redirects a signed-out visitor of a private page to sign in, with a same-site next", () => {
    const res = proxy(new NextRequest("http://app.test/policies/abc?x=1"));
    expect(res.status).toBe(307);
    expect(res.headers.get("location")).toBe("http://app.test/login?next=%2Fpolicies%2Fabc%3Fx%3D1");
  });
});

describe("proxy: the public QR link /verify/<id> is left to its Pages API route", () => {
  const ID = "cmabc123def456ghi789jkl0";

  it("does not run for a QR link or its internal address, whatever their headers (pages/api/verify-qr/[policyId].ts checks the signature and sets its headers)", () => {
    for (const headers of [{}, { "next-router-prefetch": "1" }, { purpose: "prefetch" }, { "x-safeguard-verify-day": "2026-11-25" }]) {
      for (const path of [`/verify/${ID}`, `/verify/${ID}?s=abc`, `/verify/${ID}/`, `/api/verify-qr/${ID}?s=abc`]) {
        expect(unstable_doesMiddlewareMatch({ config, url: `http://app.test${path}`, headers }), `${path} ${JSON.stringify(headers)}`).toBe(false);
      }
    }
    // any other address under /verify is an ordinary unmatched page, with the proxy's nonce policy
    for (const path of ["/verify/a/b", "/verify-internal/x/2026-11-25", "/verifyx"]) expect(unstable_doesMiddlewareMatch({ config, url: `http://app.test${path}` }), path).toBe(true);
  });

  it("next.config.mjs rewrites only /verify/<id> to the API route that checks the signature, query kept, site-wide headers on", async () => {
    const { default: nextConfig } = (await import("@/next.config.mjs" as string)) as { default: (phase: string) => NextConfig };
    const cfg = nextConfig(PHASE_PRODUCTION_SERVER);
    expect(await (cfg.rewrites as () => Promise<unknown>)()).toEqual([{ source: "/verify/:policyId", destination: "/api/verify-qr/:policyId" }]);
    const res = await unstable_getResponseFromNextConfig({ url: `http://app.test/verify/${ID}?s=abc`, headers: { "x-safeguard-verify-day": "2026-11-25" }, nextConfig: cfg });
    expect(getRewrittenUrl(res)).toBe(`http://app.test/api/verify-qr/${ID}?s=abc`);
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("permissions-policy")).toContain("camera=()");
    // nothing else is rewritten: no internal page exists that a request could reach without the signature check
    for (const path of ["/verify/a/b", `/verify-internal/${ID}/2026-11-25`, "/verifyx", `/api/verify-qr/${ID}?s=abc`]) {
      expect(getRewrittenUrl(await unstable_getResponseFromNextConfig({ url: `http://app.test${path}`, nextConfig: cfg })), path).toBeNull();
    }
  });
});
