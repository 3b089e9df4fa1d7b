// Security headers that depend on the page (see README "Security headers"). Plain JavaScript so that
// next.config.mjs (headers of the prerendered pages, served without running proxy.ts) and proxy.ts (every
// other page) build them from this one place. Types: security-headers.d.mts.
//
// Two Content-Security-Policy flavours:
// - dynamic pages (everything that reads the session, i.e. every page with user data) get a fresh nonce per
//   request with 'strict-dynamic': only scripts carrying the nonce (Next adds it to its own scripts when it
//   finds the nonce in the request's CSP header) and scripts they load may run;
// - the prerendered pages (STATIC_PAGES: built once, so their HTML cannot carry a per-request nonce) get a
//   policy without a nonce: scripts only from this origin plus Next's inline bootstrap. They render no
//   user-supplied data, so there is nothing to inject into them.
// Both forbid plugins, <base> changes, framing, and form posts to other origins.

/** The prerendered pages, as next.config.mjs `headers()` sources; proxy.ts's matcher leaves exactly these out. */
export const STATIC_PAGES = ["/", "/info", "/info/:type", "/login", "/signup"];

export const HSTS = "max-age=63072000; includeSubDomains";

/** @param {boolean} https */
const common = (https) => [
  "default-src 'self'",
  // Inline style attributes come from React components (charts); style injection cannot run code.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  ...(https ? ["upgrade-insecure-requests"] : []),
];

/** The policy for a dynamically rendered page with this request's nonce. */
export function noncePolicy(nonce, opts) {
  const script = `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`;
  return [script, ...common(opts.https)].join("; ");
}

/** The policy for a page prerendered at build time (no nonce possible). */
export function staticPolicy(opts) {
  const script = `script-src 'self' 'unsafe-inline'${opts.dev ? " 'unsafe-eval'" : ""}`;
  return [script, ...common(opts.https)].join("; ");
}

/** A fresh, unguessable nonce (128 bits, base64). */
export function newNonce() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * One `headers()` source matching exactly the pages of STATIC_PAGES (and nothing else) without capturing a
 * parameter: "/(info|info/[^/]+|login|signup)?" for the list above. Next tries every `headers()` entry on every
 * request (an awaited path match each) and, when an entry captured parameters, also runs each of its header
 * values through its destination compiler; one paramless entry per variant instead of one per page keeps a
 * prerendered page's routing cheap (docs/BENCHMARKS.md, "/info's per-request cost"). Unnamed groups are
 * dropped from the match by Next (removeUnnamedParams), so this entry captures none.
 */
export function staticPagesSource(pages = STATIC_PAGES) {
  const alternatives = pages
    .filter((p) => p !== "/")
    .map((p) => {
      const rest = p.slice(1);
      if (!/^[a-z0-9-]+(\/(:[a-z]+|[a-z0-9-]+))*$/.test(rest)) throw new Error(`STATIC_PAGES: cannot express ${p} in one headers() source`);
      return rest.replace(/:[a-z]+/g, "[^/]+");
    });
  const group = `(${alternatives.join("|")})`;
  // "/" is the empty alternative: the whole group is optional.
  return pages.includes("/") ? `/${group}?` : `/${group}`;
}

/**
 * next.config.mjs `headers()` entries for the prerendered pages: the static policy, and behind a proxy that
 * says the visitor used HTTPS, the HTTPS variant plus HSTS (for the same key, Next applies the later entry).
 */
export function staticPageHeaders({ dev }) {
  const source = staticPagesSource();
  return [
    { source, headers: [{ key: "Content-Security-Policy", value: staticPolicy({ dev, https: false }) }] },
    {
      source,
      has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
      headers: [
        { key: "Content-Security-Policy", value: staticPolicy({ dev, https: true }) },
        { key: "Strict-Transport-Security", value: HSTS },
      ],
    },
  ];
}
