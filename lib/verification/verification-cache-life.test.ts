import { describe, expect, it } from "vitest";
import {
  AWAITING_WORKER_LIFE_MS,
  MAX_VERIFICATION_LIFE_MS,
  publicStatusFromFacts,
  verificationCacheLifeSeconds,
  verificationRefreshAfter,
  type VerificationFacts,
} from "@/lib/verification/public-status";
import { coverEndsAt, graceEndsAt } from "@/lib/policies/policy-status";

// A policy covering 1 Dec 2026 to 30 Nov 2027 (last day): cover ends at 2027-12-01T00:00Z, grace at 2027-12-31T00:00Z.
const facts: VerificationFacts = {
  storedStatus: "ACTIVE",
  startDate: "2026-12-01T00:00:00.000Z",
  endDate: "2027-11-30T00:00:00.000Z",
  typeLabel: "Car",
  number: "SG-CAR-1",
  holderMasked: "J. S****",
};
const at = (iso: string) => new Date(iso);
const COVER_ENDS = coverEndsAt(new Date(facts.endDate));
const GRACE_ENDS = graceEndsAt(new Date(facts.endDate));

describe("the /verify cache life (fixed clock)", () => {
  it("ends at the start of cover for a policy not started yet", () => {
    expect(verificationRefreshAfter(facts, at("2026-11-30T23:58:00Z")).toISOString()).toBe("2026-12-01T00:00:00.000Z");
    expect(verificationCacheLifeSeconds(facts, at("2026-11-30T23:58:00Z"))).toBe(120);
  });

  it("ends exactly when cover ends (coverEndsAt), not a second later", () => {
    const minutesBefore = new Date(COVER_ENDS.getTime() - 7 * 60_000 - 500);
    expect(verificationRefreshAfter(facts, minutesBefore)).toEqual(COVER_ENDS);
    expect(verificationCacheLifeSeconds(facts, minutesBefore)).toBe(421);
    expect(COVER_ENDS.toISOString()).toBe("2027-12-01T00:00:00.000Z");
  });

  it("after cover ends, ends when the grace period ends (the worker then stores LAPSED)", () => {
    const justAfter = new Date(COVER_ENDS.getTime() + 1);
    expect(verificationRefreshAfter(facts, new Date(GRACE_ENDS.getTime() - 300_000))).toEqual(GRACE_ENDS);
    expect(verificationRefreshAfter(facts, justAfter).getTime()).toBe(justAfter.getTime() + MAX_VERIFICATION_LIFE_MS);
  });

  it("once every boundary has passed without the worker's LAPSED, lives one minute", () => {
    const now = new Date(GRACE_ENDS.getTime() + 5_000);
    expect(verificationRefreshAfter(facts, now).getTime()).toBe(now.getTime() + AWAITING_WORKER_LIFE_MS);
  });

  it("is never longer than ten minutes, and cancelled or lapsed policies (changed only in the app, by tag) keep that", () => {
    const now = at("2027-03-01T12:00:00Z");
    expect(verificationRefreshAfter(facts, now).getTime()).toBe(now.getTime() + MAX_VERIFICATION_LIFE_MS);
    for (const storedStatus of ["CANCELLED", "LAPSED"]) {
      expect(verificationCacheLifeSeconds({ ...facts, storedStatus }, new Date(COVER_ENDS.getTime() - 60_000))).toBe(600);
    }
  });

  it("never reaches past a boundary, whatever the clock", () => {
    const boundaries = [new Date(facts.startDate), COVER_ENDS, GRACE_ENDS].map((d) => d.getTime());
    for (let t = at("2026-11-01T00:00:00Z").getTime(); t < at("2028-02-01T00:00:00Z").getTime(); t += 7 * 3600_000 + 13_000) {
      const refresh = verificationRefreshAfter(facts, new Date(t)).getTime();
      expect(refresh).toBeGreaterThan(t);
      for (const b of boundaries) if (b > t) expect(refresh).toBeLessThanOrEqual(b);
    }
  });

  it("works the verdict out with the reader's clock: cached facts never say in force after cover ends", () => {
    expect(publicStatusFromFacts(facts, new Date(COVER_ENDS.getTime() - 1))).toMatchObject({ valid: true, status: "ACTIVE" });
    expect(publicStatusFromFacts(facts, COVER_ENDS)).toMatchObject({ valid: true, status: "EXPIRED" });
    expect(publicStatusFromFacts(facts, at("2026-11-30T23:59:59Z"))).toMatchObject({ status: "NOT_STARTED" });
    expect(publicStatusFromFacts(facts, at("2026-12-01T00:00:00Z"))).toMatchObject({ status: "ACTIVE", validFrom: "2026-12-01", validTo: "2027-11-30" });
  });
});
