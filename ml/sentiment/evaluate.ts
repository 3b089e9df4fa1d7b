/**
 * Evaluation of the sentiment scorer (or the plain wink-nlp baseline) on a
 * labelled TSV: `sentence<TAB>label`, label 1 = positive, 0 = negative,
 * 2 = neutral (optional). A file holding only 0/1 is a two-class task: every
 * sentence is called by the scorer's polarity, with no neutral escape.
 */
import { readFileSync } from "node:fs";
import vader from "vader-sentiment";
import { NEUTRAL_TAU, plainWinkScore, scoreLexiconCore, scoreSentimentCore } from "./core";

export type Gold = 0 | 1 | 2;
export interface Example { text: string; gold: Gold; line: number }
export type Scorer = "improved" | "lexicon" | "wink-baseline" | "vader";
/** Scorers in the order `--baseline` compares them. */
export const SCORERS: readonly Scorer[] = ["wink-baseline", "vader", "lexicon", "improved"];
/** VADER's own neutral band (its authors' recommendation): |compound| < 0.05 ⇒ neutral. */
export const VADER_NEUTRAL = 0.05;
/** One scorer's call for a text: the class for the task (two- or three-class) and its score. */
export type Predictor = (text: string, twoClass: boolean, tau: number) => { cls: ClassName; score: number };
export type ClassName = "negative" | "positive" | "neutral";
export const CLASS_OF: Record<Gold, ClassName> = { 0: "negative", 1: "positive", 2: "neutral" };

export interface ClassMetrics { precision: number; recall: number; f1: number; support: number }
export interface EvalReport {
  data: string;
  scorer: Scorer;
  task: "two-class" | "three-class";
  note: string;
  n: number;
  correct: number;
  accuracy: number;
  macroF1: number;
  perClass: Partial<Record<ClassName, ClassMetrics>>;
  /** rows = gold class, columns = predicted class, in `confusion.labels` order. */
  confusion: { labels: ClassName[]; matrix: number[][] };
  tau?: number;
  errors?: Array<{ line: number; text: string; gold: ClassName; predicted: ClassName; score: number }>;
}

export function parseTsv(content: string): Example[] {
  const out: Example[] = [];
  content.split(/\r?\n/).forEach((raw, idx) => {
    if (raw.trim() === "") return;
    const tab = raw.lastIndexOf("\t");
    if (tab < 0) throw new Error(`line ${idx + 1}: expected "sentence<TAB>label"`);
    const label = raw.slice(tab + 1).trim();
    if (label !== "0" && label !== "1" && label !== "2") throw new Error(`line ${idx + 1}: label must be 0, 1 or 2, got "${label}"`);
    const text = raw.slice(0, tab).trim();
    if (text === "") throw new Error(`line ${idx + 1}: empty sentence`);
    out.push({ text, gold: Number(label) as Gold, line: idx + 1 });
  });
  if (out.length === 0) throw new Error("no examples in file");
  return out;
}

const r4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** Predicted class for one text. */
export function predict(text: string, scorer: Scorer, twoClass: boolean, tau: number): { cls: ClassName; score: number } {
  if (scorer === "vader") {
    // vader-sentiment (npm): compound ≥ 0 ⇒ positive for two classes; its own ±0.05 band for three
    const s = vader.SentimentIntensityAnalyzer.polarity_scores(text).compound;
    if (twoClass) return { cls: s >= 0 ? "positive" : "negative", score: s };
    return { cls: s >= VADER_NEUTRAL ? "positive" : s <= -VADER_NEUTRAL ? "negative" : "neutral", score: s };
  }
  if (scorer === "wink-baseline") {
    const s = plainWinkScore(text);
    // two-class: score ≥ 0 ⇒ positive; three-class: 0 (no lexicon hit / cancelled out) ⇒ neutral
    if (twoClass) return { cls: s >= 0 ? "positive" : "negative", score: s };
    return { cls: s > 0 ? "positive" : s < 0 ? "negative" : "neutral", score: s };
  }
  // lexicon: the rules-only scorer with neutral band τ; improved: lexicon + supervised layer (τ does not apply)
  const r = scorer === "lexicon" ? scoreLexiconCore(text, tau) : scoreSentimentCore(text);
  return { cls: twoClass ? r.polarity : r.label, score: r.score };
}

