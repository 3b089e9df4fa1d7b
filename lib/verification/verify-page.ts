import "server-only";
import { formatPolicyDate } from "@/lib/policies/policy-dates";
import { EFFECTIVE_STATUS_LABELS, type EffectiveStatus } from "@/lib/policies/policy-status";
import { HSTS, staticPolicy } from "@/lib/security/security-headers.mjs";
import type { PublicPolicyStatus } from "@/lib/verification/public-status";

/*
 * The public QR page /verify/<policyId>?s=<signature> (README "Static pages and caches"), answered by the Pages
 * API route pages/api/verify-qr/[policyId].ts: a small self-contained HTML document, no JavaScript, no React render.
 * Scanned at the roadside, in bulk at events and by partners' systems, it is built from a template and the cached
 * facts in well under a millisecond, and served without proxy.ts (running the proxy alone cost more than serving
 * the page from Next's cache) and without an App Router route handler (its web Request/Response path cost about
 * 2.5 times a Pages API route's for the same bytes: docs/BENCHMARKS.md). Every value put in is escaped.
 */

const VERDICTS: Record<EffectiveStatus, { text: string; tone: Tone }> = {
  ACTIVE: { text: "Genuine policy — in force", tone: "good" },
  NOT_STARTED: { text: "Genuine policy — not in force yet", tone: "warn" },
  EXPIRED: { text: "Genuine policy — expired", tone: "warn" },
  LAPSED: { text: "Genuine policy — lapsed", tone: "bad" },
  CANCELLED: { text: "Genuine policy — cancelled", tone: "bad" },
};
type Tone = "good" | "warn" | "bad";

/** The page's own styles (the site's colours, Tailwind's slate/green/amber/red), inline: one request, no script. */
const STYLE = `*{box-sizing:border-box}body{margin:0;min-height:100vh;font-family:ui-sans-serif,system-ui,sans-serif;color:#0f172a;background:#f8fafc;line-height:1.5}
header{border-bottom:1px solid #e2e8f0;background:#fff}header div,main,footer{margin:0 auto;max-width:64rem;padding:.75rem 1rem}
header a{font-size:1.125rem;font-weight:700;color:#1e40af;text-decoration:none}main{padding-top:2rem;padding-bottom:2rem}
.box{margin:0 auto;max-width:32rem}.card{border:2px solid;border-radius:.75rem;padding:1.5rem;margin-bottom:1rem}
.good{border-color:#86efac;background:#f0fdf4;color:#14532d}.warn{border-color:#fcd34d;background:#fffbeb;color:#78350f}.bad{border-color:#fca5a5;background:#fef2f2;color:#7f1d1d}
h1{font-size:1.5rem;margin:0}p{margin:.5rem 0 0}dl{margin:0;border:1px solid #e2e8f0;border-radius:.5rem;background:#fff;padding:0 1.25rem}
dl div{display:grid;grid-template-columns:1fr 1fr;gap:.5rem;padding:.5rem 0;border-top:1px solid #f1f5f9}dl div:first-child{border-top:0}
dt{font-weight:500;color:#334155}dd{margin:0}footer{font-size:.75rem;color:#475569;padding-bottom:2rem}`;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function documentHtml(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} · Safeguard Insurance</title><meta name="robots" content="noindex, nofollow"><link rel="icon" href="/icon.svg" type="image/svg+xml"><style>${STYLE}</style></head><body><header><div><a href="/">Safeguard</a></div></header><main id="main"><div class="box">${body}</div></main><footer>Safeguard Insurance · Policies are verified at /verify by scanning their QR code.</footer></body></html>`;
}

/** Every invalid case (no or wrong signature, unknown policy) gets exactly this document, with status 200. */
export const NOT_VALID_HTML = documentHtml(
  "Verify a policy",
  `<div class="card bad"><h1>This code is not valid</h1><p>We could not match this QR code to a policy. It may have been altered or copied incorrectly. Ask the policyholder for their policy schedule, or contact us to check.</p></div>`,
);

/** The verdict and a minimal set of facts (PublicPolicyStatus holds nothing else). */
export function verifyPageHtml(result: PublicPolicyStatus): string {
  if (!result.valid) return NOT_VALID_HTML;
  const verdict = VERDICTS[result.status];
  const rows: [string, string][] = [
    ["Status", EFFECTIVE_STATUS_LABELS[result.status]],
    ["Type", `${result.typeLabel} insurance`],
    ["Policy number", result.number],
    ["Valid from", formatPolicyDate(result.validFrom)],
    ["Valid to", `${formatPolicyDate(result.validTo)} (end of day)`],
    ["Policyholder", result.holderMasked],
    ...(result.registration ? ([["Registration number", result.registration]] as [string, string][]) : []),
  ];
  const facts = rows.map(([label, value]) => `<div><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd></div>`).join("");
  return documentHtml(
    "Verify a policy",
    `<div class="card ${verdict.tone}"><h1>${escapeHtml(verdict.text)}</h1><p>This QR code was issued by Safeguard Insurance for the policy below.</p></div><dl>${facts}</dl>`,
  );
}

/**
 * The same for every visitor of a day and liable to change at any moment (cancel): kept by no browser or shared
 * cache (the server's data cache is emptied by tag when the policy changes; a CDN's would not be).
 */
export const VERIFY_CACHE_CONTROL = "private, no-cache, no-store, max-age=0, must-revalidate";

const POLICIES = { http: staticPolicy({ dev: false, https: false }), https: staticPolicy({ dev: false, https: true }) };

/**
 * The response headers: the static Content-Security-Policy (no script runs on this page; computed once), no
 * caching, no indexing, and HSTS when the visitor used HTTPS (as proxy.ts decides it for the other pages).
 */
export function verifyPageHeaders(https: boolean): Record<string, string> {
  return {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Security-Policy": https ? POLICIES.https : POLICIES.http,
    "Cache-Control": VERIFY_CACHE_CONTROL,
    "X-Robots-Tag": "noindex, nofollow",
    ...(https ? { "Strict-Transport-Security": HSTS } : {}),
  };
}
