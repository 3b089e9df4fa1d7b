import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseTsv, type Example } from "../evaluate";
import { HOLDOUT_FRACTION, dedupe, normalise, stratifiedSplit } from "./split-uci";

const UCI = path.resolve(__dirname, "../data/uci");
const load = (f: string) => parseTsv(readFileSync(path.join(UCI, f), "utf8"));
const ex = (text: string, gold: 0 | 1, line: number): Example => ({ text, gold, line });

describe("UCI split (cli/split-uci.ts)", () => {
  it("normalises case, punctuation and spacing", () => {
    expect(normalise("  Great   phone!!  ")).toBe("great phone");
    expect(normalise("Don't buy it.")).toBe(normalise("don t  buy IT"));
  });

  it("keeps the first of duplicate sentences and drops a sentence labelled both ways", () => {
    const out = dedupe([ex("Good.", 1, 1), ex("good", 1, 2), ex("Bad.", 0, 3), ex("bad!", 1, 4), ex("Fine.", 1, 5)]);
    expect(out.map((e) => e.line)).toEqual([1, 5]);
  });

  it("holds out the same stratified share of each label, whatever the input order", () => {
    const rows = Array.from({ length: 40 }, (_, i) => ex(`sentence number ${i}`, (i % 2) as 0 | 1, i + 1));
    const a = stratifiedSplit(rows);
    const b = stratifiedSplit([...rows].reverse());
    expect(a.holdout.map((e) => e.line)).toEqual(b.holdout.map((e) => e.line));
    for (const g of [0, 1]) expect(a.holdout.filter((e) => e.gold === g)).toHaveLength(Math.round(20 * HOLDOUT_FRACTION));
    expect(a.train.length + a.holdout.length).toBe(40);
  });

  it("the committed split files are the raw files' split: no sentence lost, none in two parts", () => {
    const raw = ["amazon_cells_labelled.txt", "yelp_labelled.txt", "imdb_labelled.txt"].map(load);
    for (const r of raw) expect(r).toHaveLength(1000);
    const keys = (rows: Example[]) => rows.map((e) => normalise(e.text));
    const train = keys(load("train.tsv")), holdout = keys(load("holdout.tsv")), imdb = keys(load("imdb-holdout.tsv"));
    const held = new Set([...holdout, ...imdb]);
    expect(train.filter((t) => held.has(t))).toEqual([]);
    expect(new Set(train).size).toBe(train.length);
    expect(new Set(imdb)).toEqual(new Set(keys(dedupe(raw[2]))));
    const amazonYelp = new Set(keys([...dedupe(raw[0]), ...dedupe(raw[1])]));
    for (const t of [...train, ...holdout]) expect(amazonYelp.has(t)).toBe(true);
    expect(holdout.length / (holdout.length + train.length)).toBeCloseTo(HOLDOUT_FRACTION, 1);
  });
});
