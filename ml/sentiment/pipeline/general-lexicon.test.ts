import { describe, expect, it } from "vitest";
import { generalLexiconSize, generalValence, parseVaderLexicon } from "./general-lexicon";

describe("general lexicon (VADER)", () => {
  it("parses the token / mean / sd / ratings format", () => {
    const map = parseVaderLexicon("good\t1.9\t0.9\t[2, 1]\nbad\t-2.5\t0.7\t[-3, -2]\n\n");
    expect([...map.entries()]).toEqual([["good", 1.9], ["bad", -2.5]]);
  });

  it("loads the full lexicon shipped by vader-sentiment", () => {
    expect(generalLexiconSize()).toBeGreaterThan(7000);
    expect(generalValence("gorgeous")).toBeGreaterThan(2);
    expect(generalValence("horrible")).toBeLessThan(-2);
    expect(generalValence("policyholder")).toBeUndefined();
  });
});
