/**
 * The supervised layer on top of the lexicon scorer: the serialised softmax model
 * (model/sentiment-model.json, written by `npm run ml:sentiment:train`) turns the lexicon's evidence
 * and the sentence's words into class probabilities.
 */
import type { Polarity, SentimentLabel } from "../pipeline/label";
import { ZERO_EVIDENCE_POLARITY } from "../pipeline/label";
import { VECTOR_PREFIX, type Features } from "./features";
import { CLASSES, predictProba, type SoftmaxModel } from "./softmax";

/** The file format of model/sentiment-model.json. */
export interface SerialisedModel extends SoftmaxModel {
  format: "safeguard-sentiment-softmax/1";
  /** Date-stamped version, bumped by every retraining that changes the weights. */
  version: string;
  /** Data sets the model was fitted on, with their SHA-256, so a retrain can be checked. */
  trainedOn: Array<{ file: string; n: number; sha256: string }>;
  options: Record<string, number>;
}

export interface ModelDecision {
  label: SentimentLabel;
  polarity: Polarity;
  /** P(positive) − P(negative), in [-1, 1]. */
  score: number;
  signals: string[];
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
/** How many of the strongest words / pairs are named in the signals. */
export const TOP_WORD_SIGNALS = 3;

export function decideWithModel(model: SoftmaxModel & { version?: string }, features: Features): ModelDecision {
  const { probabilities: p, contributions } = predictProba(model, features);
  const [neg, , pos] = p;
  let best = 0;
  for (let c = 1; c < CLASSES.length; c++) if (p[c] > p[best]) best = c;
  const label = CLASSES[best];
  const polarity: Polarity = pos > neg ? "positive" : pos < neg ? "negative" : ZERO_EVIDENCE_POLARITY;
  const dir = polarity === "positive" ? 1 : -1;
  const meaning = contributions.filter((c) => c.name.startsWith(VECTOR_PREFIX)).reduce((a, c) => a + c.toward, 0);
  const named = contributions.filter((c) => !c.name.startsWith(VECTOR_PREFIX));
  if (meaning !== 0) named.push({ name: "(word meanings)", toward: meaning });
  const words = named
    .filter((c) => !c.name.startsWith("lexicon:") && c.name !== "bias" && c.toward * dir > 0)
    .sort((a, b) => Math.abs(b.toward) - Math.abs(a.toward))
    .slice(0, TOP_WORD_SIGNALS)
    .map((c) => `"${c.name}" ${c.toward >= 0 ? "+" : ""}${r2(c.toward)}`);
  const signals = [
    `model${model.version ? ` ${model.version}` : ""}: ${label} (negative ${r2(neg)}, neutral ${r2(p[1])}, positive ${r2(pos)})`,
  ];
  if (words.length) signals.push(`words leaning ${polarity}: ${words.join(", ")}`);
  return { label, polarity, score: r4(pos - neg), signals };
}
