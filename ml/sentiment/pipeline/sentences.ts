/**
 * Phase 4 — sentence sums. Clause weights within each sentence (contrast, concession, wished-for
 * and reported outcomes), question damping, then the per-sentence sum with "!" emphasis.
 */
import { CONCESSIVE, CONTRAST_AFTER, EXPECTATION_VALENCE } from "../lexicon";
import {
  AFTER_CONTRAST_WEIGHT, BEFORE_CONTRAST_WEIGHT, CONCESSION_WEIGHT, EXCLAMATION_INCREMENT, MAIN_CLAUSE_WEIGHT, MAX_EXCLAMATIONS,
  QUESTION_NEGATIVE_WEIGHT, QUESTION_POSITIVE_WEIGHT, SHORT_QUESTION_WORDS, UNREALISED_POSITIVE_WEIGHT,
} from "./constants";
import type { Item } from "./items";
import { compiledPatterns, matchFrom } from "./patterns";
import { isClauseBreak, spanText, type Tok } from "./tokens";

/** Desire verbs: positive words after them describe what has not happened yet. */
const DESIRE = new Set(["want", "wish", "hope", "need", "like", "expect", "demand"]);

const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;
const sign = (x: number) => (x > 0 ? 1 : x < 0 ? -1 : 0);

export interface Weighted {
  /** Items, possibly with expectation items appended. */
  items: Item[];
  weight: number[];
  itemSentence: number[];
  signals: string[];
}

/** "X but Y" → X down, Y up; a sentence opening with "But/However" also down-weights earlier sentences. */
function contrast(toks: Tok[], [a, b]: [number, number], si: number, firstWord: number, w: Weighted, consumed: Uint8Array): void {
  for (let k = a; k <= b; k++) {
    const t = toks[k];
    if (!CONTRAST_AFTER.has(t.normal) || consumed[k]) continue;
    if (t.normal === "yet" && !(k === firstWord || toks[k - 1]?.normal === "," || t.pos === "CCONJ")) continue;
    if (t.normal === "though" && (k === b || toks[k + 1]?.type === "punctuation")) continue;
    if (t.normal === "though" && toks[k - 1]?.normal === "even") continue;
    if (t.normal === "though" && k === firstWord) continue;
    w.items.forEach((it, ii) => {
      if (it.start < k && (w.itemSentence[ii] === si || k === firstWord)) w.weight[ii] *= BEFORE_CONTRAST_WEIGHT;
      else if (it.start > k && w.itemSentence[ii] === si) w.weight[ii] *= AFTER_CONTRAST_WEIGHT;
    });
    w.signals.push(`contrast "${t.raw}": later clause weighted up`);
    return;
  }
}

/** "although/though/despite/even though X, Y" → X down, the rest of the sentence up. */
function concession(toks: Tok[], [a, b]: [number, number], si: number, firstWord: number, w: Weighted, consumed: Uint8Array): void {
  for (let k = a; k <= b; k++) {
    const t = toks[k];
    const isConcessive = CONCESSIVE.has(t.normal) && !consumed[k] &&
      (t.normal !== "while" || t.pos === "SCONJ") && (t.normal !== "though" || toks[k - 1]?.normal === "even" || k === firstWord);
    if (!isConcessive) continue;
    if (k !== firstWord && t.normal !== "despite") {
      // mid-sentence "X, although Y" works like "X but Y": the later clause carries the verdict
      w.items.forEach((it, ii) => {
        if (w.itemSentence[ii] === si) w.weight[ii] *= it.start < k ? BEFORE_CONTRAST_WEIGHT : AFTER_CONTRAST_WEIGHT;
      });
      w.signals.push(`contrast "${t.raw}": later clause weighted up`);
      return;
    }
    let e = k + 1;
    while (e <= b && !(isClauseBreak(toks[e]) && toks[e].normal !== "'")) e++;
    if (k === firstWord && e > b) return;
    w.items.forEach((it, ii) => {
      if (w.itemSentence[ii] !== si) return;
      w.weight[ii] *= it.start > k && it.start < e ? CONCESSION_WEIGHT : MAIN_CLAUSE_WEIGHT;
    });
    w.signals.push(`concession "${t.raw}": its clause weighted down`);
    return;
  }
}

/** "I want / would like / hope / need …": a wished-for good thing has not happened. */
function desire(toks: Tok[], [a, b]: [number, number], w: Weighted): void {
  for (let k = a; k <= b; k++) {
    if (!DESIRE.has(toks[k].lemma) && !DESIRE.has(toks[k].normal)) continue;
    if (toks[k].normal === "like" && toks[k - 1]?.normal !== "would") continue;
    let e = k + 1;
    while (e <= b && !isClauseBreak(toks[e]) && !["but", "because"].includes(toks[e].normal)) e++;
    let damped = false;
    w.items.forEach((it, ii) => {
      if (it.start > k && it.start < e && it.valence > 0) { w.weight[ii] *= UNREALISED_POSITIVE_WEIGHT; damped = true; }
    });
    if (damped) w.signals.push(`desire "${toks[k].raw}": wished-for outcome damped`);
    return;
  }
}

