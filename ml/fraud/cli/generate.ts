import { writeFileSync } from "node:fs";
import { formatDatasetCsv } from "../read-dataset";
import { generateSyntheticClaims } from "../synthetic";
import { failUsage, integerOption, parseCliArgs } from "./parse-args";

const USAGE = `Usage: npm run ml:generate -- --rows N --seed S --out file.csv [--kind motor|general]
Writes synthetic labelled claims (fraud_reported Y/N) in the motor (default) or general schema.`;

const args = parseCliArgs(process.argv.slice(2), ["rows", "seed", "out", "kind"], [], USAGE);
const kind = args.values.kind ?? "motor";
if (kind !== "motor" && kind !== "general") failUsage(`--kind must be motor or general`, USAGE);
const rows = integerOption(args, "rows", 1000, USAGE);
const seed = integerOption(args, "seed", 42, USAGE);
const out = args.values.out ?? failUsage("--out is required", USAGE);
const data = generateSyntheticClaims(kind, rows, seed);
writeFileSync(out, formatDatasetCsv(kind, data.records, data.labels));
const fraud = data.labels.filter((y) => y === 1).length;
process.stderr.write(`Wrote ${rows} ${kind} rows (${((100 * fraud) / rows).toFixed(1)}% fraud) to ${out}\n`);
