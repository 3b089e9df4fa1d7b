/**
 * npm run ml:sentiment:train [-- --cv] [--l2 X] [--epochs N] [--min-count N] [--dry-run]
 *
 * Fits the supervised layer (model/softmax.ts) on the development sets in TRAINING_FILES and writes
 * ml/sentiment/model/sentiment-model.json. Deterministic: the same files and options give the same
 * weights. The held-out sets (README "Data sets") are never read here.
 *
 *   --cv         leave-one-file-out: for each development file, fit on the others and report accuracy on it
 *                (two-class files by polarity, three-class files by label); writes nothing
 *   --errors     with --cv: list each file's misclassified sentences
 *   --dry-run    fit and print the summary, but do not write the model
 *   --l2 A,B,…   with --cv: one leave-one-file-out run per value (how DEFAULT_TRAIN_OPTIONS.l2 was chosen)
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { lexiconAnalysis } from "../core";
import { loadExamples, type Example } from "../evaluate";
import { extractFeatures } from "../model/features";
import { decideWithModel, type SerialisedModel } from "../model/layer";
import { CLASSES, DEFAULT_TRAIN_OPTIONS, train, type TrainingExample, type TrainOptions } from "../model/softmax";

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const DATA_DIR = path.resolve(HERE, "../data");
export const MODEL_FILE = path.resolve(HERE, "../model/sentiment-model.json");
/** Version written into the model file; bump it when the data, features or options change. */
export const MODEL_VERSION = "2026-11-25.2";

/** Development sets the model is fitted on (all written by hand for this project; README "Data sets"). */
export const TRAINING_FILES = [
  "insurance-sentences.tsv",
  "insurance-holdout.tsv",
  "insurance-holdout-2.tsv",
  "reviews-heldout.tsv",
  "reviews-fresh.tsv",
  "reviews-holdout-2.tsv",
  "reviews-holdout-3.tsv",
  // written for training only, after the 2026-11-25 held-out sets (README "Supervised layer")
  "insurance-train.tsv",
  "reviews-train.tsv",
] as const;

/** Held out: never trained on, measured once (README "Data sets"; the UCI split is data/uci/README.md). */
export const HELD_OUT_FILES = ["reviews-holdout-4.tsv", "insurance-holdout-3.tsv", "uci/holdout.tsv", "uci/imdb-holdout.tsv"] as const;

const GOLD_TO_CLASS = { 0: 0, 1: 2, 2: 1 } as const; // TSV 0 neg / 1 pos / 2 neutral → CLASSES index

export function toTrainingExamples(examples: Example[]): TrainingExample[] {
  const twoClass = examples.every((e) => e.gold !== 2);
  return examples.map((e) => {
    const lex = lexiconAnalysis(e.text);
    return { features: extractFeatures(lex.toks, lex.evidence), gold: GOLD_TO_CLASS[e.gold], allowed: twoClass ? [0, 2] : [0, 1, 2], text: e.text };
  });
}

function accuracyOn(model: Parameters<typeof decideWithModel>[0], set: TrainingExample[], misses?: string[]): number {
  let ok = 0;
  set.forEach((ex, i) => {
    const d = decideWithModel(model, ex.features);
    const predicted = ex.allowed.length === 2 ? (d.polarity === "positive" ? 2 : 0) : CLASSES.indexOf(d.label);
    if (predicted === ex.gold) ok++;
    else misses?.push(`  ${CLASSES[ex.gold]} called ${CLASSES[predicted]} (${d.score}): ${ex.text ?? `#${i + 1}`}`);
  });
  return ok / set.length;
}

export function runTrain(argv: string[]): { code: number; stdout: string } {
  const opts: TrainOptions = { ...DEFAULT_TRAIN_OPTIONS };
  let cv = false, dry = false, errors = false;
  let l2s: number[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--cv") cv = true;
    else if (a === "--dry-run") dry = true;
    else if (a === "--errors") errors = true;
    else if (a === "--l2") l2s = argv[++i].split(",").map(Number);
    else if (a === "--epochs") opts.epochs = Number(argv[++i]);
    else if (a === "--min-count") opts.minCount = Number(argv[++i]);
    else if (a === "--lr") opts.learningRate = Number(argv[++i]);
    else return { code: 2, stdout: `unknown argument: ${a}` };
  }
  const sets = TRAINING_FILES.map((file) => {
    const content = readFileSync(path.join(DATA_DIR, file), "utf8");
    const examples = loadExamples(path.join(DATA_DIR, file));
    return { file, sha256: createHash("sha256").update(content).digest("hex"), examples: toTrainingExamples(examples) };
  });
  if (l2s.length === 1) opts.l2 = l2s[0];
  const out: string[] = [];
  if (cv) {
    for (const l2 of l2s.length ? l2s : [opts.l2]) {
    opts.l2 = l2;
    out.push(`options: ${JSON.stringify(opts)}`);
    let okAll = 0, nAll = 0;
    for (const held of sets) {
      const model = train(sets.filter((s) => s !== held).flatMap((s) => s.examples), opts);
      const misses: string[] = [];
      const acc = accuracyOn(model, held.examples, misses);
      okAll += acc * held.examples.length;
      nAll += held.examples.length;
      out.push(`${held.file.padEnd(26)} n=${String(held.examples.length).padStart(3)}  ${held.examples[0].allowed.length === 2 ? "2-class" : "3-class"}  ${(acc * 100).toFixed(1)}%`);
      if (errors) out.push(...misses);
    }
    out.push(`pooled leave-one-file-out accuracy: ${((okAll / nAll) * 100).toFixed(1)}% (n=${nAll})`);
    }
    return { code: 0, stdout: out.join("\n") };
  }
  out.push(`options: ${JSON.stringify(opts)}`);
  const all = sets.flatMap((s) => s.examples);
  const fitted = train(all, opts);
  const model: SerialisedModel = {
    format: "safeguard-sentiment-softmax/1",
    version: MODEL_VERSION,
    trainedOn: sets.map((s) => ({ file: `ml/sentiment/data/${s.file}`, n: s.examples.length, sha256: s.sha256 })),
    options: { ...opts },
    ...fitted,
  };
  out.push(`fitted on ${all.length} sentences, ${Object.keys(model.weights).length} features; training accuracy ${(accuracyOn(model, all) * 100).toFixed(1)}%`);
  if (!dry) {
    writeFileSync(MODEL_FILE, JSON.stringify(model, null, 0).replace(/\],"/g, '],\n"') + "\n");
    out.push(`wrote ${path.relative(process.cwd(), MODEL_FILE)}`);
  }
  return { code: 0, stdout: out.join("\n") };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { code, stdout } = runTrain(process.argv.slice(2));
  process.stdout.write(stdout + "\n");
  process.exitCode = code;
}
