import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/*
 * QR codes carry /verify/<policyId>?s=<signature>. The signature is an HMAC-SHA256 of the policy id
 * under a key derived from AUTH_SECRET for this one purpose (so a QR signature can never be
 * replayed as, or confused with, a session token), truncated to 16 bytes (128 bits) and
 * base64url-encoded to 22 characters.
 */

const SIGNATURE_BYTES = 16;

let cachedKey: { secret: string; key: Buffer } | undefined;
function verificationKey(): Buffer {
  const secret = env().AUTH_SECRET;
  if (cachedKey?.secret !== secret) cachedKey = { secret, key: createHmac("sha256", secret).update("qr-verify").digest() };
  return cachedKey.key;
}

/** The signature for a policy id (base64url, 22 characters). */
export function signPolicyId(policyId: string): string {
  return createHmac("sha256", verificationKey()).update(`policy:${policyId}`).digest().subarray(0, SIGNATURE_BYTES).toString("base64url");
}

/** The absolute URL a policy's QR code encodes. */
export function signPolicyUrl(policyId: string): string {
  const base = env().APP_URL.replace(/\/+$/, "");
  return `${base}/verify/${encodeURIComponent(policyId)}?s=${signPolicyId(policyId)}`;
}

/**
 * Whether `signature` is the one we issued for `policyId`. Compares the encoded strings in constant
 * time: comparing decoded bytes would accept a different final base64 character that decodes to
 * the same bits, and a changed character must always be rejected.
 */
export function verifyPolicyToken(policyId: string, signature: string | null | undefined): boolean {
  const expected = Buffer.from(signPolicyId(policyId));
  const given = Buffer.from(typeof signature === "string" ? signature : "");
  // Compare equal-length buffers even when the lengths differ, so the work done does not depend on the input.
  const same = timingSafeEqual(expected, given.length === expected.length ? given : Buffer.alloc(expected.length));
  return same && given.length === expected.length;
}
