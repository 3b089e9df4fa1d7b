import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createRandom, randomInt } from "./seeded-random";
import { splitSearchesForTest } from "./train-forest";

// The fast split search replaces ml-cart's TreeNode.bestSplit. It must choose what the library
// would: same column, same threshold (ties in gain aside). If an ml-cart upgrade changes the split
// rule, candidates or gain, this fails instead of models changing silently.

function transpose(columns: number[][]) {
  return { rows: columns.length, getRow: (i: number) => columns[i].slice() };
}

type Kind = "continuous" | "small-integers" | "binary" | "constant";

function randomColumn(random: () => number, n: number, kind: Kind): number[] {
  return Array.from({ length: n }, () => {
    if (kind === "continuous") return Math.round(random() * 1e6) / 1e3;
    if (kind === "small-integers") return randomInt(random, -1, 12);
    if (kind === "binary") return randomInt(random, 0, 1);
    return 3;
  });
}

describe("fast split search", () => {
  it("pins ml-cart to the exact version the replacement was checked against", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { dependencies: Record<string, string> };
    const installed = JSON.parse(readFileSync("node_modules/ml-cart/package.json", "utf8")) as { version: string };
    expect(pkg.dependencies["ml-cart"]).toBe("2.1.1");
    expect(installed.version).toBe(pkg.dependencies["ml-cart"]);
  });

  it("chooses the same split as ml-cart's own search on random data (ties aside)", () => {
    const { library, fast } = splitSearchesForTest();
    const random = createRandom(20261125);
    const kinds: Kind[] = ["continuous", "small-integers", "binary", "constant"];
    let identical = 0;
    const trials = 150;
    for (let t = 0; t < trials; t++) {
      const n = randomInt(random, 2, 60);
      const columns = Array.from({ length: randomInt(random, 1, 6) }, () => randomColumn(random, n, kinds[randomInt(random, 0, 3)]));
      const y = Array.from({ length: n }, () => (random() < 0.3 ? 1 : 0));
      const ours = fast(transpose(columns), y);
      const theirs = library(transpose(columns), y);
      // Gains agree up to float rounding (the library sums 1/n repeatedly, we divide counts).
      if (Number.isFinite(theirs.maxGain)) expect(ours.maxGain).toBeCloseTo(theirs.maxGain, 12);
      else expect(ours.maxGain).toBe(theirs.maxGain);
      if (ours.maxColumn === theirs.maxColumn && ours.maxValue === theirs.maxValue) {
        identical++;
        expect(ours.numberSamples).toBe(theirs.numberSamples);
      } else {
        // A different choice is only allowed when it is a tie: the library's gain for our split
        // (its best on our column alone) equals its best overall.
        const alone = library(transpose([columns[ours.maxColumn!]]), y);
        expect(alone.maxGain).toBeCloseTo(theirs.maxGain, 12);
      }
    }
    // Ties are rare on random data: nearly every case must be the very same split.
    expect(identical).toBeGreaterThanOrEqual(trials * 0.9);
  });

  it("returns no split when every label is the same, like the library", () => {
    const { library, fast } = splitSearchesForTest();
    const columns = [[1, 2, 3, 4]];
    expect(fast(transpose(columns), [0, 0, 0, 0])).toEqual(library(transpose(columns), [0, 0, 0, 0]));
  });
});
