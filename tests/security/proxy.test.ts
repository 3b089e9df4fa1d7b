// The request-dependent headers proxy.ts sets: CSP (nonce on dynamic pages, static policy on prerenderable
// ones), HSTS only over HTTPS, and the optimistic sign-in redirect.
import { afterEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { getRewrittenUrl, unstable_doesMiddlewareMatch, unstable_getResponseFromNextConfig } from "next/experimental/testing/server";
import { signPolicyId } from "@/lib/verification/policy-signature";
import { VERIFY_DAY_HEADER } from "@/lib/verification/verify-route";
import { PHASE_PRODUCTION_SERVER } from "next/constants";
import { config, proxy, VERIFY_CACHE_CONTROL } from "@/proxy";
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
    for (const path of ["/profile", "/policies", "/policies/abc", "/verify/abc", "/admin", "/claims/1", "/information", "/login/x", "/info/car/more"]) {
      expect(runsProxy(path), path).toBe(true);
    }
    for (const path of ["/api/health", "/_next/static/chunk.js"]) expect(runsProxy(path), path).toBe(false);
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

describe("proxy: the public QR page /verify", () => {
  const ID = "cmabc123def456ghi789jkl0";
  const SIG = signPolicyId(ID);
  afterEach(() => vi.useRealTimers());
  const scan = (path: string, headers: Record<string, string> = {}) => proxy(new NextRequest(`http://app.test${path}`, { headers }));
  /** The day header the proxy hands on to Next's rewrites (NextResponse.next({ request: { headers } })). */
  const dayHeader = (res: Response) => res.headers.get(`x-middleware-request-${VERIFY_DAY_HEADER}`);
  const overridden = (res: Response) => (res.headers.get("x-middleware-override-headers") ?? "").split(",");

  it("marks a genuine link with today's UTC date, with the static policy and no nonce", () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-11-30T23:59:59.999Z") });
    const res = scan(`/verify/${ID}?s=${SIG}`);
    expect(dayHeader(res)).toBe("2026-11-30");
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toMatch(/script-src 'self' 'unsafe-inline'/);
    expect(csp).not.toContain("nonce-");
    // no nonce handed to Next in the request either: it would make the page render per request
    expect(res.headers.get("x-middleware-request-x-nonce")).toBeNull();
    expect(overridden(res)).not.toContain("content-security-policy");
    expect(res.headers.get("cache-control")).toBe(VERIFY_CACHE_CONTROL);
    expect(res.headers.get("strict-transport-security")).toBeNull();
    expect(scan(`/verify/${ID}?s=${SIG}`, { "x-forwarded-proto": "https" }).headers.get("strict-transport-security")).toMatch(/max-age=\d+/);

    // one millisecond later it is another day, and so another cache entry: yesterday's verdict is never served
    vi.setSystemTime(new Date("2026-12-01T00:00:00.000Z"));
    expect(dayHeader(scan(`/verify/${ID}?s=${SIG}`))).toBe("2026-12-01");
  });

  it("removes a day header the client sent, for every invalid link and every request to the internal pages", () => {
    const tampered = `${SIG.slice(0, -1)}${SIG.endsWith("A") ? "B" : "A"}`;
    const forged = { [VERIFY_DAY_HEADER]: "2026-11-25" };
    for (const path of [`/verify/${ID}`, `/verify/${ID}?s=`, `/verify/${ID}?s=${tampered}`, `/verify/${ID}?s=${SIG}&s=${SIG}`, `/verify-internal/${ID}/2026-11-25?s=${SIG}`]) {
      const res = scan(path, forged);
      expect(res.headers.get("x-middleware-override-headers"), path).not.toBeNull();
      expect(overridden(res), path).not.toContain(VERIFY_DAY_HEADER);
      expect(dayHeader(res), path).toBeNull();
      expect(res.headers.get("content-security-policy"), path).not.toContain("nonce-");
    }
    // and the proxy runs for every such request, prefetches included
    for (const headers of [{}, { "next-router-prefetch": "1" }, { purpose: "prefetch" }]) {
      for (const path of [`/verify/${ID}`, `/verify-internal/${ID}/2026-11-25`, "/verify-internal/not-valid"]) {
        expect(unstable_doesMiddlewareMatch({ config, url: `http://app.test${path}`, headers }), `${path} ${JSON.stringify(headers)}`).toBe(true);
      }
    }
  });

  it("next.config.mjs sends every request without a valid day header, and every request for the internal pages, to the one not-valid page", async () => {
    const { default: nextConfig } = (await import("@/next.config.mjs" as string)) as { default: (phase: string) => NextConfig };
    const cfg = nextConfig(PHASE_PRODUCTION_SERVER);
    const route = async (path: string, headers: Record<string, string> = {}) =>
      getRewrittenUrl(await unstable_getResponseFromNextConfig({ url: `http://app.test${path}`, headers, nextConfig: cfg }));
    // (a genuine link's route to verify-internal/<id>/<day> takes the day from the header's named group, which this
    // testing helper does not pass on to the destination; the browser journeys check it against the real server)
    expect(await route(`/verify/${ID}?s=${SIG}`)).toBe("http://app.test/verify-internal/not-valid?s=" + SIG);
    expect(await route(`/verify/${ID}`, { [VERIFY_DAY_HEADER]: "../../x" })).toBe("http://app.test/verify-internal/not-valid");
    for (const path of [`/verify-internal/${ID}/2026-11-25`, "/verify-internal/not-valid"]) {
      expect(await route(path, { [VERIFY_DAY_HEADER]: "2026-11-25" }), path).toBe("http://app.test/verify-internal/not-valid");
    }
    expect(await route("/verify/a/b", { [VERIFY_DAY_HEADER]: "2026-11-25" })).toBeNull();
  });
});
