/**
 * Insurance-aware sentiment scorer — the framework-free core (no "server-only"),
 * used by ml/sentiment/score.ts, the evaluation CLI, the benchmark and the tests.
 *
 * Five lexicon phases, one module each under ./pipeline (README "How it scores"):
 *   tokens (wink-nlp)  →  valence items (phrases, own + general lexicon, wink, duration rules)
 *   →  modifiers (boosters, caps, negation)  →  sentence sums (clause weights, questions, "!")
 *   →  label (VADER compound, neutral band, two-class polarity).
 * Then the supervised layer (./model, README "Supervised layer"): a softmax model over the lexicon's
 * sums and the sentence's words decides label and polarity.
 */
import { NEGATORS } from "./lexicon";
import { extractFeatures, type LexiconEvidence } from "./model/features";
import { decideWithModel, type SerialisedModel } from "./model/layer";
import trainedModel from "./model/sentiment-model.json";
import { findItems } from "./pipeline/items";
import { compound, decide, NEUTRAL_TAU, type Polarity, type SentimentLabel } from "./pipeline/label";
import { applyModifiers, isShouting } from "./pipeline/modifiers";
import { clauseWeights, sumSentences } from "./pipeline/sentences";
import { analyse, plainWinkScore, warmUpWink, type Tok } from "./pipeline/tokens";

export { expandBraces } from "./pipeline/patterns";
export { NEUTRAL_TAU, ZERO_EVIDENCE_POLARITY, type Polarity, type SentimentLabel } from "./pipeline/label";
export { plainWinkScore };

export interface SentimentResult {
  label: SentimentLabel;
  /** In [-1, 1]: P(positive) − P(negative) of the model (the lexicon-only scorer: VADER-style compound). */
  score: number;
  /** Forced two-way decision (used for two-class evaluation); never neutral. */
  polarity: Polarity;
  /** Short human-readable reasons. */
  signals: string[];
}

/** The shipped model (ml/sentiment/model/sentiment-model.json). */
export const MODEL = trainedModel as SerialisedModel;

/** Loads the wink model (and the lexicons) if needed; returns how long the first wink load took, in ms. */
export function warmUp(): number {
  const ms = warmUpWink();
  scoreSentimentCore("ok");
  return ms;
}

export interface LexiconAnalysis {
  /** The rules-only decision (the scorer before the supervised layer). */
  result: SentimentResult;
  /** What the items contributed, one signal each (without the rules-only label's reasons). */
  itemSignals: string[];
  toks: Tok[];
  evidence: LexiconEvidence;
}

/** The five lexicon phases. */
export function lexiconAnalysis(text: string, tau: number = NEUTRAL_TAU): LexiconAnalysis {
  const analysed = analyse(text);
  const { toks, sentences } = analysed;
  const { items, covered, consumed } = findItems(analysed);
  const negatorsUsed = applyModifiers(toks, items, covered, consumed, isShouting(text));
  const weighted = clauseWeights(toks, sentences, items, consumed);
  const sums = sumSentences(toks, sentences, weighted);
  const score = compound(sums.total);
  const unresolvedNegation = toks.some((t, k) => NEGATORS.has(t.normal) && !consumed[k] && !negatorsUsed.has(k));
  const decision = decide(score, sums.counted, tau, unresolvedNegation);
  return {
    result: { label: decision.label, score, polarity: decision.polarity, signals: [...sums.signals, ...decision.signals] },
    itemSignals: sums.signals,
    toks,
    evidence: { score, positive: compound(sums.positive), negative: compound(sums.negative), counted: sums.counted },
  };
}

/** The rules-only scorer (lexicon phases, VADER compound, neutral band τ): the `lexicon` baseline. */
export function scoreLexiconCore(text: string, tau: number = NEUTRAL_TAU): SentimentResult {
  return lexiconAnalysis(text, tau).result;
}

/** Lexicon phases, then the supervised layer. */
export function scoreSentimentCore(text: string, model: SerialisedModel = MODEL): SentimentResult {
  const lex = lexiconAnalysis(text);
  if (!lex.toks.some((t) => t.word)) return { ...lex.result, signals: ["no words"] };
  const d = decideWithModel(model, extractFeatures(lex.toks, lex.evidence));
  return { label: d.label, score: d.score, polarity: d.polarity, signals: [...d.signals, ...lex.itemSignals] };
}
