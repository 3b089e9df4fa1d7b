import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import cliProgress from "cli-progress";
import { describeMetrics } from "../evaluate";
import { buildModelCard, renderModelCardMarkdown } from "../model-card";
import { readDatasetFile } from "../read-dataset";
import { defaultModelFolder } from "../scorer-core";
import { DEFAULT_ADDITIVE, DEFAULT_FOREST_PARAMS, DEFAULT_TUNING, trainFraudModel, type TrainOptions } from "../train";
import { failUsage, integerOption, parseCliArgs } from "./parse-args";

const USAGE = `Usage: npm run ml:train -- --data file.csv [--seed 42] [--folds 5] [--out DIR] [--kind motor|general] [--json] [--register]
       [--trees ${DEFAULT_FOREST_PARAMS.nEstimators}] [--inner-folds ${DEFAULT_TUNING.innerFolds}] [--search-trees ${DEFAULT_TUNING.trees}]
       [--no-additive] [--no-search [--max-features ${DEFAULT_FOREST_PARAMS.maxFeatures}] [--max-depth ${DEFAULT_FOREST_PARAMS.maxDepth}] [--min-samples ${DEFAULT_FOREST_PARAMS.minNumSamples}]]
Nested cross-validation (feature selection, forest settings and threshold chosen on inner folds), then
trains on all rows and writes DIR/model.json, DIR/card.json, DIR/card.md.
--no-search skips feature selection and tuning: all features with the given forest settings (the
threshold and the forest weight of the logistic blend are still chosen on inner folds).
--no-additive trains the forest alone (no logistic model blended in; format-2 file with forest weight 1).
The schema is detected from the CSV header (--kind only asserts it); DIR defaults to ml/fraud/model/<kind>.
--json prints the card's metrics as one JSON object on stdout (no progress bar).
--register also registers the model in the model registry of DATABASE_URL (idempotent: same model, same version);
promote it on /admin/models.`;

const args = parseCliArgs(
  process.argv.slice(2),
  ["data", "seed", "folds", "out", "kind", "trees", "max-features", "max-depth", "min-samples", "inner-folds", "search-trees"],
  ["json", "no-search", "register", "no-additive"],
  USAGE,
);
const dataPath = args.values.data ?? failUsage("--data is required", USAGE);
const kindOption = args.values.kind;
if (kindOption !== undefined && kindOption !== "motor" && kindOption !== "general") failUsage("--kind must be motor or general", USAGE);
const json = args.flags.has("json");
const maxFeatures = args.values["max-features"] === undefined ? DEFAULT_FOREST_PARAMS.maxFeatures : Number(args.values["max-features"]);
if (!(maxFeatures > 0 && maxFeatures <= 1)) failUsage("--max-features must be in (0, 1]", USAGE);

const options: TrainOptions = {
  seed: integerOption(args, "seed", 42, USAGE),
  folds: integerOption(args, "folds", 5, USAGE),
  params: {
    nEstimators: integerOption(args, "trees", DEFAULT_FOREST_PARAMS.nEstimators, USAGE),
    maxFeatures,
    maxDepth: integerOption(args, "max-depth", DEFAULT_FOREST_PARAMS.maxDepth, USAGE),
    minNumSamples: integerOption(args, "min-samples", DEFAULT_FOREST_PARAMS.minNumSamples, USAGE),
  },
};
const innerFolds = integerOption(args, "inner-folds", DEFAULT_TUNING.innerFolds, USAGE);
const searchTrees = integerOption(args, "search-trees", DEFAULT_TUNING.trees, USAGE);
if (args.flags.has("no-search")) {
  options.tuning = { innerFolds, trees: searchTrees, candidates: [{ minAucDrop: null, ...options.params }], additive: DEFAULT_ADDITIVE };
} else {
  const fixed = ["max-features", "max-depth", "min-samples"].filter((name) => args.values[name] !== undefined);
  if (fixed.length) failUsage(`--${fixed[0]} is chosen by the inner search; pass --no-search to fix it`, USAGE);
  options.tuning = { ...DEFAULT_TUNING, innerFolds, trees: searchTrees };
}
if (args.flags.has("no-additive")) options.tuning.additive = null;
if (options.folds < 2) failUsage("--folds must be at least 2", USAGE);
if (innerFolds < 2) failUsage("--inner-folds must be at least 2", USAGE);

const data = readDatasetFile(dataPath, kindOption as "motor" | "general" | undefined);
const outDir = args.values.out ?? path.join(defaultModelFolder(), data.kind);

// The bar goes to stderr and only to a terminal, so --json stdout and CI logs stay clean.
const bar =
  !json && process.stderr.isTTY
    ? new cliProgress.SingleBar(
        { stream: process.stderr, format: "training [{bar}] {percentage}% | {value}/{total} trees (CV, inner search, final) | ETA {eta}s", hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
    : null;
bar?.start(1, 0);
options.onProgress = (done, total) => {
  bar?.setTotal(total);
  bar?.update(done);
};
const result = trainFraudModel(data, options);
bar?.stop();

const card = buildModelCard(result, data, options);
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, "model.json"), result.serialized);
writeFileSync(path.join(outDir, "card.json"), JSON.stringify(card, null, 2) + "\n");
writeFileSync(path.join(outDir, "card.md"), renderModelCardMarkdown(card));

if (args.flags.has("register")) {
  // Loaded only when asked: the registry talks to the app's database (lib/db reads DATABASE_URL).
  const { registerFromCli } = await import("@/lib/model-registry/register-cli");
  const registered = await registerFromCli(result.serialized, card);
  process.stderr.write(`${registered.created ? "Registered" : "Already registered"}: ${registered.version} (promote it on /admin/models)\n`);
}

if (json) {
  process.stdout.write(
    JSON.stringify({
      version: card.version,
      kind: card.kind,
      modelPath: path.join(outDir, "model.json"),
      rows: card.data.rows,
      dataSha256: card.data.sha256,
      seed: card.seed,
      folds: card.folds,
      params: card.params,
      threshold: card.threshold.value,
      anomalyThreshold: card.anomaly.threshold,
      crossValidation: card.crossValidation,
      tuning: card.tuning,
      timings: card.timings,
    }) + "\n",
  );
} else {
  process.stdout.write(
    `Model ${card.version} (${card.kind}) written to ${outDir}\n` +
      `Cross-validated (nested ${card.folds}-fold; each fold at the threshold chosen without it):\n${describeMetrics(card.crossValidation.atThreshold)}\n` +
      `Optimistic F1 (best cut on the same out-of-fold probabilities): ${card.crossValidation.optimistic.f1.toFixed(3)}\n` +
      `Chosen: ${card.tuning.final.features.length} encoded features, candidate #${card.tuning.final.candidateIndex + 1}, forest weight ${card.tuning.final.forestWeight}, threshold ${card.threshold.value.toFixed(3)}\n` +
      `Training time: ${card.timings.totalSeconds.toFixed(1)} s (CV ${card.timings.crossValidationSeconds.toFixed(1)} s, final ${card.timings.finalTrainingSeconds.toFixed(1)} s)\n`,
  );
}
