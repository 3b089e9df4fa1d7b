/**
 * Server entry point of the insurance-aware sentiment scorer.
 *
 *   scoreSentiment(text) → { label, score, polarity, signals }
 *
 * Synchronous: the lexicon phases, then the trained softmax layer (./model). The
 * wink-nlp model, the word vectors and the weights are loaded lazily once per
 * process (~100–300 ms on first call; call warmUp() at boot to pay it early). The
 * framework-free implementation lives in ./core (used by the CLI, the benchmark
 * and the tests).
 */
import "server-only";
import { scoreSentimentCore, type SentimentResult } from "./core";

export type { Polarity, SentimentLabel, SentimentResult } from "./core";
export { NEUTRAL_TAU, warmUp } from "./core";

export function scoreSentiment(text: string): SentimentResult {
  return scoreSentimentCore(text);
}
