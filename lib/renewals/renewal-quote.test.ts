import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POLICY_SCHEMAS } from "@/lib/policies/schemas";
import { examplePolicyInput } from "@/tests/fixtures/policy-input-examples";
import { toPolicyDraft, type PolicyDraft } from "@/lib/policies/policy-draft";
import { isoToDbDate } from "@/lib/policies/policy-dates";
import { NO_CLAIMS_DISCOUNT_LABEL, quotePremium, RATES } from "@/lib/policies/rating";
import type { PolicyType } from "@/lib/policies/policy-types";
import { quoteRenewal } from "@/lib/renewals/renewal-quote";

const BOUGHT = new Date("2025-12-01T10:00:00Z");
beforeAll(() => {
  vi.useFakeTimers({ toFake: ["Date"] }); // the forms' schemas judge dates against today
  vi.setSystemTime(BOUGHT);
});
afterAll(() => vi.useRealTimers());

function bought(type: PolicyType, changes: Record<string, unknown> = {}): PolicyDraft {
  return toPolicyDraft(POLICY_SCHEMAS[type].parse({ ...examplePolicyInput(type, BOUGHT), ...changes }) as never);
}
const stored = (draft: PolicyDraft) => ({ type: draft.type, endDate: isoToDbDate(draft.endDate), termMonths: draft.termMonths, sumInsuredCents: draft.sumInsuredCents, details: draft.details });
const RENEWING = new Date("2026-11-20T09:00:00Z"); // inside the window of a term ending 30 November 2026

describe("re-quoting a renewal", () => {
  it.each(["car", "bike", "health", "business", "home"] as const)("%s: the type's own rating for the new term, with the no-claims discount as its own line", (type) => {
    const old = bought(type);
    const r = quoteRenewal(stored(old), 0, RENEWING);
    expect(r.term).toEqual({ startDate: "2026-12-01", endDate: "2027-11-30", termMonths: 12 });
    expect(r.draft).toEqual({ ...old, startDate: "2026-12-01", endDate: "2027-11-30" });
    expect(r.noClaimsDiscount).toBe(true);
    const full = quotePremium(r.draft);
    const line = r.quote.breakdown.find((l) => l.label === NO_CLAIMS_DISCOUNT_LABEL);
    expect(line?.amountCents).toBeLessThan(0);
    expect(r.quote.premiumCents).toBeLessThan(full.premiumCents);
    expect(r.quote.breakdown.reduce((s, l) => s + l.amountCents, 0)).toBe(r.quote.premiumCents);
    expect(r.quote.breakdown.at(-1)?.label).toMatch(/Insurance Premium Tax/); // the discount comes off before tax
  });

  it("gives no discount after a term with an approved claim: exactly the type's price", () => {
    const r = quoteRenewal(stored(bought("home")), 1, RENEWING);
    expect(r.noClaimsDiscount).toBe(false);
    expect(r.quote).toEqual(quotePremium(r.draft));
    expect(r.quote.breakdown.map((l) => l.label)).not.toContain(NO_CLAIMS_DISCOUNT_LABEL);
  });

  it("moves ages on to the new start date", () => {
    // 24 when the policy was bought, 25 when the renewal starts: out of the young-driver band
    const old = bought("car", { driverDateOfBirth: "2001-11-15", licenceYears: "5" });
    expect(quotePremium(old).breakdown.map((l) => l.label)).toContain("Driver aged 21 to 24 (×1.45)");
    const r = quoteRenewal(stored(old), 1, RENEWING);
    expect(r.quote.breakdown.some((l) => l.label.startsWith("Driver aged 21 to 24"))).toBe(false);
    expect(r.quote.premiumCents).toBeLessThan(quotePremium(old).premiumCents);
  });

  it("still charges the minimum premium after the discount", () => {
    const old = bought("bike", { engineSizeCc: "50", vehicleValue: "300", sumInsured: "100", year: "2000" }); // £60.56 before the discount
    const r = quoteRenewal(stored(old), 0, RENEWING);
    expect(r.quote.premiumCents).toBe(Math.round(RATES.bike.minimumCents * (1 + RATES.bike.taxRate)));
    expect(r.quote.breakdown.map((l) => l.label)).toEqual(expect.arrayContaining([NO_CLAIMS_DISCOUNT_LABEL, expect.stringMatching(/^Minimum premium/)]));
  });

  it("refuses travel and unreadable details", () => {
    expect(() => quoteRenewal(stored(bought("travel")), 0, RENEWING)).toThrow(/cannot be renewed/);
    expect(() => quoteRenewal({ ...stored(bought("car")), details: null }, 0, RENEWING)).toThrow(/unreadable/);
  });
});
