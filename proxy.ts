import { NextResponse, type NextRequest } from "next/server";
import { HSTS, newNonce, noncePolicy } from "@/lib/security/security-headers.mjs";
import { isHttpsRequest } from "@/lib/security/https";

// 1. Optimistic redirect only: no session cookie → sign-in page. The real checks are in the data layer
//    (requireUser / requireRole), which every page, action and route handler calls.
// 2. Security headers that depend on the request: the Content-Security-Policy (a per-request nonce, see
//    lib/security/security-headers.mjs) and HSTS when the site is served over HTTPS.
// The prerendered pages (STATIC_PAGES) are left out by the matcher: they are served straight from the build
// with their headers from next.config.mjs, which makes them several times faster to serve (docs/BENCHMARKS.md).
// So is the public QR link /verify/<id>?s=<signature>: next.config.mjs rewrites it to the Pages API route
// pages/api/verify-qr/[policyId].ts, which checks the signature and sets its own headers; running the proxy cost
// more than the rest of the request did. The proxy matches the public address (before the rewrite), and /api/ is
// left out too, so neither address runs it; both end in the same signature check.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const PROTECTED = /^\/(profile|policies|claims|feedback|notifications)(\/|$)/;

export function proxy(req: NextRequest) {
  const { pathname } = req.nextUrl;
  if (PROTECTED.test(pathname) && !SESSION_COOKIES.some((c) => req.cookies.has(c))) {
    const url = req.nextUrl.clone();
    url.pathname = "/login";
    url.search = `?next=${encodeURIComponent(pathname + req.nextUrl.search)}`;
    return withHsts(req, NextResponse.redirect(url));
  }
  const opts = { dev: process.env.NODE_ENV === "development", https: isHttpsRequest(req) };
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

function withHsts(req: NextRequest, res: NextResponse): NextResponse {
  // Browsers ignore HSTS over plain HTTP; sending it only over HTTPS keeps local http://localhost usable.
  if (isHttpsRequest(req)) res.headers.set("Strict-Transport-Security", HSTS);
  return res;
}

export const config = {
  matcher: [
    {
      // Pages only: not Next's static files, not route handlers (they set their own headers: the API and the QR
      // link /verify/<id>: its Pages API route), not prefetches, and not the prerendered pages of STATIC_PAGES (/, /info, /info/<type>,
      // /login, /signup; a literal here: Next reads the matcher statically; tests/security/proxy.test.ts checks
      // the two lists agree).
      source: "/((?!api/|verify/[^/]+/?$|_next/static|_next/image|favicon.ico|info(?:/[^/]+)?/?$|login/?$|signup/?$|$).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
