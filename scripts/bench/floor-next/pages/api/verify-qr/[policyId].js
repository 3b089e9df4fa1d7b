// The shape of the app's /verify answer (pages/api/verify-qr/[policyId].ts behind the same rewrite) without its
// work (no signature check, no cache read, no template): a fixed document of the not-valid page's size with the
// same headers.
import { staticPolicy } from "../../../../../../lib/security/security-headers.mjs";

const HTML = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Verify a policy</title></head><body><main><h1>Static answer</h1><p>${"A fixed document of about the size of the verify page. ".repeat(60)}</p></main></body></html>`;
const HEADERS = {
  "Content-Type": "text/html; charset=utf-8",
  "Content-Security-Policy": staticPolicy({ dev: false, https: false }),
  "Cache-Control": "private, no-cache, no-store, max-age=0, must-revalidate",
  "X-Robots-Tag": "noindex, nofollow",
  "Content-Length": String(Buffer.byteLength(HTML)),
};

export const config = { api: { bodyParser: false } };

export default function floorVerify(req, res) {
  res.writeHead(200, HEADERS);
  res.end(HTML);
}
