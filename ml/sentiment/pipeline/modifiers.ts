/**
 * Phase 3 — modifiers of each item: intensifiers / downtoners before it, ALL-CAPS, and negation
 * (a free negator shortly before it, not across a clause break or a contrast word).
 */
import { BOOSTERS, CONTRAST_AFTER, NEGATION_SCALAR, NEGATION_WINDOW, NEGATORS } from "../lexicon";
import {
  BOOSTER_DECAY, BOOSTER_WINDOW, CAPS_INCREMENT, NEGATION_LOOKBACK, NEVER_SO_EMPHASIS, NEVER_SO_NEXT, NOT_ONLY_NEXT, TOO_BOOST,
} from "./constants";
import type { Item } from "./items";
import { isClauseBreak, type Tok } from "./tokens";

/** Subject negators scope over their whole clause ("Nothing about this process has been straightforward"). */
const CLAUSE_NEGATORS = new Set(["nothing", "nobody", "none", "neither", "noone"]);

const sign = (x: number) => (x > 0 ? 1 : x < 0 ? -1 : 0);

/** True when the whole message is written in capitals (then caps are no emphasis). */
export function isShouting(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, "");
  return letters.length > 0 && letters === letters.toUpperCase();
}

function applyBoosters(toks: Tok[], it: Item, covered: Int32Array): void {
  const s = toks[it.start].sentence;
  let seen = 0;
  for (let k = it.start - 1; k >= 0 && seen < BOOSTER_WINDOW; k--) {
    const t = toks[k];
    if (t.sentence !== s || isClauseBreak(t)) break;
    if (!t.word) continue;
    if (covered[k] >= 0) break;
    const b = t.normal === "too" ? TOO_BOOST : BOOSTERS[t.normal];
    if (b !== undefined && !(t.normal === "so" && seen > 0)) {
      it.valence += sign(it.valence) * b * (1 - BOOSTER_DECAY * seen);
      it.notes.push(`${b > 0 ? "intensified" : "toned down"} by "${t.raw}"`);
    }
    seen++;
  }
}

/**
 * True when the item opens with its own negator ("no explanation", "not ~ call back"): its negation
 * is already in its valence, so an earlier negator does not flip it again ("no claims and no
 * explanation" is two absences, not a double negative).
 */
export function carriesOwnNegation(toks: Tok[], it: Item): boolean {
  return it.end > it.start && NEGATORS.has(toks[it.start].normal);
}

/** Applies negation to the item; returns the index of the negator used, or -1. */
function applyNegation(toks: Tok[], it: Item, consumed: Uint8Array): number {
  if (carriesOwnNegation(toks, it)) return -1;
  const s = toks[it.start].sentence;
  let seen = 0;
  for (let k = it.start - 1; k >= 0 && seen < NEGATION_LOOKBACK; k--) {
    const t = toks[k];
    if (t.sentence !== s || isClauseBreak(t) || CONTRAST_AFTER.has(t.normal)) break;
    if (!t.word) continue;
    if (consumed[k]) break;
    const inWindow = seen < NEGATION_WINDOW || CLAUSE_NEGATORS.has(t.normal);
    if (inWindow && NEGATORS.has(t.normal) && !NOT_ONLY_NEXT.has(toks[k + 1]?.normal ?? "")) {
      if (t.normal === "never" && NEVER_SO_NEXT.has(toks[k + 1]?.normal ?? "") && k + 1 < it.start) {
        // "never been so frustrated", "never felt so let down": emphasis, not negation (VADER's "never so")
        it.valence *= NEVER_SO_EMPHASIS;
        it.notes.push(`emphasised by "${t.raw} ${toks[k + 1].raw}"`);
      } else {
        it.valence *= NEGATION_SCALAR;
        it.notes.push(`negated by "${t.raw}"`);
      }
      return k;
    }
    seen++;
  }
  return -1;
}

/**
 * Modifies the items in place. Returns the token indexes of negators that negated something
 * (a negator left over explains a zero score).
 */
export function applyModifiers(toks: Tok[], items: Item[], covered: Int32Array, consumed: Uint8Array, shouting: boolean): Set<number> {
  const negatorsUsed = new Set<number>();
  for (const it of items) {
    if (it.valence === 0) continue;
    applyBoosters(toks, it, covered);
    if (!shouting && toks.slice(it.start, it.end + 1).some((t) => /[A-Z]{2,}/.test(t.raw) && t.raw === t.raw.toUpperCase())) {
      it.valence += sign(it.valence) * CAPS_INCREMENT;
      it.notes.push("ALL-CAPS");
    }
    const negator = applyNegation(toks, it, consumed);
    if (negator >= 0) negatorsUsed.add(negator);
  }
  return negatorsUsed;
}
