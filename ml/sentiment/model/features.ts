/**
 * Features of the supervised layer (README "Supervised layer"): the lexicon scorer's own sums, plus
 * words and word pairs of the sentence (lemmas, with the words after a negator marked "not_"), the
 * opening word, whether it is a question, and the mean word vector of the content words outside a
 * negation (model/vectors.ts). Names are readable on purpose: the strongest ones are
 * shown to admins as signals.
 */
import { CONTRAST_AFTER, NEGATORS } from "../lexicon";
import { isClauseBreak, type Tok } from "../pipeline/tokens";
import { meanVector } from "./vectors";

/** Parts of speech whose words enter the sentence's mean word vector. */
const CONTENT_POS = new Set(["NOUN", "VERB", "ADJ", "ADV", "INTJ", "PROPN"]);
/** Name prefix of the word-vector features (one per dimension). */
export const VECTOR_PREFIX = "vec:";
/**
 * The mean vector's components are small (≈ ±0.2); scaling them up lets the shared L2 penalty treat
 * them like word counts. Chosen by leave-one-file-out CV (npm run ml:sentiment:train -- --cv).
 */
export const VECTOR_SCALE = 5;

/** What the lexicon phases found, in compound form (each in [-1, 1]). */
export interface LexiconEvidence {
  /** VADER-style compound of the whole text (the rules-only scorer's score). */
  score: number;
  /** Compound of the positive items alone (≥ 0) and of the negative items alone (≤ 0). */
  positive: number;
  negative: number;
  /** Number of items that carried sentiment. */
  counted: number;
}

export type Features = Map<string, number>;

const add = (f: Features, name: string, v = 1) => f.set(name, (f.get(name) ?? 0) + v);

/** One word's key: lower-cased lemma; numbers (digits or words) share one key. */
function key(t: Tok): string {
  if (t.type === "number") return "#num";
  const l = (t.lemma || t.normal).toLowerCase();
  return l === "n't" ? "not" : l;
}

export function extractFeatures(toks: Tok[], lex: LexiconEvidence): Features {
  const f: Features = new Map();
  // the lexicon's evidence (continuous)
  add(f, "lexicon:score", lex.score);
  add(f, "lexicon:positive", lex.positive);
  add(f, "lexicon:negative", lex.negative);
  if (lex.counted === 0) add(f, "lexicon:none");
  add(f, "bias");
  // words, with negation scope marked, and adjacent word pairs (within a clause)
  let negated = false;
  let prev: string | null = null;
  let firstDone = false;
  const content: string[] = [];
  for (const t of toks) {
    if (!t.word) {
      if (isClauseBreak(t)) { negated = false; prev = null; }
      continue;
    }
    const k = key(t);
    if (!firstDone) { add(f, `first:${k}`); firstDone = true; }
    if (CONTRAST_AFTER.has(k)) { negated = false; }
    add(f, negated ? `not_${k}` : k);
    if (!negated && CONTENT_POS.has(t.pos)) content.push(t.normal.toLowerCase());
    if (prev !== null) add(f, `${prev} ${k}`);
    prev = k;
    if (NEGATORS.has(k) || k === "not") negated = true;
  }
  const v = meanVector(content);
  if (v) v.forEach((x, d) => f.set(`${VECTOR_PREFIX}${d}`, x * VECTOR_SCALE));
  const lastPunct = [...toks].reverse().find((t) => t.type === "punctuation");
  if (lastPunct?.normal === "?") add(f, "question");
  if (toks.some((t) => t.normal === "!")) add(f, "exclamation");
  return f;
}
