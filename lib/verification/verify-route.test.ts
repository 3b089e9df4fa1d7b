import { describe, expect, it } from "vitest";
import { startOfUtcDay } from "@/lib/verification/verify-route";
import { isoToDbDate } from "@/lib/policies/policy-dates";
import { publicStatusForDay, type VerificationFacts } from "@/lib/verification/public-status";

// The UTC days /verify works in, and the verdict it gives for a whole day.

const at = (iso: string) => new Date(iso);

describe("days", () => {
  it("changes day at UTC midnight exactly", () => {
    expect(startOfUtcDay(at("2026-11-30T23:59:59.999Z")).toISOString()).toBe("2026-11-30T00:00:00.000Z");
    expect(startOfUtcDay(at("2026-12-01T00:00:00.000Z")).toISOString()).toBe("2026-12-01T00:00:00.000Z");
  });
});

describe("the verdict for a whole day", () => {
  const facts = (over: Partial<VerificationFacts> = {}): VerificationFacts => ({
    storedStatus: "ACTIVE",
    startDate: "2026-01-01T00:00:00.000Z",
    endDate: "2026-11-30T00:00:00.000Z", // the last day of cover: cover ends at 2026-12-01T00:00Z
    typeLabel: "Car",
    number: "SG-1",
    holderMasked: "J. S****",
    ...over,
  });

  it("is In force all of the last day of cover and Expired all of the next", () => {
    expect(publicStatusForDay(facts(), isoToDbDate("2026-11-30"))).toMatchObject({ valid: true, status: "ACTIVE" });
    expect(publicStatusForDay(facts(), isoToDbDate("2026-12-01"))).toMatchObject({ valid: true, status: "EXPIRED" });
    expect(publicStatusForDay(facts(), isoToDbDate("2025-12-31"))).toMatchObject({ status: "NOT_STARTED" });
    expect(publicStatusForDay(facts(), isoToDbDate("2026-01-01"))).toMatchObject({ status: "ACTIVE" });
    expect(publicStatusForDay(facts({ storedStatus: "CANCELLED" }), isoToDbDate("2026-06-01"))).toMatchObject({ status: "CANCELLED" });
  });

  it("never says In force for a day on which cover is not in force throughout (a stored date that is not a midnight)", () => {
    expect(publicStatusForDay(facts({ endDate: "2026-11-29T12:00:00.000Z" }), isoToDbDate("2026-11-30"))).toMatchObject({ status: "EXPIRED" });
    expect(publicStatusForDay(facts({ startDate: "2026-01-01T12:00:00.000Z" }), isoToDbDate("2026-01-01"))).toMatchObject({ status: "NOT_STARTED" });
  });
});
