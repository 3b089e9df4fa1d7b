/**
 * Phase 5 — label. The total becomes VADER's normalised compound in [-1, 1]; the label is neutral
 * when nothing carried sentiment or |compound| is inside the neutral band; the two-class polarity
 * is the sign, with a fixed answer for an exact zero.
 */
import { ALPHA } from "./constants";

export type SentimentLabel = "positive" | "neutral" | "negative";
export type Polarity = "positive" | "negative";

/**
 * Neutral band: |compound| < NEUTRAL_TAU ⇒ neutral. Chosen with
 * `npm run ml:sentiment:eval -- --data ml/sentiment/data/insurance-sentences.tsv --sweep-tau`
 * as the middle of the plateau of best 3-class macro-F1 on the insurance dev set (see README).
 */
export const NEUTRAL_TAU = 0.11;
/**
 * Two-class decision when the score is exactly 0 (no sentiment evidence, or evidence that cancels).
 * Negative: factual, unevaluated sentences in reviews and customer messages are mostly complaints
 * (README "Neutral band"). Only `polarity` uses it; `label` stays neutral.
 */
export const ZERO_EVIDENCE_POLARITY: Polarity = "negative";

const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

/** VADER's normalisation of a summed valence into (-1, 1), rounded to 4 places. */
export function compound(total: number): number {
  return round(total / Math.sqrt(total * total + ALPHA));
}

export interface Decision {
  label: SentimentLabel;
  polarity: Polarity;
  signals: string[];
}

/**
 * Label and polarity of a compound score. `counted` is how many items carried sentiment;
 * `unresolvedNegation` says a negator negated nothing (named as the tie-break's reason).
 */
export function decide(score: number, counted: number, tau: number, unresolvedNegation: boolean): Decision {
  const signals: string[] = [];
  let polarity: Polarity;
  if (score > 0) polarity = "positive";
  else if (score < 0) polarity = "negative";
  else {
    polarity = ZERO_EVIDENCE_POLARITY;
    signals.push(unresolvedNegation ? "tie broken by a negation" : `no sentiment: polarity defaults to ${ZERO_EVIDENCE_POLARITY}`);
  }
  let label: SentimentLabel;
  if (counted === 0) {
    label = "neutral";
    signals.push("no sentiment-bearing words");
  } else if (Math.abs(score) < tau) {
    label = "neutral";
    signals.push(`|score| < ${tau}: neutral band`);
  } else label = polarity;
  return { label, polarity, signals };
}
