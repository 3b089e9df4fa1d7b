import { NextResponse, type NextRequest } from "next/server";
import { HSTS, newNonce, noncePolicy, staticPolicy } from "@/lib/security/security-headers.mjs";
import { VERIFY_DAY_HEADER, verifyLinkDay } from "@/lib/verification/verify-route";

// 1. Optimistic redirect only: no session cookie → sign-in page. The real checks are in the data layer
//    (requireUser / requireRole), which every page, action and route handler calls.
// 2. Security headers that depend on the request: the Content-Security-Policy (a per-request nonce, see
//    lib/security/security-headers.mjs) and HSTS when the site is served over HTTPS.
// 3. The public QR link /verify/<id>?s=<signature>: the signature is checked here, and the request header
//    VERIFY_DAY_HEADER (set to the UTC day for a genuine link, removed otherwise) routes it through
//    next.config.mjs's rewrites to a page served from Next's cache (lib/verification/verify-rewrites.mjs), with the
//    static policy (that HTML is cached, so it cannot carry a per-request nonce; no nonce in the request either,
//    which would force a render per request).
// The prerendered pages (STATIC_PAGES) are left out by the matcher: they are served straight from the build
// with their headers from next.config.mjs, which makes them several times faster to serve (docs/BENCHMARKS.md).
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const PROTECTED = /^\/(profile|policies|claims|feedback|notifications)(\/|$)/;

/**
 * The verify pages are the same for every visitor of a day and can change at any moment (cancel): no browser or
 * shared cache keeps them (the server's own cache is emptied when they change; a CDN's would not be).
 */
export const VERIFY_CACHE_CONTROL = "private, no-cache, no-store, max-age=0, must-revalidate";

export function proxy(req: NextRequest) {
  const { pathname } = req.nextUrl;
  const day = verifyLinkDay(pathname, req.nextUrl.searchParams.getAll("s"), new Date());
  if (day !== undefined) {
    // Replace whatever the client sent: only this check may say a link is genuine.
    const headers = new Headers(req.headers);
    headers.delete(VERIFY_DAY_HEADER);
    if (day) headers.set(VERIFY_DAY_HEADER, day);
    const res = NextResponse.next({ request: { headers } });
    res.headers.set("Content-Security-Policy", staticPolicy({ dev: process.env.NODE_ENV === "development", https: isHttps(req) }));
    res.headers.set("Cache-Control", VERIFY_CACHE_CONTROL);
    return withHsts(req, res);
  }
  if (PROTECTED.test(pathname) && !SESSION_COOKIES.some((c) => req.cookies.has(c))) {
    const url = req.nextUrl.clone();
    url.pathname = "/login";
    url.search = `?next=${encodeURIComponent(pathname + req.nextUrl.search)}`;
    return withHsts(req, NextResponse.redirect(url));
  }
  const opts = { dev: process.env.NODE_ENV === "development", https: isHttps(req) };
  const nonce = newNonce();
  const csp = noncePolicy(nonce, opts);
  // Next reads the nonce from the request's CSP header and puts it on the scripts it renders.
  const headers = new Headers(req.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("Content-Security-Policy", csp);
  return withHsts(req, res);
}

/** HTTPS as the browser sees it: APP_URL says so, or the request (or a proxy in front) used it. */
function isHttps(req: NextRequest): boolean {
  return req.nextUrl.protocol === "https:" || (process.env.APP_URL ?? "").startsWith("https:") || req.headers.get("x-forwarded-proto") === "https";
}

function withHsts(req: NextRequest, res: NextResponse): NextResponse {
  // Browsers ignore HSTS over plain HTTP; sending it only over HTTPS keeps local http://localhost usable.
  if (isHttps(req)) res.headers.set("Strict-Transport-Security", HSTS);
  return res;
}

export const config = {
  matcher: [
    {
      // Pages only: not Next's static files, not route handlers (they set their own headers), not prefetches,
      // and not the prerendered pages of STATIC_PAGES (/, /info, /info/<type>, /login, /signup; a literal here:
      // Next reads the matcher statically; tests/security/proxy.test.ts checks the two lists agree).
      source: "/((?!api/|_next/static|_next/image|favicon.ico|info(?:/[^/]+)?/?$|login/?$|signup/?$|$).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    // The verify addresses, prefetches included: whatever its headers, no request may reach the rewrites
    // with a day header this proxy did not set.
    "/verify/:path*",
    "/verify-internal/:path*",
  ],
};
