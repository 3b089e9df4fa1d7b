import { describe, expect, it } from "vitest";
import { analyse, isClauseBreak, spanText } from "./tokens";

describe("tokens (phase 1)", () => {
  it("gives normal forms, lemmas, parts of speech and sentence numbers", () => {
    const { toks, sentences } = analyse("They IGNORED my emails. Still waiting!");
    expect(sentences).toHaveLength(2);
    const ignored = toks.find((t) => t.raw === "IGNORED")!;
    expect(ignored).toMatchObject({ normal: "ignored", lemma: "ignore", sentence: 0, word: true });
    expect(toks.find((t) => t.raw === "Still")!.sentence).toBe(1);
    expect(toks.filter((t) => !t.word).map((t) => t.raw)).toEqual([".", "!"]);
  });

  it("captures wink's own lexicon matches per token span", () => {
    const { toks, matches } = analyse("The staff were lovely.");
    const lovely = toks.findIndex((t) => t.normal === "lovely");
    expect(matches.some(([a, b, v]) => a === lovely && b === lovely && v > 0)).toBe(true);
  });

  it("expands contractions and rebuilds span text as written", () => {
    const { toks } = analyse("It didn't work, sadly.");
    expect(toks.map((t) => t.normal)).toContain("not");
    expect(spanText(toks, 0, toks.length - 1)).toBe("It did n't work, sadly.");
    expect(isClauseBreak(toks.find((t) => t.raw === ",")!)).toBe(true);
  });
});
