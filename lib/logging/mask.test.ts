import { describe, expect, it } from "vitest";
import { maskEmail, maskPersonalData } from "@/lib/logging/mask";

describe("maskEmail", () => {
  it("keeps the first letter and the domain", () => {
    expect(maskEmail("jane.doe@example.com")).toBe("j•••@example.com");
    expect(maskEmail("x@y.org")).toBe("x•••@y.org");
  });
  it("hides anything that is not an address", () => {
    expect(maskEmail("@example.com")).toBe("•••");
    expect(maskEmail("nobody")).toBe("•••");
  });
});

describe("maskPersonalData in log text", () => {
  it("masks emails and international phone numbers wherever they appear", () => {
    expect(maskPersonalData("[sms:dev] to=+447911000002 body=\"Your policy SG-1 is active\"")).toBe(
      "[sms:dev] to=+44 ••• ••• 002 body=\"Your policy SG-1 is active\"",
    );
    expect(maskPersonalData("sign-in failed for holder@example.com from +44 7911 000 123")).toBe(
      "sign-in failed for h•••@example.com from +44 ••• ••• 123",
    );
  });
  it("leaves ids, amounts, dates and times alone", () => {
    const text = "claim CLM-7F3K-9QD2 of 125000 pence on 2026-11-25T02:15:41Z took 42 ms (attempt 3)";
    expect(maskPersonalData(text)).toBe(text);
  });
});
