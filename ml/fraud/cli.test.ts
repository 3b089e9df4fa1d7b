import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ModelCard } from "./model-file";

const tsx = path.join(process.cwd(), "node_modules/.bin/tsx");
const run = (script: string, args: string[]) =>
  execFileSync(tsx, [path.join(process.cwd(), "ml/fraud/cli", script), ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

describe("fraud CLIs", () => {
  it("generate → train --json → evaluate reproduces the metrics the card reports", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "fraud-cli-"));
    const data = path.join(dir, "general.csv");
    run("generate.ts", ["--rows", "300", "--seed", "5", "--out", data, "--kind", "general"]);
    const out = path.join(dir, "model");
    const stdout = run("train.ts", ["--data", data, "--seed", "5", "--folds", "3", "--trees", "10", "--out", out, "--json"]);
    // --json stdout is exactly one JSON object (no progress bar, no logs).
    expect(stdout.trim().split("\n")).toHaveLength(1);
    const trainedJson = JSON.parse(stdout) as { version: string; threshold: number; crossValidation: ModelCard["crossValidation"] };
    const card = JSON.parse(readFileSync(path.join(out, "card.json"), "utf8")) as ModelCard;
    expect(trainedJson.version).toBe(card.version);
    expect(trainedJson.threshold).toBe(card.threshold.value);
    expect(trainedJson.crossValidation).toEqual(card.crossValidation);
    expect(readFileSync(path.join(out, "card.md"), "utf8")).toContain(card.version);

    const evaluated = JSON.parse(run("evaluate.ts", ["--model", path.join(out, "model.json"), "--data", data, "--json"])) as {
      version: string;
      metrics: ModelCard["trainingSetMetrics"];
    };
    expect(evaluated.version).toBe(card.version);
    // Re-scoring the training file gives exactly the training-set metrics in the card.
    expect(evaluated.metrics).toEqual(card.trainingSetMetrics);
    expect(evaluated.metrics.threshold).toBe(card.threshold.value);
  }, 120_000);
});
