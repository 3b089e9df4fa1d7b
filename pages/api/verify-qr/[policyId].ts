import type { NextApiRequest, NextApiResponse } from "next";
import { isHttpsNodeRequest } from "@/lib/security/https";
import { getScanStatus } from "@/lib/verification/verify-cache";
import { verifyPageHeaders, verifyPageHtml } from "@/lib/verification/verify-page";
import { verificationPolicyId } from "@/lib/verification/verify-route";

// The public QR link /verify/<policyId>?s=<signature> (printed on schedules: this address and its query stay),
// reached through the rewrite in next.config.mjs (the browser's address stays /verify/...; the query comes along).
// A Pages Router API route, not an App Router route handler: serving the same bytes costs about 2.5x less CPU
// here, because Next builds no web Request/Response or work stores for it (docs/BENCHMARKS.md, "/verify from a
// Pages API route"). Left out of proxy.ts's matcher (it matches neither /verify/<id> nor /api/). The signature (an
// HMAC, no database) is checked first; every invalid case gets the same not-valid document, and a genuine one the
// verdict for the current UTC day from the cached facts (lib/verification/verify-cache.ts; emptied by tag when the
// app changes the policy). A request straight to /api/verify-qr/<id>?s=... is answered the same way, signature
// check included: there is nothing here that the public address does not give.

// Nothing is read from the body: Next need not parse one.
export const config = { api: { bodyParser: false } };

export default async function verifyQr(req: NextApiRequest, res: NextApiResponse): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("Allow", "GET, HEAD");
    res.status(405).end();
    return;
  }
  const s = req.query.s;
  const signatures = s === undefined ? [] : Array.isArray(s) ? s : [s];
  const status = await getScanStatus(verificationPolicyId(req.query.policyId), signatures);
  const html = verifyPageHtml(status);
  res.writeHead(200, { ...verifyPageHeaders(isHttpsNodeRequest(req)), "Content-Length": Buffer.byteLength(html) });
  res.end(req.method === "HEAD" ? undefined : html);
}
