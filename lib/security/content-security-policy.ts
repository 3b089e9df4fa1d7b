/**
 * Content-Security-Policy for pages, in two flavours (see README "Security headers"):
 * - dynamic pages (everything that reads the session, i.e. every page with user data) get a fresh nonce
 *   per request with 'strict-dynamic': only scripts carrying the nonce (Next adds it to its own scripts
 *   when it finds the nonce in the request's CSP header) and scripts they load may run;
 * - pages listed in STATIC_POLICY_PATHS (meant to be prerendered once, so their HTML cannot carry a
 *   per-request nonce) get a policy without a nonce: scripts only from this origin plus Next's inline
 *   bootstrap. Those pages render no user-supplied data, so there is nothing to inject into them.
 * Both forbid plugins, <base> changes, framing, and form posts to other origins.
 */
export const STATIC_POLICY_PATHS: RegExp[] = [/^\/$/, /^\/info(\/[a-z-]+)?\/?$/, /^\/login\/?$/, /^\/signup\/?$/];

export function usesStaticPolicy(pathname: string): boolean {
  return STATIC_POLICY_PATHS.some((re) => re.test(pathname));
}

const common = (https: boolean) => [
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
export function noncePolicy(nonce: string, opts: { dev: boolean; https: boolean }): string {
  const script = `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`;
  return [script, ...common(opts.https)].join("; ");
}

/** The policy for a page prerendered at build time (no nonce possible). */
export function staticPolicy(opts: { dev: boolean; https: boolean }): string {
  const script = `script-src 'self' 'unsafe-inline'${opts.dev ? " 'unsafe-eval'" : ""}`;
  return [script, ...common(opts.https)].join("; ");
}

/** A fresh, unguessable nonce (128 bits, base64). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
