import { describe, expect, it } from "vitest";
import { RoutePatterns } from "@/lib/metrics/route-patterns";

// The shapes Next 16 writes to routes-manifest.json and app-path-routes-manifest.json.
const patterns = new RoutePatterns(
  {
    staticRoutes: [
      { page: "/", regex: "^/(?:/)?$" },
      { page: "/policies/new", regex: "^/policies/new(?:/)?$" },
      { page: "/api/health", regex: "^/api/health(?:/)?$" },
    ],
    dynamicRoutes: [
      { page: "/policies/[id]", regex: "^/policies/([^/]+?)(?:/)?$" },
      { page: "/api/policies/[id]/qr", regex: "^/api/policies/([^/]+?)/qr(?:/)?$" },
    ],
  },
  { "/page": "/", "/(account)/policies/new/page": "/policies/new", "/(account)/policies/[id]/page": "/policies/[id]", "/api/health/route": "/api/health", "/api/policies/[id]/qr/route": "/api/policies/[id]/qr" },
);

describe("route patterns for metric labels", () => {
  it("labels a path with the pattern it matched, never the raw path", () => {
    expect(patterns.match("GET", "/policies/ckabc123", {})).toEqual({ route: "/policies/[id]", kind: "page" });
    expect(patterns.match("GET", "/policies/new", {})).toEqual({ route: "/policies/new", kind: "page" });
    expect(patterns.match("GET", "/api/policies/ckxyz/qr", {})).toEqual({ route: "/api/policies/[id]/qr", kind: "route" });
    expect(patterns.match("GET", "/api/health", {})).toEqual({ route: "/api/health", kind: "route" });
  });
  it("answers a static route's own path (with or without a trailing slash) as the regex scan would", () => {
    expect(patterns.match("GET", "/", {})).toEqual({ route: "/", kind: "page" });
    expect(patterns.match("GET", "/policies/new/", {})).toEqual({ route: "/policies/new", kind: "page" });
    expect(patterns.match("GET", "/api/health/", {})).toEqual({ route: "/api/health", kind: "route" });
    expect(patterns.match("GET", "/policies/new/x", {})).toEqual({ route: "(unmatched)", kind: "other" });
  });
  it("tells server actions and client navigations from page loads", () => {
    expect(patterns.match("POST", "/policies/ck1", { "next-action": "7f00aa" })).toEqual({ route: "/policies/[id]", kind: "action" });
    expect(patterns.match("GET", "/", { rsc: "1" })).toEqual({ route: "/", kind: "rsc" });
  });
  it("labels a QR link /verify/<id> as its public address, with the kind it had as a page", () => {
    expect(patterns.match("GET", "/verify/ckabc123", {})).toEqual({ route: "/verify/[policyId]", kind: "page" });
    expect(patterns.match("GET", "/verify/a/b", {})).toEqual({ route: "(unmatched)", kind: "other" });
  });
  it("labels the Pages Router's API routes (pages-manifest.json) as route handlers", () => {
    const withPages = new RoutePatterns(
      { dynamicRoutes: [{ page: "/api/verify-qr/[policyId]", regex: "^/api/verify\\-qr/([^/]+?)(?:/)?$" }] },
      {},
      { "/_app": "pages/_app.js", "/_error": "pages/_error.js", "/_document": "pages/_document.js", "/api/verify-qr/[policyId]": "pages/api/verify-qr/[policyId].js" },
    );
    expect(withPages.match("GET", "/api/verify-qr/ckabc123", {})).toEqual({ route: "/api/verify-qr/[policyId]", kind: "route" });
    expect(withPages.match("GET", "/verify/ckabc123", {})).toEqual({ route: "/verify/[policyId]", kind: "page" });
  });
  it("groups assets and unknown paths into a few labels", () => {
    expect(patterns.match("GET", "/_next/static/chunks/app-123.js", {})).toEqual({ route: "/_next/static", kind: "static" });
    expect(patterns.match("GET", "/wp-admin/setup.php", {})).toEqual({ route: "(unmatched)", kind: "other" });
    expect(new RoutePatterns({}).match("GET", "/anything", {}).route).toBe("(unmatched)");
  });
  it("labels URLs that only the not-found catch-all (app/[...unmatched]) takes as unmatched", () => {
    const withCatchAll = new RoutePatterns(
      { staticRoutes: [{ page: "/info", regex: "^/info(?:/)?$" }], dynamicRoutes: [{ page: "/[...unmatched]", regex: "^/(.+?)(?:/)?$" }] },
      { "/[...unmatched]/page": "/[...unmatched]", "/(public)/info/page": "/info" },
    );
    expect(withCatchAll.match("GET", "/wp-login.php", {})).toEqual({ route: "(unmatched)", kind: "other" });
    expect(withCatchAll.match("GET", "/info", {})).toEqual({ route: "/info", kind: "page" });
  });
});

describe("reading the build's manifests", () => {
  it("reads routes-manifest.json from a build folder, and labels everything unmatched without one", async () => {
    const fs = await import("node:fs");
    const os = await import("node:os");
    const path = await import("node:path");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "routes-"));
    try {
      expect(RoutePatterns.fromBuild(dir).match("GET", "/policies/x", {}).route).toBe("(unmatched)");
      fs.writeFileSync(path.join(dir, "routes-manifest.json"), JSON.stringify({ dynamicRoutes: [{ page: "/policies/[id]", regex: "^/policies/([^/]+?)(?:/)?$" }] }));
      expect(RoutePatterns.fromBuild(dir).match("GET", "/policies/x", {})).toEqual({ route: "/policies/[id]", kind: "page" });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
