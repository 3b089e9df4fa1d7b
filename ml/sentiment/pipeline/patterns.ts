/**
 * Phrase patterns: compiled from the lexicon's strings and matched on tokens (normal form or lemma).
 * Syntax: words separated by spaces; `a|b` alternatives; `word?` optional; `~` a gap of up to two
 * words; `#dur` a duration ("three weeks"); `{x y|z}` multi-word alternatives.
 */
import { EXPECTATION_PATTERNS, EXPECTATION_VALENCE, NUMBER_WORDS, PHRASES, TIME_UNITS } from "../lexicon";
import { QUOTES, type Tok } from "./tokens";

type Elem = { kind: "set"; set: Set<string>; optional: boolean } | { kind: "gap" } | { kind: "dur" };
export interface Pattern { elems: Elem[]; valence: number; source: string }

/** Largest number of words a `~` gap skips. */
const GAP_WORDS = 2;

/**
 * Expands brace groups with multi-word alternatives: "will ~ {be back|come back|recommend}" →
 * "will ~ be back", "will ~ come back", "will ~ recommend". (A bare "a|b c" element only holds
 * single-word alternatives, because elements are separated by spaces.)
 */
export function expandBraces(pattern: string): string[] {
  const m = /\{([^{}]*)\}/.exec(pattern);
  if (!m) return [pattern];
  const head = pattern.slice(0, m.index), tail = pattern.slice(m.index + m[0].length);
  return m[1].split("|").flatMap((alt) => expandBraces(`${head}${alt}${tail}`.replace(/\s+/g, " ").trim()));
}

export function compilePattern(pattern: string, valence: number): Pattern {
  const elems: Elem[] = pattern.split(/\s+/).map((e): Elem => {
    if (e === "~") return { kind: "gap" };
    if (e === "#dur") return { kind: "dur" };
    const optional = e.length > 1 && e.endsWith("?");
    return { kind: "set", set: new Set((optional ? e.slice(0, -1) : e).split("|")), optional };
  });
  return { elems, valence, source: pattern };
}

/** Duration at token i ("three weeks", "48 hours", "a couple of months"): returns [endIndex, days] or null. */
export function durationAt(toks: Tok[], i: number): [number, number] | null {
  const t = toks[i];
  if (!t) return null;
  const isNum = /^\d+(\.\d+)?$/.test(t.normal) || NUMBER_WORDS.has(t.normal) || t.pos === "NUM";
  if (!isNum) return null;
  let j = i + 1;
  if (toks[j] && (toks[j].normal === "of" || toks[j].normal === "more" || toks[j].normal === "few")) j++;
  if (toks[j] && toks[j].normal === "of") j++;
  const u = toks[j];
  if (!u || !(u.normal in TIME_UNITS)) return null;
  const n = /^\d+$/.test(t.normal) ? Number(t.normal) : t.normal === "a" || t.normal === "an" || t.normal === "one" ? 1 : 2;
  return [j, n * TIME_UNITS[u.normal]];
}

/** Index of the last token matched by elems[e…] starting at token i, or -1. Tokens with covered[i] ≥ 0 are taken. */
export function matchFrom(toks: Tok[], elems: Elem[], e: number, i: number, covered: Int32Array): number {
  if (e === elems.length) return i - 1;
  const el = elems[e];
  if (el.kind === "gap") {
    let best = matchFrom(toks, elems, e + 1, i, covered);
    for (let k = 0, j = i; k < GAP_WORDS && j < toks.length && toks[j].word; k++, j++) {
      best = Math.max(best, matchFrom(toks, elems, e + 1, j + 1, covered));
    }
    return best;
  }
  if (el.kind === "dur") {
    const d = durationAt(toks, i);
    return d ? matchFrom(toks, elems, e + 1, d[0] + 1, covered) : -1;
  }
  const t = toks[i];
  if (t !== undefined && QUOTES.has(t.normal) && i > 0) return matchFrom(toks, elems, e, i + 1, covered); // 'still "under review"'
  const ok = t !== undefined && covered[i] < 0 && (el.set.has(t.normal) || el.set.has(t.lemma));
  const viaMatch = ok ? matchFrom(toks, elems, e + 1, i + 1, covered) : -1;
  if (el.optional) return Math.max(viaMatch, matchFrom(toks, elems, e + 1, i, covered));
  return viaMatch;
}

export interface CompiledPatterns { byFirst: Map<string, Pattern[]>; expectation: Map<string, Pattern[]> }
let compiled: CompiledPatterns | null = null;

function indexByFirstWord(patterns: Pattern[]): Map<string, Pattern[]> {
  const m = new Map<string, Pattern[]>();
  for (const p of patterns) {
    const first = p.elems[0];
    if (first.kind !== "set") throw new Error(`pattern must start with a word: ${p.source}`);
    for (const w of first.set) m.set(w, [...(m.get(w) ?? []), p]);
  }
  return m;
}

/** The lexicon's phrase and expectation patterns, compiled once. */
export function compiledPatterns(): CompiledPatterns {
  if (!compiled) {
    compiled = {
      byFirst: indexByFirstWord(PHRASES.flatMap(([p, v]) => expandBraces(p).map((e) => compilePattern(e, v)))),
      expectation: indexByFirstWord(EXPECTATION_PATTERNS.flatMap((p) => expandBraces(p).map((e) => compilePattern(e, EXPECTATION_VALENCE)))),
    };
  }
  return compiled;
}

/** The longest pattern matching at token i: [pattern, last token] or null. */
export function longestAt(toks: Tok[], i: number, byFirst: Map<string, Pattern[]>, covered: Int32Array): [Pattern, number] | null {
  const t = toks[i];
  if (!t.word || covered[i] >= 0) return null;
  let best: [Pattern, number] | null = null;
  for (const key of t.lemma === t.normal ? [t.normal] : [t.normal, t.lemma]) {
    const cands = byFirst.get(key);
    if (!cands) continue;
    for (const p of cands) {
      const end = matchFrom(toks, p.elems, 0, i, covered);
      if (end > i && (!best || end > best[1])) best = [p, end];
    }
  }
  return best;
}
