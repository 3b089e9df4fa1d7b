import { describe, expect, it } from "vitest";
import { encodeAttributes, fitEncoding, MISSING_LEVEL } from "./encode-features";
import type { AttributeSpec, Attributes } from "./features";

const specs: AttributeSpec[] = [
  { name: "severity", type: "categorical", label: "Severity" },
  { name: "amount", type: "numeric", label: "Amount", unit: "money" },
];
const rows: Attributes[] = [
  { severity: "Major", amount: 100 },
  { severity: "Major", amount: 200 },
  { severity: "Minor", amount: 300 },
  { severity: "Minor", amount: null },
];
const labels = [1, 1, 0, 0];

describe("feature encoding", () => {
  const encoding = fitEncoding(specs, rows, labels);

  it("names every encoded column", () => {
    expect(encoding.featureNames).toEqual([
      "severity (fraud rate)",
      "severity = Major",
      "severity = Minor",
      "amount",
      "amount (missing)",
    ]);
  });

  it("encodes seen categories by smoothed fraud rate and one-hot", () => {
    const [rate, major, minor] = encodeAttributes(encoding, { severity: "Major", amount: 100 });
    expect(rate).toBeGreaterThan(0.5);
    expect(rate).toBeLessThan(1); // smoothing pulls towards the 0.5 prior
    expect([major, minor]).toEqual([1, 0]);
  });

  it("encodes an unseen category as the prior rate with no one-hot set", () => {
    const [rate, major, minor] = encodeAttributes(encoding, { severity: "Never Seen", amount: 100 });
    expect(rate).toBe(0.5);
    expect([major, minor]).toEqual([0, 0]);
    // A missing category is its own level, not an error.
    expect(encodeAttributes(encoding, { severity: null, amount: 100 })[0]).toBe(0.5);
    expect(MISSING_LEVEL).toBe("(missing)");
  });

  it("encodes missing numbers as -1 with an indicator, and out-of-range numbers to the end bins", () => {
    expect(encodeAttributes(encoding, { severity: "Minor", amount: null }).slice(3)).toEqual([-1, 1]);
    expect(encodeAttributes(encoding, { severity: "Minor", amount: 1e9 }).slice(3)).toEqual([2, 0]);
    expect(encodeAttributes(encoding, { severity: "Minor", amount: -5 }).slice(3)).toEqual([0, 0]);
  });
});
