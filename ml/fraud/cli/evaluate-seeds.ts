import { rocAuc } from "../metrics";
import { benchmarkLikeTrueLogOdds, generateSyntheticClaims } from "../synthetic";
import { DEFAULT_FOREST_PARAMS, trainFraudModel } from "../train";
import { failUsage, integerOption, parseCliArgs } from "./parse-args";

const USAGE = `Usage: npx tsx ml/fraud/cli/evaluate-seeds.ts --data-seeds 101,202,303 [--rows 1000] [--seed 42] [--trees 200]
For each data seed: generates benchmark-like motor claims, trains them once with the default pipeline
(nested 5-fold CV, inner search, forest + logistic blend chosen on inner folds) and prints the honest
out-of-fold ROC-AUC of the chosen blend, of the same outer fits' forest alone and logistic model alone,
and the ceiling (ROC-AUC of the generator's true log-odds given what a model can see, on the same rows).
Markdown table on stdout; a few minutes per seed on 2 cores.`;

const args = parseCliArgs(process.argv.slice(2), ["data-seeds", "rows", "seed", "trees"], [], USAGE);
const dataSeeds = (args.values["data-seeds"] ?? failUsage("--data-seeds is required", USAGE)).split(",").map(Number);
if (dataSeeds.some((s) => !Number.isInteger(s))) failUsage("--data-seeds must be integers separated by commas", USAGE);
const rows = integerOption(args, "rows", 1000, USAGE);
const seed = integerOption(args, "seed", 42, USAGE);
const params = { ...DEFAULT_FOREST_PARAMS, nEstimators: integerOption(args, "trees", DEFAULT_FOREST_PARAMS.nEstimators, USAGE) };

const f = (x: number) => x.toFixed(3);
const lines = [
  `motor, benchmark-like, ${rows} rows, training seed ${seed}, ${params.nEstimators} trees, nested 5-fold`,
  "",
  "| data seed | ROC-AUC (chosen blend) | forest alone | logistic alone | ceiling | PR-AUC | F1 honest (P / R) | forest weight per outer fold; final | seconds |",
  "|---|---|---|---|---|---|---|---|---|",
];
const totals = { blend: 0, forest: 0, additive: 0, ceiling: 0 };
for (const dataSeed of dataSeeds) {
  const data = generateSyntheticClaims("motor", rows, dataSeed, "benchmark-like");
  const r = trainFraudModel(data, { seed, folds: 5, params });
  const cv = r.crossValidation;
  const ceiling = rocAuc(data.records.map(benchmarkLikeTrueLogOdds), data.labels);
  const additive = cv.partsRocAuc.additive ?? Number.NaN;
  totals.blend += cv.atThreshold.rocAuc;
  totals.forest += cv.partsRocAuc.forest;
  totals.additive += additive;
  totals.ceiling += ceiling;
  lines.push(
    `| ${dataSeed} | ${f(cv.atThreshold.rocAuc)} | ${f(cv.partsRocAuc.forest)} | ${f(additive)} | ${f(ceiling)} | ${f(cv.atThreshold.prAuc)} | ${f(cv.atThreshold.f1)} (${f(cv.atThreshold.precision)} / ${f(cv.atThreshold.recall)}) | ${r.choices.folds.map((c) => c.forestWeight).join(", ")}; ${r.choices.final.forestWeight} | ${r.timings.totalSeconds.toFixed(0)} |`,
  );
  process.stderr.write(`${lines[lines.length - 1]}\n`);
}
const n = dataSeeds.length;
lines.push(`| **mean** | **${f(totals.blend / n)}** | ${f(totals.forest / n)} | ${f(totals.additive / n)} | ${f(totals.ceiling / n)} | | | | |`);
process.stdout.write(lines.join("\n") + "\n");
