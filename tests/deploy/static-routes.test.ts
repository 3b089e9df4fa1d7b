import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { POLICY_TYPES } from "@/lib/policies/policy-types";

// Reads the manifests of the production build that scripts/test.sh made just before (NEXT_DIST_DIR or .next):
// the pages that are the same for every visitor are prerendered at build time (○/● in `next build`), the
// pages with a visitor's data are not.

const root = path.resolve(import.meta.dirname, "../..");
const dist = path.resolve(root, process.env.NEXT_DIST_DIR || ".next");

type PrerenderManifest = {
  routes: Record<string, { initialRevalidateSeconds: number | false; srcRoute: string | null }>;
  dynamicRoutes: Record<string, { fallback: string | false | null }>;
};
function manifest(): PrerenderManifest {
  const file = path.join(dist, "prerender-manifest.json");
  if (!fs.existsSync(file)) throw new Error(`no build at ${dist}: run \`npx next build\` first (NEXT_DIST_DIR picks another folder)`);
  return JSON.parse(fs.readFileSync(file, "utf8")) as PrerenderManifest;
}

const STATIC_ROUTES = ["/", "/info", ...POLICY_TYPES.map((t) => `/info/${t}`), "/login", "/signup", "/_not-found"];
const PER_VISITOR = ["/policies", "/policies/new", "/claims", "/profile", "/feedback", "/notifications", "/admin", "/admin/policies"];

describe("the static shell in the build output", () => {
  it.each(STATIC_ROUTES)("%s is prerendered once at build time, never re-rendered per request", (route) => {
    const entry = manifest().routes[route];
    expect(entry, `${route} is missing from prerender-manifest.json (rendered per request: ƒ)`).toBeDefined();
    expect(entry.initialRevalidateSeconds).toBe(false);
    const html = path.join(dist, "server/app", `${route === "/" ? "index" : route.slice(1)}.html`);
    expect(fs.existsSync(html), html).toBe(true);
    // nobody's account is baked into the shell: the header's user part is filled in by the browser
    const text = fs.readFileSync(html, "utf8");
    expect(text).not.toContain('data-testid="signed-in-as"');
    expect(text).not.toMatch(/>Sign out</);
  });

  it("the Info Centre's type pages come from generateStaticParams, and no other type is served", () => {
    const m = manifest();
    expect(m.dynamicRoutes["/info/[type]"]?.fallback).toBe(false);
    expect(Object.values(m.routes).filter((r) => r.srcRoute === "/info/[type]")).toHaveLength(POLICY_TYPES.length);
  });

  it("a failure outside any render gets the app's own 500 page, prerendered (pages/500.tsx: a pages/ folder replaces app/global-error's prerender)", () => {
    const html = path.join(dist, "server/pages/500.html");
    expect(fs.existsSync(html), html).toBe(true);
    const text = fs.readFileSync(html, "utf8");
    expect(text).toContain("Something went wrong");
    expect(text).not.toContain("Internal Server Error");
  });

  it.each(PER_VISITOR)("%s (a visitor's own data) is rendered per request", (route) => {
    expect(manifest().routes[route]).toBeUndefined();
  });

  it("the catch-all for unknown URLs (app/[...unmatched]) is rendered per request, so its not-found page carries the nonce", () => {
    const m = manifest();
    expect(Object.keys(m.routes).filter((r) => r.includes("unmatched"))).toEqual([]);
    expect(m.dynamicRoutes["/[...unmatched]"]).toBeUndefined();
  });

  it("/verify/<id> is rewritten to a Pages API route run per scan (it checks the signature), with no page, route handler or cached HTML behind it", () => {
    const m = manifest();
    expect(Object.keys(m.routes).filter((r) => r.includes("verify"))).toEqual([]);
    expect(Object.keys(m.dynamicRoutes).filter((r) => r.includes("verify"))).toEqual([]);
    const appPaths = JSON.parse(fs.readFileSync(path.join(dist, "server/app-paths-manifest.json"), "utf8")) as Record<string, string>;
    expect(Object.keys(appPaths).filter((p) => p.includes("verify"))).toEqual([]);
    const pages = JSON.parse(fs.readFileSync(path.join(dist, "server/pages-manifest.json"), "utf8")) as Record<string, string>;
    expect(Object.keys(pages).filter((p) => p.includes("verify"))).toEqual(["/api/verify-qr/[policyId]"]);
    // the only rewrite, in the afterFiles phase (ahead of app/[...unmatched], a dynamic route)
    const routes = JSON.parse(fs.readFileSync(path.join(dist, "routes-manifest.json"), "utf8")) as {
      rewrites: { beforeFiles: unknown[]; afterFiles: { source: string; destination: string }[]; fallback: unknown[] };
    };
    expect(routes.rewrites.beforeFiles).toEqual([]);
    expect(routes.rewrites.fallback).toEqual([]);
    expect(routes.rewrites.afterFiles.map(({ source, destination }) => ({ source, destination }))).toEqual([
      { source: "/verify/:policyId", destination: "/api/verify-qr/:policyId" },
    ]);
  });
});
