import { describe, expect, it } from "vitest";
import { canTransition, CLAIM_STATUSES, claimAuditAction, illegalTransitionMessage } from "@/lib/claims/claim-transitions";

describe("claim transition table", () => {
  it("allows exactly the documented moves", () => {
    const legal = CLAIM_STATUSES.flatMap((from) => CLAIM_STATUSES.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`));
    expect(legal.sort()).toEqual(["APPROVED→PAID", "SUBMITTED→APPROVED", "SUBMITTED→UNDER_REVIEW", "UNDER_REVIEW→APPROVED", "UNDER_REVIEW→REJECTED"].sort());
  });

  it("explains a refused move in words", () => {
    expect(illegalTransitionMessage("PAID", "REJECTED")).toBe("A claim that is paid cannot become not approved: it is final.");
    expect(illegalTransitionMessage("SUBMITTED", "PAID")).toBe("A claim that is submitted cannot become paid: it can only be under review or approved.");
  });

  it("names audit actions after the new status", () => {
    expect(claimAuditAction("UNDER_REVIEW")).toBe("claim.under_review");
    expect(claimAuditAction("REJECTED")).toBe("claim.rejected");
  });
});
