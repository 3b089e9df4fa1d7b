import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * The secret part of API keys: generation, the stored hash and the constant-time check. Pure (no
 * database), so it is unit-tested directly and shared by key creation and request authentication.
 *
 * A key is `sgk_live_` + 43 base64url characters (32 random bytes = 256 bits). Keys are random and
 * long, so a fast hash (SHA-256) is enough: there is nothing to brute-force that a slow hash would
 * protect. The first characters (the display prefix) are stored in clear so admins can tell keys
 * apart and so a request's key row can be found by an indexed lookup; the rest of the key is never stored.
 */

export const API_KEY_MARKER = "sgk_live_";
const SECRET_BYTES = 32;
/** base64url length of SECRET_BYTES without padding */
const SECRET_CHARS = Math.ceil((SECRET_BYTES * 8) / 6);
/** random characters of the secret that are part of the display prefix (48 bits: collisions are refused by a unique index and retried) */
const PREFIX_RANDOM_CHARS = 8;
const KEY_PATTERN = new RegExp(`^${API_KEY_MARKER}[A-Za-z0-9_-]{${SECRET_CHARS}}$`);

export type NewApiKeySecret = {
  /** the whole key: shown to its creator once, never stored */
  key: string;
  /** stored and shown in lists, e.g. sgk_live_Ab3dE6gH */
  prefix: string;
  /** SHA-256 of the whole key, hex */
  keyHash: string;
};

/** SHA-256 of a key, hex. */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/** The display prefix of a well-formed key, or null when the text cannot be one of our keys. */
export function apiKeyPrefix(key: string): string | null {
  return KEY_PATTERN.test(key) ? key.slice(0, API_KEY_MARKER.length + PREFIX_RANDOM_CHARS) : null;
}

/** A new random key with its prefix and hash. */
export function generateApiKeySecret(): NewApiKeySecret {
  const key = API_KEY_MARKER + randomBytes(SECRET_BYTES).toString("base64url");
  return { key, prefix: apiKeyPrefix(key)!, keyHash: hashApiKey(key) };
}

// Compared against when there is no stored hash, so an unknown key costs the same as a wrong one.
const NO_KEY_HASH = hashApiKey(`${API_KEY_MARKER}no-such-key`);

/**
 * Whether `key` hashes to `storedHash`, compared in constant time (timingSafeEqual over the two
 * 32-byte digests), so response times do not reveal how much of a guessed hash matched. With no
 * stored hash (unknown prefix) it still does the same work and answers false.
 */
export function apiKeyMatchesHash(key: string, storedHash: string | null): boolean {
  const presented = Buffer.from(hashApiKey(key), "hex");
  const expected = Buffer.from(storedHash && /^[0-9a-f]{64}$/.test(storedHash) ? storedHash : NO_KEY_HASH, "hex");
  return timingSafeEqual(presented, expected) && storedHash !== null;
}

/** The key from an `Authorization: Bearer <key>` header value, or null when there is none. */
export function bearerToken(authorization: string | null): string | null {
  if (!authorization) return null;
  const m = /^Bearer[ ]+([^\s]+)\s*$/i.exec(authorization);
  return m ? m[1] : null;
}
