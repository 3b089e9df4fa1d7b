/**
 * npm run ml:sentiment:eval -- --data file.tsv [--baseline] [--json] [--errors] [--tau 0.2] [--sweep-tau]
 *
 *   --data FILE   TSV, one `sentence<TAB>label` per line; 1 = positive, 0 = negative, 2 = neutral (optional).
 *                 A file with only 0/1 labels is a two-class task (polarity, no neutral).
 *   --baseline    compare plain wink-nlp its.sentiment, vader-sentiment (npm), the rules-only lexicon scorer and the improved scorer (lexicon + model) on the
 *                 same file: a summary table, then each scorer's report
 *   --json        print one JSON object on stdout
 *   --errors      also list misclassified sentences
 *   --tau X       neutral band of the rules-only lexicon scorer (default NEUTRAL_TAU; the model layer has none)
 *   --sweep-tau   print the lexicon scorer's 3-class accuracy / macro-F1 for τ = 0.00 … 0.50 (how NEUTRAL_TAU is chosen)
 */
import { pathToFileURL } from "node:url";
import { evaluate, formatComparison, formatReport, loadExamples, SCORERS, sweepTau, type Predictor } from "../evaluate";

const USAGE = "usage: npm run ml:sentiment:eval -- --data file.tsv [--baseline] [--json] [--errors] [--tau X] [--sweep-tau]";

/** `predictor` replaces the improved scorer (tests use a stub so they check the arithmetic, not the scorer). */
export function runCli(argv: string[], predictor?: Predictor): { code: number; stdout: string; stderr: string } {
  let data: string | undefined;
  let json = false, baseline = false, errors = false, sweep = false;
  let tau: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--data") data = argv[++i];
    else if (a.startsWith("--data=")) data = a.slice(7);
    else if (a === "--json") json = true;
    else if (a === "--baseline") baseline = true;
    else if (a === "--errors") errors = true;
    else if (a === "--sweep-tau") sweep = true;
    else if (a === "--tau") tau = Number(argv[++i]);
    else if (a === "--help" || a === "-h") return { code: 0, stdout: USAGE, stderr: "" };
    else return { code: 2, stdout: "", stderr: `unknown argument: ${a}\n${USAGE}` };
  }
  if (!data) return { code: 2, stdout: "", stderr: `missing --data\n${USAGE}` };
  if (tau !== undefined && !(tau >= 0 && tau < 1)) return { code: 2, stdout: "", stderr: "--tau must be in [0, 1)" };
  let examples;
  try {
    examples = loadExamples(data);
  } catch (e) {
    return { code: 1, stdout: "", stderr: `${data}: ${(e as Error).message}` };
  }
  if (sweep) {
    const taus = Array.from({ length: 26 }, (_, i) => Math.round(i * 2) / 100);
    const rows = sweepTau(examples, taus);
    if (json) return { code: 0, stdout: JSON.stringify({ data, sweep: rows }), stderr: "" };
    return { code: 0, stdout: ["tau   accuracy  macroF1", ...rows.map((r) => `${r.tau.toFixed(2)}  ${r.accuracy.toFixed(4)}    ${r.macroF1.toFixed(4)}`)].join("\n"), stderr: "" };
  }
  const run = (scorer: (typeof SCORERS)[number]) =>
    evaluate(examples!, { scorer, data, tau, withErrors: errors, predictor: scorer === "improved" ? predictor : undefined });
  if (baseline) {
    const reports = SCORERS.map(run);
    if (json) return { code: 0, stdout: JSON.stringify({ data, comparison: reports }), stderr: "" };
    return { code: 0, stdout: [formatComparison(reports), ...reports.map(formatReport)].join("\n\n"), stderr: "" };
  }
  const report = run("improved");
  return { code: 0, stdout: json ? JSON.stringify(report) : formatReport(report), stderr: "" };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { code, stdout, stderr } = runCli(process.argv.slice(2));
  if (stdout) process.stdout.write(stdout + "\n");
  if (stderr) process.stderr.write(stderr + "\n");
  process.exitCode = code;
}
