import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { runCli } from "./evaluate";
import { parseTsv, type ClassName, type Predictor } from "../evaluate";

// These tests check the CLI's counting, not the scorer: a stub decides each sentence, so every
// figure below follows from the table and the gold labels alone.
const STUB: Record<string, { two: ClassName; three: ClassName }> = {
  "Paid quickly, lovely staff.": { two: "positive", three: "positive" },
  "Excellent service.": { two: "positive", three: "positive" },
  "Claim denied, nobody calls back.": { two: "negative", three: "negative" },
  "Still waiting for the refund.": { two: "negative", three: "negative" },
  "Great, another letter.": { two: "positive", three: "positive" }, // gold negative: one two-class error
  "Hassle-free renewal.": { two: "positive", three: "positive" },
  "Terrible customer service.": { two: "negative", three: "negative" },
  "Can I add my son?": { two: "negative", three: "neutral" },
  "My policy number is on the letter.": { two: "negative", three: "neutral" },
  "I am happy to pay monthly.": { two: "positive", three: "positive" }, // gold neutral: one three-class error
};
const stub: Predictor = (text, twoClass) => {
  const row = STUB[text];
  if (!row) throw new Error(`stub has no answer for ${text}`);
  return { cls: twoClass ? row.two : row.three, score: 0 };
};

let dir: string;
let twoClass: string;
let threeClass: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "sentiment-eval-"));
  twoClass = path.join(dir, "two.tsv");
  threeClass = path.join(dir, "three.tsv");
  writeFileSync(twoClass, [
    "Paid quickly, lovely staff.\t1",
    "Excellent service.\t1",
    "Claim denied, nobody calls back.\t0",
    "Still waiting for the refund.\t0",
    "Great, another letter.\t0",
    "",
  ].join("\n"));
  writeFileSync(threeClass, [
    "Paid quickly, lovely staff.\t1",
    "Hassle-free renewal.\t1",
    "Claim denied, nobody calls back.\t0",
    "Terrible customer service.\t0",
    "Can I add my son?\t2",
    "My policy number is on the letter.\t2",
    "I am happy to pay monthly.\t2",
  ].join("\n"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("evaluation CLI", () => {
  it("two-class file: exact counts, polarity only, says so", () => {
    const { code, stdout } = runCli(["--data", twoClass, "--json"], stub);
    expect(code).toBe(0);
    const r = JSON.parse(stdout);
    expect(r.task).toBe("two-class");
    expect(r.note).toMatch(/two-class/);
    expect(r.n).toBe(5);
    expect(r.correct).toBe(4);
    expect(r.accuracy).toBe(0.8);
    expect(r.confusion.labels).toEqual(["negative", "positive"]);
    expect(r.confusion.matrix).toEqual([[2, 1], [0, 2]]);
    expect(r.perClass.negative).toEqual({ precision: 1, recall: 0.6667, f1: 0.8, support: 3 });
    expect(r.perClass.positive).toEqual({ precision: 0.6667, recall: 1, f1: 0.8, support: 2 });
    expect(r.perClass.neutral).toBeUndefined();
  });

  it("three-class file: exact counts and confusion matrix", () => {
    const { code, stdout } = runCli(["--data", threeClass, "--json"], stub);
    expect(code).toBe(0);
    const r = JSON.parse(stdout);
    expect(r.task).toBe("three-class");
    expect(r.n).toBe(7);
    expect(r.correct).toBe(6);
    expect(r.confusion.labels).toEqual(["negative", "neutral", "positive"]);
    expect(r.confusion.matrix).toEqual([[2, 0, 0], [0, 2, 1], [0, 0, 2]]);
    expect(r.perClass.neutral).toEqual({ precision: 1, recall: 0.6667, f1: 0.8, support: 3 });
    expect(r.perClass.positive.precision).toBe(0.6667);
  });

  it("--baseline compares plain wink-nlp, VADER, the rules-only lexicon scorer and ours on the same file", () => {
    const r = JSON.parse(runCli(["--data", twoClass, "--json", "--baseline"], stub).stdout);
    expect(r.comparison.map((x: { scorer: string }) => x.scorer)).toEqual(["wink-baseline", "vader", "lexicon", "improved"]);
    expect(r.comparison[0].note).toMatch(/wink-nlp.*score ≥ 0 ⇒ positive/);
    expect(r.comparison[1].note).toMatch(/vader-sentiment/);
    for (const report of r.comparison) {
      expect(report.n).toBe(5);
      expect(report.confusion.matrix.flat().reduce((a: number, b: number) => a + b, 0)).toBe(5);
    }
    expect(r.comparison[3].correct).toBe(4); // ours is the stub here
    const text = runCli(["--data", twoClass, "--baseline"], stub).stdout;
    expect(text).toMatch(/plain wink-nlp[^\n]+%/);
    expect(text).toMatch(/vader-sentiment[^\n]+%/);
    expect(text).toMatch(/rules-only lexicon scorer[^\n]+%/);
    expect(text).toMatch(/lexicon \+ model[^\n]+80\.0%\s+0\.800/);
  });

  it("--baseline's VADER figures are vader-sentiment's own calls", () => {
    const r = JSON.parse(runCli(["--data", threeClass, "--json", "--baseline", "--errors"], stub).stdout);
    const vaderReport = r.comparison[1];
    // "Terrible customer service." is clearly negative for VADER; the three-class band keeps questions neutral
    expect(vaderReport.errors.map((e: { text: string }) => e.text)).not.toContain("Terrible customer service.");
    expect(vaderReport.task).toBe("three-class");
  });

  it("human-readable output has accuracy, per-class table and confusion matrix", () => {
    const { stdout } = runCli(["--data", twoClass], stub);
    expect(stdout).toContain("Accuracy: 80.0% (4/5)");
    expect(stdout).toMatch(/two-class task/);
    expect(stdout).toMatch(/class\s+precision\s+recall\s+F1\s+support/);
    expect(stdout).toMatch(/Confusion matrix/);
    expect(stdout).toMatch(/negative\s+2\s+1/);
  });

  it("argument and file errors", () => {
    expect(runCli([]).code).toBe(2);
    expect(runCli(["--data", twoClass, "--bogus"]).code).toBe(2);
    expect(runCli(["--data", path.join(dir, "missing.tsv")]).code).toBe(1);
    expect(() => parseTsv("no tab here")).toThrow(/line 1/);
    expect(() => parseTsv("text\t5")).toThrow(/label must be 0, 1 or 2/);
  });

  it("runs as `npm run ml:sentiment:eval -- --data f --json` (tsx entry point)", () => {
    const res = spawnSync("npx", ["tsx", "ml/sentiment/cli/evaluate.ts", "--data", twoClass, "--json"], {
      cwd: path.resolve(import.meta.dirname, "../../.."), encoding: "utf8",
    });
    expect(res.status).toBe(0);
    const r = JSON.parse(res.stdout.trim());
    // the real scorer: only the bookkeeping is checked here
    expect(r.n).toBe(5);
    expect(r.correct).toBe(r.confusion.matrix[0][0] + r.confusion.matrix[1][1]);
  });
});
