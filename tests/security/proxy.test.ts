// The request-dependent headers proxy.ts sets: CSP (nonce on dynamic pages, static policy on prerenderable
// ones), HSTS only over HTTPS, and the optimistic sign-in redirect.
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";

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

  it("gives prerenderable pages a policy without a nonce", () => {
    for (const path of ["/", "/info", "/info/car", "/login", "/signup"]) {
      const csp = proxy(new NextRequest(`http://app.test${path}`)).headers.get("content-security-policy")!;
      expect(csp, path).toMatch(/script-src 'self' 'unsafe-inline'/);
      expect(csp, path).not.toContain("nonce-");
      expect(csp, path).toContain("object-src 'none'");
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
