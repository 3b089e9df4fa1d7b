import { NotValid, verifyMetadata } from "../verify-views";

// Prerendered once at build time: every invalid /verify link (and any request made to /verify-internal
// itself) is rewritten here (lib/verification/verify-rewrites.mjs), so a forged or mistyped code costs no rendering, no database and no cache entry.
export const metadata = verifyMetadata;

export default function VerifyNotValidPage() {
  return <NotValid />;
}
