import { describe, expect, it } from "vitest";
import { signPolicyId, signPolicyUrl, verifyPolicyToken } from "@/lib/verification/policy-signature";
import { maskHolderName } from "@/lib/verification/mask-name";
import { createHmac } from "node:crypto";
import { env } from "@/lib/env";

const ID = "cmabc123def456ghi789jkl0";

describe("QR signatures", () => {
  it("signs an absolute verify URL with a 22-character base64url signature", () => {
    const url = new URL(signPolicyUrl(ID));
    expect(url.origin).toBe(new URL(env().APP_URL).origin);
    expect(url.pathname).toBe(`/verify/${ID}`);
    expect(url.searchParams.get("s")).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(verifyPolicyToken(ID, url.searchParams.get("s"))).toBe(true);
  });

  it("uses a key derived for QR codes, not AUTH_SECRET itself", () => {
    const direct = createHmac("sha256", env().AUTH_SECRET).update(`policy:${ID}`).digest().subarray(0, 16).toString("base64url");
    expect(signPolicyId(ID)).not.toBe(direct);
  });

  it("rejects every single-character change, a missing or truncated signature and another policy's signature", () => {
    const sig = signPolicyId(ID);
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (let i = 0; i < sig.length; i++) {
      for (const c of [alphabet[(alphabet.indexOf(sig[i]) + 1) % 64], alphabet[(alphabet.indexOf(sig[i]) + 63) % 64]]) {
        expect(verifyPolicyToken(ID, sig.slice(0, i) + c + sig.slice(i + 1))).toBe(false);
      }
    }
    expect(verifyPolicyToken(ID, undefined)).toBe(false);
    expect(verifyPolicyToken(ID, "")).toBe(false);
    expect(verifyPolicyToken(ID, sig.slice(0, -1))).toBe(false);
    expect(verifyPolicyToken(ID, sig + "A")).toBe(false);
    expect(verifyPolicyToken("cmother000000000000000000", sig)).toBe(false);
  });
});

describe("maskHolderName", () => {
  it("keeps the first initial and the surname's first letter", () => {
    expect(maskHolderName("Jordan Smith")).toBe("J. S****");
    expect(maskHolderName("  ann marie de souza ")).toBe("A. S****");
    expect(maskHolderName("Cher")).toBe("C***");
    expect(maskHolderName("Zoë Ng")).toBe("Z. N*");
    expect(maskHolderName("")).toBe("");
  });
});
