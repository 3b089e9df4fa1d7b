import fs from "node:fs";
import { VERIFY_PUBLIC_ROUTE } from "@/lib/verification/verify-route";

/** app/[...unmatched]: the catch-all that renders the not-found page for URLs no other route matches. */
export const UNMATCHED_PAGE = "/[...unmatched]";

export type RouteKind = "page" | "rsc" | "action" | "route" | "static" | "other";
export type RouteMatch = { route: string; kind: RouteKind };

type ManifestRoute = { page: string; regex: string };
type Compiled = { page: string; regex: RegExp; isHandler: boolean };

/**
 * Turns a request path into the route pattern Next matched it with ("/policies/abc123" → "/policies/[id]"),
 * from the build's own manifests, so metric labels stay few however many ids people visit. Paths that match
 * no route are labelled "(unmatched)" (404s, probes), static assets by their folder.
 */
export class RoutePatterns {
  private routes: Compiled[];
  /** Static routes by exact path ("/info", "/info/"): most requests are answered by a Map lookup instead of a scan of every route's regex. */
  private exact = new Map<string, Compiled>();

  constructor(
    routesManifest: { staticRoutes?: ManifestRoute[]; dynamicRoutes?: ManifestRoute[] },
    appPathRoutes: Record<string, string> = {},
    pagesManifest: Record<string, string> = {},
  ) {
    // Entries such as "/api/health/route" → "/api/health" are route handlers; "…/page" are pages. The Pages
    // Router's API routes (pages-manifest.json: pages/api/verify-qr, behind the /verify rewrite) are handlers too.
    const handlers = new Set(Object.entries(appPathRoutes).filter(([k]) => k.endsWith("/route")).map(([, v]) => v));
    for (const page of Object.keys(pagesManifest)) if (page === "/api" || page.startsWith("/api/")) handlers.add(page);
    const compile = (r: ManifestRoute): Compiled => ({ page: r.page, regex: new RegExp(r.regex), isHandler: handlers.has(r.page) });
    // Static routes first: "/policies/new" must win over "/policies/[id]". The QR link /verify/<id> is labelled by
    // its public address, with the kind it has had since it was a page (a document a phone loads), though a Pages
    // API route (pages/api/verify-qr/[policyId].ts, behind a rewrite) answers it now, so its series go on whatever serves it.
    const verify: Compiled = { ...VERIFY_PUBLIC_ROUTE, isHandler: false };
    const statics = (routesManifest.staticRoutes ?? []).map(compile);
    this.routes = [verify, ...statics, ...(routesManifest.dynamicRoutes ?? []).map(compile)];
    // Only where the scan would find the same route first (a static route's own regex matches it, nothing before it does).
    for (const r of statics) {
      for (const p of [r.page, r.page === "/" ? "" : `${r.page}/`]) {
        if (p && !this.exact.has(p) && r.regex.test(p) && this.routes.find((x) => x.regex.test(p)) === r) this.exact.set(p, r);
      }
    }
  }

  /** Reads the manifests of the build this process serves; without them every path is "(unmatched)". */
  static fromBuild(distDir: string): RoutePatterns {
    const read = (f: string) => {
      // A file of the running build, not a module: nothing for the build's file tracer to follow.
      const file = `${distDir}/${f}`;
      try {
        return JSON.parse(fs.readFileSync(/* turbopackIgnore: true */ file, "utf8"));
      } catch {
        return undefined;
      }
    };
    // `next dev` keeps its manifests one folder down (.next/dev).
    return new RoutePatterns(
      read("routes-manifest.json") ?? read("dev/routes-manifest.json") ?? {},
      read("app-path-routes-manifest.json") ?? read("dev/app-path-routes-manifest.json") ?? {},
      read("server/pages-manifest.json") ?? read("dev/server/pages-manifest.json") ?? {},
    );
  }

  /** The pattern and kind for one request. `headers` tells a server action or RSC fetch from a page load. */
  match(method: string, pathname: string, headers: Record<string, string | string[] | undefined>): RouteMatch {
    if (pathname.startsWith("/_next/static/")) return { route: "/_next/static", kind: "static" };
    if (pathname.startsWith("/_next/image")) return { route: "/_next/image", kind: "static" };
    if (pathname.startsWith("/_next/")) return { route: "/_next", kind: "other" };
    const found = this.exact.get(pathname) ?? this.routes.find((r) => r.regex.test(pathname));
    if (!found || found.page === UNMATCHED_PAGE) return { route: "(unmatched)", kind: "other" };
    if (found.isHandler) return { route: found.page, kind: "route" };
    if (method === "POST" && headers["next-action"]) return { route: found.page, kind: "action" };
    if (headers["rsc"] === "1") return { route: found.page, kind: "rsc" };
    return { route: found.page, kind: "page" };
  }
}

/**
 * The build folder of the running server, relative to its working directory: the standalone server's
 * embedded config (server.js runs from its own folder), else NEXT_DIST_DIR, else .next.
 */
export function servedDistDir(): string {
  try {
    const standalone = process.env.__NEXT_PRIVATE_STANDALONE_CONFIG;
    if (standalone) return String(JSON.parse(standalone).distDir ?? ".next");
  } catch {
    /* fall through */
  }
  return process.env.NEXT_DIST_DIR || ".next";
}
