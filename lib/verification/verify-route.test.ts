import { describe, expect, it } from "vitest";
import { signPolicyId } from "@/lib/verification/policy-signature";
import { isCurrentDay, utcDay, utcDayStart, verifyLinkDay } from "@/lib/verification/verify-route";
import { publicStatusForDay, type VerificationFacts } from "@/lib/verification/public-status";

// proxy.ts's routing of /verify: which cached page a scan is served from, at which instant.

const ID = "cmabc123def456ghi789jkl0";
const SIG = signPolicyId(ID);
const at = (iso: string) => new Date(iso);

describe("verifyLinkDay", () => {
  it("gives a genuine link the current UTC day (its cached page)", () => {
    expect(verifyLinkDay(`/verify/${ID}`, [SIG], at("2026-11-25T09:30:00Z"))).toBe("2026-11-25");
  });

  it("changes day at UTC midnight exactly, so a page cached the day before is never served after it", () => {
    expect(verifyLinkDay(`/verify/${ID}`, [SIG], at("2026-11-30T23:59:59.999Z"))).toBe("2026-11-30");
    expect(verifyLinkDay(`/verify/${ID}`, [SIG], at("2026-12-01T00:00:00.000Z"))).toBe("2026-12-01");
  });

  it("says not valid (null) for a missing, wrong, repeated or another policy's signature, and an undecodable id", () => {
    const now = at("2026-11-25T09:30:00Z");
    const tampered = `${SIG.slice(0, -1)}${SIG.endsWith("A") ? "B" : "A"}`;
    for (const sigs of [[], [""], [tampered], [SIG.slice(0, -1)], [SIG, SIG], [signPolicyId("another-id")]]) {
      expect(verifyLinkDay(`/verify/${ID}`, sigs, now), JSON.stringify(sigs)).toBeNull();
    }
    expect(verifyLinkDay("/verify/%E0%A4%A", [SIG], now)).toBeNull();
  });

  it("says not valid for requests made to the internal pages themselves (they would skip the signature check)", () => {
    const now = at("2026-11-25T09:30:00Z");
    for (const path of ["/verify-internal", `/verify-internal/${ID}/2026-11-25`, `/verify-internal/${ID}/2026-11-25.rsc`, "/verify-internal/not-valid"]) {
      expect(verifyLinkDay(path, [SIG], now), path).toBeNull();
    }
  });

  it("leaves other addresses to the rest of the proxy", () => {
    for (const path of ["/verify", "/verify/a/b", "/verifyx/abc", "/policies"]) expect(verifyLinkDay(path, [SIG], at("2026-11-25T00:00:00Z")), path).toBeUndefined();
  });

  it("checks the signature of the id as decoded from the URL", () => {
    expect(verifyLinkDay("/verify/a%20b", [signPolicyId("a b")], at("2026-11-25T00:00:00Z"))).toBe("2026-11-25");
  });
});

describe("days", () => {
  it("parses only real calendar days", () => {
    expect(utcDayStart("2026-11-25")?.toISOString()).toBe("2026-11-25T00:00:00.000Z");
    for (const bad of ["2026-02-30", "2026-13-01", "2026-1-01", "x", "", undefined, "2026-11-25T00:00:00Z"]) expect(utcDayStart(bad), String(bad)).toBeNull();
    expect(utcDay(at("2026-11-25T23:59:59.999Z"))).toBe("2026-11-25");
  });

  it("renders only the day the proxy picks, give or take one (a request in flight at midnight)", () => {
    const now = at("2026-11-25T00:00:01Z");
    expect(isCurrentDay(utcDayStart("2026-11-25")!, now)).toBe(true);
    expect(isCurrentDay(utcDayStart("2026-11-24")!, now)).toBe(true);
    expect(isCurrentDay(utcDayStart("2026-11-23")!, now)).toBe(false);
    expect(isCurrentDay(utcDayStart("2026-11-27")!, now)).toBe(false);
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
    expect(publicStatusForDay(facts(), utcDayStart("2026-11-30")!)).toMatchObject({ valid: true, status: "ACTIVE" });
    expect(publicStatusForDay(facts(), utcDayStart("2026-12-01")!)).toMatchObject({ valid: true, status: "EXPIRED" });
    expect(publicStatusForDay(facts(), utcDayStart("2025-12-31")!)).toMatchObject({ status: "NOT_STARTED" });
    expect(publicStatusForDay(facts(), utcDayStart("2026-01-01")!)).toMatchObject({ status: "ACTIVE" });
    expect(publicStatusForDay(facts({ storedStatus: "CANCELLED" }), utcDayStart("2026-06-01")!)).toMatchObject({ status: "CANCELLED" });
  });

  it("never says In force for a day on which cover is not in force throughout (a stored date that is not a midnight)", () => {
    expect(publicStatusForDay(facts({ endDate: "2026-11-29T12:00:00.000Z" }), utcDayStart("2026-11-30")!)).toMatchObject({ status: "EXPIRED" });
    expect(publicStatusForDay(facts({ startDate: "2026-01-01T12:00:00.000Z" }), utcDayStart("2026-01-01")!)).toMatchObject({ status: "NOT_STARTED" });
  });
});
