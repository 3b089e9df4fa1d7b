/**
 * Phase 2 — valence items: the pieces of text that carry sentiment, each with its base valence
 * (VADER's -4 … 4 scale). Longest phrase first; then wink's multi-word matches; then single words
 * (own lexicon, then the general lexicon, then wink); then the waiting / speed and "too" rules.
 */
import { FAST_MAX_DAYS, FAST_PREPS, NEGATION_SCALAR, NEGATORS, SLOW_MIN_DAYS, SLOW_VERBS, UNRESOLVED_CUES, WINK_SCALE, WORDS } from "../lexicon";
import {
  EVALUATIVE_POS, EXCESS_VALENCE, FAILURE_BEFORE_DURATION_WINDOW, FAST_VALENCE, SLOW_VALENCE, WINK_OTHER_POS_FACTOR,
} from "./constants";
import { generalValence } from "./general-lexicon";
import { compiledPatterns, durationAt, longestAt } from "./patterns";
import { spanText, type Analysed, type Tok } from "./tokens";

export interface Item {
  start: number;
  end: number;
  valence: number;
  text: string;
  kind: "phrase" | "word" | "wink" | "rule";
  notes: string[];
}

export interface ItemsResult {
  items: Item[];
  /** covered[i] = index of the item that consumed token i (phrase / multi-word match), or -1. */
  covered: Int32Array;
  /** 1 for tokens inside a phrase (their negators do not scope out of it). */
  consumed: Uint8Array;
}

/** Words whose valence depends on the part of speech wink assigns. */
function posSensitive(t: Tok): number | undefined {
  if (t.lemma === "like" && t.pos === "VERB") return 2.0;
  if (t.normal === "pretty" && t.pos === "ADJ") return 1.8;
  return undefined;
}

/** Valence of a single word from the lexicons: own (domain) first, then the general lexicon; undefined if neither knows it. */
export function lexiconValence(t: Tok): number | undefined {
  return posSensitive(t) ?? WORDS[t.normal] ?? WORDS[t.lemma] ?? generalValence(t.normal) ?? generalValence(t.lemma);
}

/**
 * True when the cue at `k` is "still" followed at once by a positive item: lasting quality
 * ("six months on it still works like new"), not a problem left unresolved.
 */
export function praisesPersistence(toks: Tok[], items: readonly Item[], k: number): boolean {
  if (toks[k].normal !== "still") return false;
  const next = toks.findIndex((t, j) => j > k && t.word);
  return next >= 0 && items.some((it) => it.start === next && it.valence > 0);
}

/** What a duration means where it stands: slow, fast, unresolved, or nothing. */
function durationItem(toks: Tok[], items: Item[], i: number, end: number, days: number): Item | null {
  const before = toks.slice(Math.max(0, i - 3), i).filter((t) => t.word);
  const prev = before.map((t) => t.normal);
  const sent = toks[i].sentence;
  const durText = spanText(toks, i, end);
  const after = toks[end + 1]?.normal;
  if (before.some((t) => SLOW_VERBS.has(t.normal) || SLOW_VERBS.has(t.lemma)) && days >= SLOW_MIN_DAYS) {
    return { start: i, end, valence: SLOW_VALENCE, text: durText, kind: "rule", notes: ["slow"] };
  }
  const failureJustBefore = items.some(
    (it) => it.valence < 0 && it.end < i && it.end >= i - FAILURE_BEFORE_DURATION_WINDOW && toks[it.end].sentence === sent,
  );
  // "it broke / cracked / stopped working within a week": how soon a failure came is not praise of speed
  if (prev.some((w) => FAST_PREPS.has(w)) && days <= FAST_MAX_DAYS && !prev.includes("for") && !failureJustBefore) {
    return { start: i, end, valence: FAST_VALENCE, text: durText, kind: "rule", notes: ["fast"] };
  }
  const sinceWhen = after === "ago" || after === "later" || after === "on" || prev.some((w) => ["for", "over", "after", "nearly", "almost"].includes(w));
  if (days >= 1 && sinceWhen && toks.some((t, k) => t.sentence === sent && UNRESOLVED_CUES.has(t.normal) && !praisesPersistence(toks, items, k))) {
    return { start: i, end, valence: SLOW_VALENCE, text: durText, kind: "rule", notes: ["unresolved after"] };
  }
  return null;
}

