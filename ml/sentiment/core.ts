/**
 * Insurance-aware sentiment scorer — the framework-free core (no "server-only"),
 * used by ml/sentiment/score.ts, the evaluation CLI, the benchmark and the tests.
 *
 * Five phases, one module each under ./pipeline (README "How it scores"):
 *   tokens (wink-nlp)  →  valence items (phrases, own + general lexicon, wink, duration rules)
 *   →  modifiers (boosters, caps, negation)  →  sentence sums (clause weights, questions, "!")
 *   →  label (VADER compound, neutral band, two-class polarity).
 */
import { NEGATORS } from "./lexicon";
import { findItems } from "./pipeline/items";
import { compound, decide, NEUTRAL_TAU, type Polarity, type SentimentLabel } from "./pipeline/label";
import { applyModifiers, isShouting } from "./pipeline/modifiers";
import { clauseWeights, sumSentences } from "./pipeline/sentences";
import { analyse, plainWinkScore, warmUpWink } from "./pipeline/tokens";

export { expandBraces } from "./pipeline/patterns";
export { NEUTRAL_TAU, ZERO_EVIDENCE_POLARITY, type Polarity, type SentimentLabel } from "./pipeline/label";
export { plainWinkScore };

export interface SentimentResult {
  label: SentimentLabel;
  /** VADER-style compound score in [-1, 1]. */
  score: number;
  /** Forced two-way decision (used for two-class evaluation); never neutral. */
  polarity: Polarity;
  /** Short human-readable reasons. */
  signals: string[];
}

/** Loads the wink model (and the lexicons) if needed; returns how long the first wink load took, in ms. */
export function warmUp(): number {
  const ms = warmUpWink();
  scoreSentimentCore("ok");
  return ms;
}

export function scoreSentimentCore(text: string, tau: number = NEUTRAL_TAU): SentimentResult {
  const analysed = analyse(text);
  const { toks, sentences } = analysed;
  const { items, covered, consumed } = findItems(analysed);
  const negatorsUsed = applyModifiers(toks, items, covered, consumed, isShouting(text));
  const weighted = clauseWeights(toks, sentences, items, consumed);
  const sums = sumSentences(toks, sentences, weighted);
  const score = compound(sums.total);
  const unresolvedNegation = toks.some((t, k) => NEGATORS.has(t.normal) && !consumed[k] && !negatorsUsed.has(k));
  const decision = decide(score, sums.counted, tau, unresolvedNegation);
  return { label: decision.label, score, polarity: decision.polarity, signals: [...sums.signals, ...decision.signals] };
}