export function evaluate(
  examples: Example[],
  opts: { scorer: Scorer; data?: string; tau?: number; withErrors?: boolean; predictor?: Predictor },
): EvalReport {
  const tau = opts.tau ?? NEUTRAL_TAU;
  const twoClass = examples.every((e) => e.gold !== 2);
  const labels: ClassName[] = twoClass ? ["negative", "positive"] : ["negative", "neutral", "positive"];
  const ix = new Map(labels.map((l, i) => [l, i]));
  const matrix = labels.map(() => labels.map(() => 0));
  const errors: NonNullable<EvalReport["errors"]> = [];
  for (const ex of examples) {
    const { cls, score } = opts.predictor ? opts.predictor(ex.text, twoClass, tau) : predict(ex.text, opts.scorer, twoClass, tau);
    const g = CLASS_OF[ex.gold];
    matrix[ix.get(g)!][ix.get(cls)!]++;
    if (g !== cls) errors.push({ line: ex.line, text: ex.text, gold: g, predicted: cls, score: r4(score) });
  }
  const perClass: EvalReport["perClass"] = {};
  let correct = 0;
  labels.forEach((l, i) => {
    const tp = matrix[i][i];
    correct += tp;
    const support = matrix[i].reduce((a, b) => a + b, 0);
    const predicted = matrix.reduce((a, row) => a + row[i], 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perClass[l] = { precision: r4(precision), recall: r4(recall), f1: r4(f1), support };
  });
  const macroF1 = labels.reduce((a, l) => a + perClass[l]!.f1, 0) / labels.length;
  const note = twoClass
    ? "two-class task (file holds only labels 0/1): every sentence is called positive or negative by polarity, no neutral"
    : "three-class task (labels 0/1/2): neutral is predicted inside the neutral band";
  return {
    data: opts.data ?? "",
    scorer: opts.scorer,
    task: twoClass ? "two-class" : "three-class",
    note:
      opts.scorer === "wink-baseline"
        ? `${note}; plain wink-nlp its.sentiment, ${twoClass ? "score ≥ 0 ⇒ positive" : "score > 0 positive, < 0 negative, = 0 neutral"}`
        : opts.scorer === "vader"
          ? `${note}; vader-sentiment compound, ${twoClass ? "score ≥ 0 ⇒ positive" : `score ≥ ${VADER_NEUTRAL} positive, ≤ -${VADER_NEUTRAL} negative, else neutral`}`
          : opts.scorer === "improved" && !twoClass
            ? "three-class task (labels 0/1/2): the model's most probable class"
            : note,
    n: examples.length,
    correct,
    accuracy: r4(correct / examples.length),
    macroF1: r4(macroF1),
    perClass,
    confusion: { labels, matrix },
    ...(opts.scorer === "lexicon" && !twoClass ? { tau } : {}),
    ...(opts.withErrors ? { errors } : {}),
  };
}

export function loadExamples(file: string): Example[] {
  return parseTsv(readFileSync(file, "utf8"));
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export const SCORER_NAMES: Record<Scorer, string> = {
  "wink-baseline": "plain wink-nlp its.sentiment (baseline)",
  vader: "vader-sentiment (npm, VADER baseline)",
  lexicon: "rules-only lexicon scorer (ml/sentiment)",
  improved: "lexicon + model (ml/sentiment)",
};

/** One line per scorer: accuracy and macro-F1 on the same data (the `--baseline` summary). */
export function formatComparison(reports: EvalReport[]): string {
  const lines = [`Data: ${reports[0]?.data ?? ""}  (${reports[0]?.n ?? 0} sentences, ${reports[0]?.task ?? ""})`, "", "scorer                                      accuracy   macro-F1"];
  for (const r of reports) lines.push(`${SCORER_NAMES[r.scorer].padEnd(42)}  ${pct(r.accuracy).padStart(8)}   ${r.macroF1.toFixed(3).padStart(8)}`);
  return lines.join("\n");
}

export function formatReport(r: EvalReport): string {
  const lines: string[] = [];
  lines.push(`Data: ${r.data}  (${r.n} sentences)`);
  lines.push(`Scorer: ${SCORER_NAMES[r.scorer]}`);
  lines.push(`Task: ${r.note}${r.tau !== undefined ? `; neutral band |score| < ${r.tau}` : ""}`);
  lines.push("");
  lines.push(`Accuracy: ${pct(r.accuracy)} (${r.correct}/${r.n})   macro-F1: ${r.macroF1.toFixed(3)}`);
  lines.push("");
  lines.push("class      precision  recall   F1      support");
  for (const l of r.confusion.labels) {
    const m = r.perClass[l]!;
    lines.push(`${l.padEnd(10)} ${m.precision.toFixed(3).padStart(9)}  ${m.recall.toFixed(3).padStart(6)}  ${m.f1.toFixed(3).padStart(6)}  ${String(m.support).padStart(7)}`);
  }
  lines.push("");
  lines.push("Confusion matrix (rows = true, columns = predicted):");
  const w = 10;
  lines.push(`${"".padEnd(w)}${r.confusion.labels.map((l) => l.padStart(w)).join("")}`);
  r.confusion.matrix.forEach((row, i) => lines.push(`${r.confusion.labels[i].padEnd(w)}${row.map((c) => String(c).padStart(w)).join("")}`));
  if (r.errors) {
    lines.push("");
    lines.push(`Errors (${r.errors.length}):`);
    for (const e of r.errors) lines.push(`  L${e.line} true=${e.gold} pred=${e.predicted} score=${e.score}  ${e.text}`);
  }
  return lines.join("\n");
}

/** Macro-F1 of the 3-class task for a grid of τ values (how NEUTRAL_TAU was chosen). */
export function sweepTau(examples: Example[], taus: number[]): Array<{ tau: number; accuracy: number; macroF1: number }> {
  return taus.map((tau) => {
    const r = evaluate(examples, { scorer: "lexicon", tau });
    return { tau, accuracy: r.accuracy, macroF1: r.macroF1 };
  });
}
