import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseTsv, type Example } from "../evaluate";
import { CR_HOLDOUT_FRACTION, HOLDOUT_FRACTION, RT_HOLDOUT_FRACTION, dedupe, detokenise, detokeniseCr, loadCr, loadRt, normalise, stratifiedSplit } from "./split";

const DATA = path.resolve(__dirname, "../data");
const load = (f: string) => parseTsv(readFileSync(path.join(DATA, "uci", f), "utf8"));
const loadRtPart = (f: string) => parseTsv(readFileSync(path.join(DATA, "rt", f), "utf8"));
const ex = (text: string, gold: 0 | 1, line: number): Example => ({ text, gold, line });

describe("pre-registered splits (cli/split.ts)", () => {
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

  it("detokenises rt-polarity snippets into ordinary text without changing their words", () => {
    const cases: Array<[string, string]> = [
      ["it's a charming , often affecting journey . ", "It's a charming, often affecting journey."],
      ['the rock is the new " conan " and i think he\'s great ! ', 'The rock is the new "conan" and I think he\'s great!'],
      ["a mess ( and a long one ) . . . but i'm not sure . ", "A mess (and a long one)... but I'm not sure."],
      ["the best movie since 'brazil . ' lucas , take notes . ", "The best movie since 'brazil.' Lucas, take notes."],
      ["does it work ? not really : it's dull ; sad", "Does it work? Not really: it's dull; sad"],
    ];
    for (const [raw, text] of cases) {
      expect(detokenise(raw)).toBe(text);
      expect(normalise(detokenise(raw))).toBe(normalise(raw));
    }
  });

  it("the committed rt split is the raw files' split: 5,331 + 5,331 snippets, stratified 20% held out, none in both parts", () => {
    const raw = loadRt();
    expect(raw.filter((e) => e.gold === 1)).toHaveLength(5331);
    expect(raw.filter((e) => e.gold === 0)).toHaveLength(5331);
    const keys = (rows: Example[]) => rows.map((e) => normalise(e.text));
    const train = loadRtPart("train.tsv"), holdout = loadRtPart("holdout.tsv");
    const held = new Set(keys(holdout));
    expect(keys(train).filter((t) => held.has(t))).toEqual([]);
    const all = new Set(keys(dedupe(raw)));
    for (const t of [...keys(train), ...keys(holdout)]) expect(all.has(t)).toBe(true);
    expect(train.length + holdout.length).toBeGreaterThanOrEqual(all.size - 5);
    for (const g of [0, 1]) {
      const n = holdout.filter((e) => e.gold === g).length;
      expect(n / (n + train.filter((e) => e.gold === g).length)).toBeCloseTo(RT_HOLDOUT_FRACTION, 2);
    }
    // stored as typed text: no space before a comma or full stop
    expect(train.filter((e) => / [,.](?: |$)/.test(e.text))).toEqual([]);
  });

  it("detokenises CR sentences, joining split clitics and dropping the annotators' feature scores", () => {
    expect(detokeniseCr("i do n 't think it 's worth it , `` sadly `` ! . ")).toBe('I don\'t think it\'s worth it, "sadly"!');
    expect(detokeniseCr("very slow for downloads . charging [ -2 ] ")).toBe("Very slow for downloads. Charging");
  });

  it("the committed CR split is the raw files' split: stratified 30% held out, none in both parts, none in any training file", () => {
    const raw = loadCr();
    expect(raw.filter((e) => e.gold === 1)).toHaveLength(2405);
    expect(raw.filter((e) => e.gold === 0)).toHaveLength(1366);
    const part = (f: string) => parseTsv(readFileSync(path.join(DATA, "cr", f), "utf8"));
    const keys = (rows: Example[]) => rows.map((e) => normalise(e.text));
    const train = part("train.tsv"), holdout = part("holdout.tsv");
    const held = new Set(keys(holdout));
    expect(keys(train).filter((t) => held.has(t))).toEqual([]);
    const all = new Set(keys(dedupe(raw)));
    for (const t of [...keys(train), ...keys(holdout)]) expect(all.has(t)).toBe(true);
    for (const g of [0, 1]) {
      const n = holdout.filter((e) => e.gold === g).length;
      expect(n / (n + train.filter((e) => e.gold === g).length)).toBeCloseTo(CR_HOLDOUT_FRACTION, 2);
    }
    const trainingFiles = [...["uci/train.tsv", "rt/train.tsv"].map((f) => parseTsv(readFileSync(path.join(DATA, f), "utf8")))].flat();
    expect(keys(trainingFiles).filter((t) => held.has(t))).toEqual([]);
  });
});
