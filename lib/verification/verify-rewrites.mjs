// The /verify addresses, shared by proxy.ts (through lib/verification/verify-route.ts) and next.config.mjs
// `rewrites()`: plain JavaScript so that next.config.mjs can import it. Types: verify-rewrites.d.mts.
//
// A scanned QR link /verify/<policyId>?s=<signature> is served by one of two internal pages: the verdict,
// /verify-internal/<policyId>/<UTC day> (ISR, cached per policy and day), or the prerendered not-valid page.
// proxy.ts checks the signature and says which by a request header, VERIFY_DAY_HEADER (the day, only for a
// genuine link; it removes any such header the client sent); these rewrites then route on it. (Not a rewrite
// from proxy.ts itself: Next 16 sends those over the network to itself when the server listens on a loopback
// address such as `next start -H 127.0.0.1`, vercel/next.js#94745, which our tests and many deployments do.)

/** The internal route's prefix; not a public address (requests made to it get the not-valid page). */
export const VERIFY_INTERNAL = "/verify-internal";
/** The one "this code is not valid" page, prerendered at build time. */
export const NOT_VALID_PATH = `${VERIFY_INTERNAL}/not-valid`;
/** Request header proxy.ts sets to the UTC day ("2026-11-25") for a genuine link, and removes otherwise. */
export const VERIFY_DAY_HEADER = "x-safeguard-verify-day";

/** next.config.mjs `rewrites().beforeFiles`, in order (Next applies the first that matches). */
export function verifyRewrites() {
  return [
    // asked for directly, the internal pages would skip the signature check
    { source: `${VERIFY_INTERNAL}/:path*`, destination: NOT_VALID_PATH },
    {
      source: "/verify/:policyId",
      has: [{ type: "header", key: VERIFY_DAY_HEADER, value: "(?<day>\\d{4}-\\d{2}-\\d{2})" }],
      destination: `${VERIFY_INTERNAL}/:policyId/:day`,
    },
    { source: "/verify/:policyId", destination: NOT_VALID_PATH },
  ];
}
