import { isHttpsRequest } from "@/lib/security/https";
import { getScanStatus } from "@/lib/verification/verify-cache";
import { verifyPageHeaders, verifyPageHtml } from "@/lib/verification/verify-page";

// The public QR link /verify/<policyId>?s=<signature> (printed on schedules: this address and its query stay).
// A route handler, not a page, and left out of proxy.ts's matcher: the signature (an HMAC, no database) is checked
// first, every invalid case gets the same not-valid document, and a genuine one the verdict for the current UTC
// day from the cached facts (lib/verification/verify-cache.ts; emptied by tag when the app changes the policy).
// See lib/verification/verify-page.ts for why it is a template and not a React page.
export async function GET(req: Request, { params }: { params: Promise<{ policyId: string }> }): Promise<Response> {
  const { policyId } = await params;
  const status = await getScanStatus(policyId, new URL(req.url).searchParams.getAll("s"));
  return new Response(verifyPageHtml(status), { status: 200, headers: verifyPageHeaders(isHttpsRequest(req)) });
}
