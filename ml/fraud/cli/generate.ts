import { writeFileSync } from "node:fs";
import { formatDatasetCsv } from "../read-dataset";
import { generateSyntheticClaims, SYNTHETIC_PROFILES, type SyntheticProfile } from "../synthetic";
import { failUsage, integerOption, parseCliArgs } from "./parse-args";

const USAGE = `Usage: npm run ml:generate -- --rows N --seed S --out file.csv [--kind motor|general] [--profile standard|benchmark-like]
Writes synthetic labelled claims (fraud_reported Y/N) in the motor (default) or general schema.
--profile benchmark-like (motor only): a few columns carry nearly all the signal and the rest are noise,
like the public motor-fraud benchmark.`;

const args = parseCliArgs(process.argv.slice(2), ["rows", "seed", "out", "kind", "profile"], [], USAGE);
const kind = args.values.kind ?? "motor";
if (kind !== "motor" && kind !== "general") failUsage(`--kind must be motor or general`, USAGE);
const profile = (args.values.profile ?? "standard") as SyntheticProfile;
if (!SYNTHETIC_PROFILES.includes(profile)) failUsage(`--profile must be one of ${SYNTHETIC_PROFILES.join(", ")}`, USAGE);
if (profile !== "standard" && kind !== "motor") failUsage(`--profile ${profile} exists for the motor schema only`, USAGE);
const rows = integerOption(args, "rows", 1000, USAGE);
const seed = integerOption(args, "seed", 42, USAGE);
const out = args.values.out ?? failUsage("--out is required", USAGE);
const data = generateSyntheticClaims(kind, rows, seed, profile);
writeFileSync(out, formatDatasetCsv(kind, data.records, data.labels));
const fraud = data.labels.filter((y) => y === 1).length;
process.stderr.write(`Wrote ${rows} ${kind} rows (${profile}, ${((100 * fraud) / rows).toFixed(1)}% fraud) to ${out}\n`);
