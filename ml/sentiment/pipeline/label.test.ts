import { describe, expect, it } from "vitest";
import { ALPHA } from "./constants";
import { compound, decide } from "./label";

describe("label (phase 5)", () => {
  it("normalises the sum like VADER, into (-1, 1)", () => {
    expect(compound(0)).toBe(0);
    expect(compound(2)).toBeCloseTo(2 / Math.sqrt(4 + ALPHA), 4);
    expect(compound(-100)).toBeGreaterThan(-1);
    expect(compound(-3)).toBe(-compound(3));
  });

  it("labels by sign outside the neutral band, neutral inside it", () => {
    expect(decide(0.5, 2, 0.11, false)).toMatchObject({ label: "positive", polarity: "positive" });
    expect(decide(-0.3, 1, 0.11, false)).toMatchObject({ label: "negative", polarity: "negative" });
    expect(decide(0.05, 1, 0.11, false)).toMatchObject({ label: "neutral", polarity: "positive" });
  });

  it("no evidence is neutral, and the two-class tie-break is negative with its reason", () => {
    const none = decide(0, 0, 0.11, false);
    expect(none).toMatchObject({ label: "neutral", polarity: "negative" });
    expect(none.signals.join(" ")).toMatch(/no sentiment-bearing words/);
    expect(decide(0, 2, 0.11, true).signals).toContain("tie broken by a negation");
  });
});
