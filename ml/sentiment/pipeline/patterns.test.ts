import { describe, expect, it } from "vitest";
import { compilePattern, durationAt, expandBraces, matchFrom } from "./patterns";
import { analyse } from "./tokens";

const match = (pattern: string, text: string) => {
  const { toks } = analyse(text);
  return matchFrom(toks, compilePattern(pattern, 1).elems, 0, 0, new Int32Array(toks.length).fill(-1));
};

describe("phrase patterns", () => {
  it("expands brace groups into one pattern per alternative", () => {
    expect(expandBraces("will ~ {be back|recommend}")).toEqual(["will ~ be back", "will ~ recommend"]);
  });

  it("matches alternatives, lemmas, optional words and gaps of up to two words", () => {
    expect(match("fall|fell apart", "fell apart")).toBe(1);
    expect(match("fall apart", "falling apart")).toBe(1); // lemma
    expect(match("hold up well?", "held up")).toBe(1);
    expect(match("will ~ be back", "will definitely not be back")).toBe(4);
    expect(match("will ~ be back", "will never ever again be back")).toBe(-1); // gap too long
  });

  it("reads durations in days", () => {
    const { toks } = analyse("3 weeks later and a couple of months on");
    expect(durationAt(toks, 0)).toEqual([1, 21]);
    const couple = toks.findIndex((t) => t.normal === "couple");
    expect(durationAt(toks, couple)?.[1]).toBe(60);
  });
});