/** "I was promised / told / supposedly …": what follows was not experienced; the broken promise itself is negative. */
function expectation(toks: Tok[], [a, b]: [number, number], si: number, w: Weighted): void {
  const { expectation: patterns } = compiledPatterns();
  const noCover = new Int32Array(toks.length).fill(-1);
  for (let k = a; k <= b; k++) {
    const cands = patterns.get(toks[k].normal) ?? patterns.get(toks[k].lemma);
    if (!cands) continue;
    const hit = cands.map((p) => matchFrom(toks, p.elems, 0, k, noCover)).find((e) => e > k);
    if (hit === undefined) continue;
    let e = hit + 1;
    while (e <= b && !isClauseBreak(toks[e]) && toks[e].normal !== "but") e++;
    w.items.forEach((it, ii) => { if (it.start > hit && it.start < e && it.valence > 0) w.weight[ii] *= UNREALISED_POSITIVE_WEIGHT; });
    w.items.push({ start: k, end: hit, valence: EXPECTATION_VALENCE, text: spanText(toks, k, hit), kind: "rule", notes: ["expectation"] });
    w.weight.push(1);
    w.itemSentence.push(si);
    return;
  }
}

/** Clause weights of every item (1 = unchanged). */
export function clauseWeights(toks: Tok[], sentences: Array<[number, number]>, items: Item[], consumed: Uint8Array): Weighted {
  const w: Weighted = { items: [...items], weight: items.map(() => 1), itemSentence: items.map((it) => toks[it.start].sentence), signals: [] };
  sentences.forEach((span, si) => {
    const firstWord = toks.slice(span[0], span[1] + 1).findIndex((t) => t.word) + span[0];
    contrast(toks, span, si, firstWord, w, consumed);
    concession(toks, span, si, firstWord, w, consumed);
    desire(toks, span, w);
    expectation(toks, span, si, w);
  });
  return w;
}

/** [positive factor, negative factor] of a sentence: asking about cover is not an opinion; "why …?" complains. */
export function questionFactors(toks: Tok[], [a, b]: [number, number]): [number, number] {
  const last = toks.slice(a, b + 1).filter((t) => t.type === "punctuation").pop();
  if (!last || last.normal !== "?") return [1, 1];
  const words = toks.slice(a, b + 1).filter((t) => t.word);
  if (words.length <= SHORT_QUESTION_WORDS) return [1, 1]; // one-word exclamations like "Seriously?"
  const first = words[0]?.normal ?? "";
  if (first === "why" || (first === "how" && toks[a + 1]?.normal === "come")) return [QUESTION_POSITIVE_WEIGHT, 1];
  return [QUESTION_POSITIVE_WEIGHT, QUESTION_NEGATIVE_WEIGHT];
}

export interface SentenceSums {
  total: number;
  /** Sums of the positive and of the negative weighted items alone (before "!" emphasis). */
  positive: number;
  negative: number;
  /** Number of items with a non-zero valence that were counted. */
  counted: number;
  signals: string[];
}

/** Sums each sentence's weighted items, adds "!" emphasis, and totals the sentences. */
export function sumSentences(toks: Tok[], sentences: Array<[number, number]>, w: Weighted): SentenceSums {
  const signals = [...w.signals];
  let total = 0;
  let counted = 0;
  let positive = 0;
  let negative = 0;
  sentences.forEach((span, si) => {
    const [a, b] = span;
    const q = questionFactors(toks, span);
    let sum = 0;
    w.items.forEach((it, ii) => {
      if (w.itemSentence[ii] !== si || it.valence === 0) return;
      const v = it.valence * w.weight[ii] * q[it.valence > 0 ? 0 : 1];
      sum += v;
      if (v > 0) positive += v;
      else negative += v;
      counted++;
      const label = it.kind === "rule" ? it.notes[0] : it.kind;
      const extra = it.kind === "rule" ? it.notes.slice(1) : it.notes;
      signals.push(`${label} "${it.text}" ${v >= 0 ? "+" : ""}${round(v, 2)}${extra.length ? ` (${extra.join(", ")})` : ""}`);
    });
    const exclamations = Math.min(MAX_EXCLAMATIONS, toks.slice(a, b + 1).filter((t) => t.normal === "!" || t.normal === "!!" || t.normal === "!!!").length);
    if (exclamations > 0 && sum !== 0) { sum += sign(sum) * exclamations * EXCLAMATION_INCREMENT; signals.push(`emphasis "!" ×${exclamations}`); }
    if (q[0] !== 1) signals.push("question: sentiment damped");
    total += sum;
  });
  return { total, positive, negative, counted, signals };
}
