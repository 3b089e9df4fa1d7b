import { describe, expect, it } from "vitest";
import { canFileClaim, canRenew, effectiveStatus } from "@/lib/policies/policy-status";
import { generatePolicyNumber, POLICY_NUMBER_PATTERN } from "@/lib/policies/policy-number";
import { POLICY_TYPES } from "@/lib/policies/policy-types";

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const policy = (status = "ACTIVE") => ({ status, startDate: d("2026-01-10"), endDate: d("2027-01-09") });

describe("effective status and the actions it allows", () => {
  it("is in force from the first day to the end of the last day", () => {
    expect(effectiveStatus(policy(), d("2026-01-09"))).toBe("NOT_STARTED");
    expect(effectiveStatus(policy(), d("2026-01-10"))).toBe("ACTIVE");
    expect(effectiveStatus(policy(), new Date("2027-01-09T23:59:00Z"))).toBe("ACTIVE");
    expect(effectiveStatus(policy(), d("2027-01-10"))).toBe("EXPIRED");
    expect(effectiveStatus(policy("CANCELLED"), d("2026-06-01"))).toBe("CANCELLED");
  });

  it("allows a claim only while in force, and renewal from 30 days before expiry", () => {
    expect(canFileClaim(policy(), d("2026-06-01"))).toBe(true);
    expect(canFileClaim(policy("LAPSED"), d("2026-06-01"))).toBe(false);
    expect(canFileClaim(policy(), d("2027-02-01"))).toBe(false);
    expect(canRenew(policy(), d("2026-12-10"))).toBe(false);
    expect(canRenew(policy(), d("2026-12-11"))).toBe(true);
    expect(canRenew(policy(), d("2027-03-01"))).toBe(true);
    expect(canRenew({ ...policy(), renewedToId: "x" }, d("2027-03-01"))).toBe(false);
    expect(canRenew(policy("CANCELLED"), d("2027-03-01"))).toBe(false);
    expect(canRenew({ ...policy(), type: "travel" }, d("2027-03-01"))).toBe(false);
  });
});

describe("policy numbers", () => {
  it("are TYPE-XXXX-XXXX from an alphabet without 0, O, 1 or I, and do not repeat", () => {
    const seen = new Set<string>();
    for (const type of POLICY_TYPES) {
      for (let i = 0; i < 500; i++) {
        const n = generatePolicyNumber(type);
        expect(n).toMatch(POLICY_NUMBER_PATTERN);
        expect(n.split("-").slice(1).join("")).not.toMatch(/[0O1I]/);
        seen.add(n);
      }
    }
    expect(seen.size).toBe(3000);
    expect(generatePolicyNumber("car")).toMatch(/^CAR-/);
  });
});

describe("whether a policy can take a claim (claims)", () => {
  it("says why not: not started, expired, cancelled, or no cover left", async () => {
    const { claimBlock } = await import("@/lib/policies/policy-status");
    const withCover = (cents: number, status = "ACTIVE") => ({ ...policy(status), remainingCoverCents: cents });
    expect(claimBlock(withCover(100), d("2026-06-01"))).toBeNull();
    expect(claimBlock(withCover(0), d("2026-06-01"))).toBe("NO_COVER_LEFT");
    expect(canFileClaim(withCover(0), d("2026-06-01"))).toBe(false);
    expect(claimBlock(withCover(100), d("2026-01-09"))).toBe("NOT_STARTED");
    expect(claimBlock(withCover(100), d("2027-01-10"))).toBe("EXPIRED");
    expect(claimBlock(withCover(100, "CANCELLED"), d("2026-06-01"))).toBe("CANCELLED");
  });
});
