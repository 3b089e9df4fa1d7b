import { describe, expect, it } from "vitest";
import { lastDayOfTerm } from "@/lib/policies/policy-dates";
import { canRenew, renewalEligibility, renewalTerm, renewalWindow } from "@/lib/renewals/renewal-eligibility";

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
/** A 12-month car policy: 10 January 2026 to the end of 9 January 2027. */
const policy = (over: Partial<{ type: string; status: string; renewedToId: string | null }> = {}) => ({
  type: "car",
  status: "ACTIVE",
  startDate: d("2026-01-10"),
  endDate: d("2027-01-09"),
  termMonths: 12,
  renewedToId: null,
  ...over,
});

describe("the renewal window", () => {
  it("opens 30 days before the last day of cover and closes 30 days after it", () => {
    expect(renewalWindow(d("2027-01-09"))).toEqual({ opensOn: "2026-12-10", lastDayOfCover: "2027-01-09", closesOn: "2027-02-08" });
    expect(canRenew(policy(), new Date("2026-12-09T23:59:59Z"))).toBe(false);
    expect(canRenew(policy(), d("2026-12-10"))).toBe(true);
    expect(canRenew(policy(), new Date("2027-01-09T23:59:00Z"))).toBe(true);
    expect(canRenew(policy(), d("2027-01-10"))).toBe(true); // grace, policy still stored ACTIVE
    expect(canRenew(policy({ status: "EXPIRED" }), new Date("2027-02-08T23:59:59Z"))).toBe(true);
    expect(canRenew(policy({ status: "EXPIRED" }), d("2027-02-09"))).toBe(false);
  });

  it("says from when renewal will be possible, and until when", () => {
    const r = renewalEligibility(policy(), d("2026-03-01"));
    expect(r).toMatchObject({ ok: false, reason: "NOT_YET_OPEN" });
    expect(!r.ok && r.message).toBe("You can renew this policy from 10 December 2026, 30 days before its last day of cover (9 January 2027), until 8 February 2027.");
    const late = renewalEligibility(policy({ status: "EXPIRED" }), d("2027-03-01"));
    expect(late).toMatchObject({ ok: false, reason: "CLOSED" });
    expect(!late.ok && late.message).toMatch(/could be renewed until 8 February 2027, 30 days after its cover ended on 9 January 2027/);
  });

  it("tells a renewal in grace from one before cover ends", () => {
    expect(renewalEligibility(policy(), d("2027-01-09"))).toMatchObject({ ok: true, inGrace: false });
    expect(renewalEligibility(policy({ status: "EXPIRED" }), d("2027-01-10"))).toMatchObject({ ok: true, inGrace: true });
  });

  it.each([
    [{ renewedToId: "next" }, "ALREADY_RENEWED", /already been renewed/],
    [{ type: "travel" }, "SINGLE_TRIP", /single trip/],
    [{ status: "CANCELLED" }, "CANCELLED", /cancelled/],
    [{ status: "LAPSED" }, "LAPSED", /lapsed/],
  ] as const)("refuses %o inside the window: %s", (over, reason, message) => {
    const r = renewalEligibility(policy(over), d("2027-01-01"));
    expect(r).toMatchObject({ ok: false, reason });
    expect(!r.ok && r.message).toMatch(message);
    expect(canRenew(policy(over), d("2027-01-01"))).toBe(false);
  });
});

describe("the new term", () => {
  it("starts the day after the last day of cover and lasts as long as the old one", () => {
    expect(renewalTerm(policy(), d("2026-12-20"))).toEqual({ startDate: "2027-01-10", endDate: "2028-01-09", termMonths: 12 });
    expect(renewalTerm({ endDate: d("2027-01-30"), termMonths: 1 }, d("2027-01-05"))).toEqual({ startDate: "2027-01-31", endDate: "2027-02-27", termMonths: 1 });
  });

  it("starts today when renewing in grace: cover is not backdated over the gap", () => {
    expect(renewalTerm(policy(), new Date("2027-01-20T15:00:00Z"))).toEqual({ startDate: "2027-01-20", endDate: "2028-01-19", termMonths: 12 });
  });

  it("a one-month policy is inside its window from the day it starts, whatever the month", () => {
    for (const start of ["2026-01-31", "2026-02-01", "2026-02-28", "2026-04-30", "2026-07-31", "2026-12-31"]) {
      const end = d(lastDayOfTerm(start, 1));
      expect(canRenew({ type: "bike", status: "ACTIVE", endDate: end, termMonths: 1 }, d(start)), start).toBe(true);
    }
  });
});
