import { describe, expect, it } from "vitest";
import { canFileClaim, coverEndsAt, effectiveStatus, graceEndsAt, hasCoverEnded, lastEndDateWithCoverEnded, lastEndDateWithGraceEnded } from "@/lib/policies/policy-status";
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

  it("allows a claim only while in force", () => {
    expect(canFileClaim(policy(), d("2026-06-01"))).toBe(true);
    expect(canFileClaim(policy("LAPSED"), d("2026-06-01"))).toBe(false);
    expect(canFileClaim(policy(), d("2027-02-01"))).toBe(false);
  });

  it("ends cover at 00:00 UTC after the last day, and grace 30 days later, whatever the server's time zone", () => {
    const last = d("2026-03-28"); // the UK moves its clocks the next night
    expect(coverEndsAt(last).toISOString()).toBe("2026-03-29T00:00:00.000Z");
    expect(coverEndsAt(d("2026-03-29")).toISOString()).toBe("2026-03-30T00:00:00.000Z");
    expect(graceEndsAt(last).toISOString()).toBe("2026-04-28T00:00:00.000Z");
    expect(hasCoverEnded(last, new Date("2026-03-28T23:59:59.999Z"))).toBe(false);
    expect(hasCoverEnded(last, d("2026-03-29"))).toBe(true);
    // the query bounds are the same rules turned round
    for (const now of [d("2026-03-29"), new Date("2026-03-29T12:00:00Z"), new Date("2026-03-28T23:59:00Z")]) {
      expect(last <= lastEndDateWithCoverEnded(now)).toBe(hasCoverEnded(last, now));
    }
    for (const now of [d("2026-04-28"), new Date("2026-04-27T23:59:00Z")]) {
      expect(last <= lastEndDateWithGraceEnded(now)).toBe(now >= graceEndsAt(last));
    }
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
