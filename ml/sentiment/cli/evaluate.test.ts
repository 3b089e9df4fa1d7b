import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { runCli } from "./evaluate";
import { parseTsv } from "../evaluate";

let dir: string;
let twoClass: string;
let threeClass: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "sentiment-eval-"));
  twoClass = path.join(dir, "two.tsv");
  threeClass = path.join(dir, "three.tsv");
  writeFileSync(twoClass, [
    "The claim was paid quickly and the staff were lovely.\t1",
    "Excellent service from start to finish.\t1",
    "My claim was denied and nobody will call me back.\t0",
    "Still waiting for the refund after six weeks.\t0",
    "Great, another letter from the insurer.\t0", // sarcasm is not detected: "great" reads positive → one error
    "",
  ].join("\n"));
  writeFileSync(threeClass, [
    "The claim was paid quickly and the staff were lovely.\t1",
    "Hassle-free renewal, thank you.\t1",
    "My claim was denied and nobody will call me back.\t0",
    "Absolutely terrible customer service.\t0",
    "Can I add my son to the policy?\t2",
    "My policy number is on the letter.\t2",
    "I am happy to pay monthly.\t2", // reads as positive → one error
  ].join("\n"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("evaluation CLI", () => {
  it("two-class file: exact counts, polarity only, says so", () => {
    const { code, stdout } = runCli(["--data", twoClass, "--json"]);
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
    const { code, stdout } = runCli(["--data", threeClass, "--json"]);
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

  it("--baseline evaluates plain wink-nlp (score ≥ 0 ⇒ positive)", () => {
    const r = JSON.parse(runCli(["--data", twoClass, "--json", "--baseline"]).stdout);
    expect(r.scorer).toBe("wink-baseline");
    expect(r.note).toMatch(/score ≥ 0 ⇒ positive/);
    expect(r.n).toBe(5);
    const total = r.confusion.matrix.flat().reduce((a: number, b: number) => a + b, 0);
    expect(total).toBe(5);
  });

  it("human-readable output has accuracy, per-class table and confusion matrix", () => {
    const { stdout } = runCli(["--data", twoClass]);
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
    expect(r.correct).toBe(4);
  });
});