export function findItems({ toks, matches }: Analysed): ItemsResult {
  const n = toks.length;
  const { byFirst } = compiledPatterns();
  const covered = new Int32Array(n).fill(-1);
  const consumed = new Uint8Array(n);
  const items: Item[] = [];
  const add = (item: Item, cover: boolean) => {
    if (cover) for (let k = item.start; k <= item.end; k++) { covered[k] = items.length; consumed[k] = 1; }
    if (item.valence !== 0 || cover) items.push(item);
  };

  // phrases, longest match first, left to right
  for (let i = 0; i < n; ) {
    const m = longestAt(toks, i, byFirst, covered);
    if (!m) { i++; continue; }
    // a negator the pattern does not name, skipped by a "~" gap, negates the phrase ("will not be back")
    const named = (w: string) => m[0].elems.some((el) => el.kind === "set" && el.set.has(w));
    const gapNeg = toks.slice(i + 1, m[1]).find((t) => NEGATORS.has(t.normal) && !named(t.normal));
    const notes = gapNeg ? [`negated by "${gapNeg.raw}"`] : [];
    const valence = gapNeg ? m[0].valence * NEGATION_SCALAR : m[0].valence;
    add({ start: i, end: m[1], valence, text: spanText(toks, i, m[1]), kind: "phrase", notes }, true);
    i = m[1] + 1;
  }
  // wink multi-word matches on uncovered tokens ("fed up", "do not like")
  const winkSingle = new Map<number, number>();
  for (const [a, b, v] of matches) {
    if (b > a) {
      let free = true;
      for (let k = a; k <= b; k++) if (covered[k] >= 0) free = false;
      if (free) add({ start: a, end: b, valence: v * WINK_SCALE, text: spanText(toks, a, b), kind: "wink", notes: [] }, true);
    } else winkSingle.set(a, v);
  }
  // single words: own lexicon, then the general lexicon, then wink
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (covered[i] >= 0 || !t.word) continue;
    const own = lexiconValence(t);
    if (own !== undefined) {
      if (own !== 0) add({ start: i, end: i, valence: own, text: t.raw, kind: "word", notes: [] }, false);
    } else if (winkSingle.has(i) && winkSingle.get(i) !== 0) {
      // evaluative content sits mostly in adjectives/adverbs; wink's verb/noun entries are noisier ("built", "go")
      const scale = EVALUATIVE_POS.has(t.pos) ? WINK_SCALE : WINK_SCALE * WINK_OTHER_POS_FACTOR;
      add({ start: i, end: i, valence: winkSingle.get(i)! * scale, text: t.raw, kind: "wink", notes: [] }, false);
    }
  }
  // durations: slow ("took eleven weeks"), unresolved ("three weeks ago … nobody"), fast ("within a week")
  for (let i = 0; i < n; i++) {
    const d = durationAt(toks, i);
    if (!d) continue;
    const item = durationItem(toks, items, i, d[0], d[1]);
    if (item) add(item, false);
    i = d[0];
  }
  // "too" + adjective/adverb: excess is a complaint ("too salty", "too long") unless the word is already negative
  for (let i = 0; i + 1 < n; i++) {
    if (toks[i].normal !== "too" || covered[i + 1] >= 0) continue;
    const nx = toks[i + 1];
    if (nx.pos !== "ADJ" && nx.pos !== "ADV") continue;
    const it = items.find((x) => x.start === i + 1);
    if (it && it.valence < 0) continue; // "too slow": handled as an intensifier by the modifiers
    if (it) it.valence = 0;
    add({ start: i, end: i + 1, valence: EXCESS_VALENCE, text: spanText(toks, i, i + 1), kind: "rule", notes: ["excess"] }, false);
  }
  return { items, covered, consumed };
}
