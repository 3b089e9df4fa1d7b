import { rocAuc } from "../metrics";
import { benchmarkLikeTrueLogOdds, generateSyntheticClaims, SYNTHETIC_PROFILES, type SyntheticProfile } from "../synthetic";
import { DEFAULT_FOREST_PARAMS, trainFraudModel } from "../train";
import { failUsage, integerOption, parseCliArgs } from "./parse-args";

const USAGE = `Usage: npx tsx ml/fraud/cli/compare-search.ts [--profile benchmark-like|standard] [--rows 1000] [--data-seed 2027] [--seed 42]
Generates motor claims and trains them twice with nested 5-fold CV: with the inner search (feature
selection + forest settings + logistic blend, the default) and without it (all features, the default
forest alone), and prints the honest cross-validated figures of both; with benchmark-like data also
the ceiling (ROC-AUC of the generator's true log-odds given what a model can see). Takes a few minutes on 2 cores.`;

const args = parseCliArgs(process.argv.slice(2), ["profile", "rows", "data-seed", "seed"], [], USAGE);
const profile = (args.values.profile ?? "benchmark-like") as SyntheticProfile;
if (!SYNTHETIC_PROFILES.includes(profile)) failUsage(`--profile must be one of ${SYNTHETIC_PROFILES.join(", ")}`, USAGE);
const rows = integerOption(args, "rows", 1000, USAGE);
const dataSeed = integerOption(args, "data-seed", 2027, USAGE);
const seed = integerOption(args, "seed", 42, USAGE);
const data = generateSyntheticClaims("motor", rows, dataSeed, profile);

const ceiling = profile === "benchmark-like" ? `; ceiling ${rocAuc(data.records.map(benchmarkLikeTrueLogOdds), data.labels).toFixed(3)}` : "";
const lines = [`motor, ${profile}, ${rows} rows, data seed ${dataSeed}, training seed ${seed}${ceiling}`, "", "| pipeline | ROC-AUC | PR-AUC | F1 (honest) | precision | recall | F1 (optimistic) | features kept per fold | seconds |", "|---|---|---|---|---|---|---|---|---|"];
for (const [name, tuning] of [["with inner search (default)", undefined], ["without search (all features, default forest)", null]] as const) {
  const r = trainFraudModel(data, { seed, folds: 5, params: DEFAULT_FOREST_PARAMS, tuning });
  const cv = r.crossValidation;
  const f = (x: number) => x.toFixed(3);
  lines.push(
    `| ${name} | ${f(cv.atThreshold.rocAuc)} | ${f(cv.atThreshold.prAuc)} | ${f(cv.atThreshold.f1)} | ${f(cv.atThreshold.precision)} | ${f(cv.atThreshold.recall)} | ${f(cv.optimistic.f1)} | ${r.choices.folds.map((c) => c.features.length).join(", ")} | ${r.timings.totalSeconds.toFixed(0)} |`,
  );
  process.stderr.write(`${name}: done\n`);
}
process.stdout.write(lines.join("\n") + "\n");
