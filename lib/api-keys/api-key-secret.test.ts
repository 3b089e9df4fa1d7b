import { describe, expect, it, vi } from "vitest";
import { createHash } from "node:crypto";

// Pass-through spy on timingSafeEqual: the real comparison runs, the test sees that it was used.
const spy = vi.hoisted(() => ({ timingSafeEqual: null as null | ((a: Uint8Array, b: Uint8Array) => boolean), calls: [] as [number, number][] }));
vi.mock("node:crypto", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:crypto")>();
  return {
    ...actual,
    timingSafeEqual: (a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView) => {
      spy.calls.push([a.byteLength, b.byteLength]);
      return actual.timingSafeEqual(a, b);
    },
  };
});

const { API_KEY_MARKER, apiKeyMatchesHash, apiKeyPrefix, bearerToken, generateApiKeySecret, hashApiKey } = await import("./api-key-secret");

describe("API key secrets", () => {
  it("are 256-bit random keys with a recognisable marker, a display prefix and a SHA-256 hash", () => {
    const a = generateApiKeySecret();
    const b = generateApiKeySecret();
    expect(a.key).toMatch(/^sgk_live_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a.key.slice(API_KEY_MARKER.length), "base64url")).toHaveLength(32);
    expect(a.key).not.toBe(b.key);
    expect(a.prefix).toBe(a.key.slice(0, "sgk_live_".length + 8));
    expect(a.keyHash).toBe(createHash("sha256").update(a.key).digest("hex"));
    // the stored parts do not contain the rest of the key
    expect(a.keyHash).not.toContain(a.key.slice(a.prefix.length));
  });

  it("finds the prefix only in well-formed keys", () => {
    const { key, prefix } = generateApiKeySecret();
    expect(apiKeyPrefix(key)).toBe(prefix);
    expect(apiKeyPrefix(key + "x")).toBeNull();
    expect(apiKeyPrefix(key.slice(0, -1))).toBeNull();
    expect(apiKeyPrefix("sgk_test_" + key.slice(9))).toBeNull();
    expect(apiKeyPrefix("")).toBeNull();
  });

  it("checks a key against its hash with a constant-time comparison of equal-length digests, also when there is no stored hash", () => {
    const { key, keyHash } = generateApiKeySecret();
    const other = generateApiKeySecret();
    spy.calls.length = 0;
    expect(apiKeyMatchesHash(key, keyHash)).toBe(true);
    expect(apiKeyMatchesHash(other.key, keyHash)).toBe(false);
    // same prefix, different secret
    const tampered = key.slice(0, -1) + (key.endsWith("A") ? "B" : "A");
    expect(apiKeyMatchesHash(tampered, keyHash)).toBe(false);
    expect(apiKeyMatchesHash(key, null)).toBe(false);
    expect(apiKeyMatchesHash("", "not-a-hash")).toBe(false);
    expect(spy.calls).toEqual([
      [32, 32],
      [32, 32],
      [32, 32],
      [32, 32],
      [32, 32],
    ]);
    expect(hashApiKey(key)).toBe(keyHash);
  });

  it("reads the key from a Bearer authorization header only", () => {
    expect(bearerToken("Bearer sgk_live_abc")).toBe("sgk_live_abc");
    expect(bearerToken("bearer   sgk_live_abc ")).toBe("sgk_live_abc");
    expect(bearerToken("Basic dXNlcjpwYXNz")).toBeNull();
    expect(bearerToken("Bearer")).toBeNull();
    expect(bearerToken("Bearer a b")).toBeNull();
    expect(bearerToken(null)).toBeNull();
  });
});
