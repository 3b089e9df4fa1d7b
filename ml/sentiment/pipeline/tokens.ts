/**
 * Phase 1 — tokens. wink-nlp gives tokens, normal forms, lemmas, parts of speech and sentences, and
 * (captured per match from its sentiment automaton) its own lexicon matches. The model is loaded
 * once per process.
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

type WinkInstance = ReturnType<typeof winkNLP>;
/** wink's sentiment automaton output: [startToken, endToken, value in about -1 … 1]. */
export type RawMatch = [start: number, end: number, value: number];

export interface Tok {
  raw: string;
  normal: string;
  lemma: string;
  pos: string;
  type: string;
  sentence: number;
  /** A word-like token (word, number, emoji, emoticon), not punctuation. */
  word: boolean;
}

export interface Analysed {
  toks: Tok[];
  /** [first, last] token of each sentence. */
  sentences: Array<[number, number]>;
  matches: RawMatch[];
}

interface Wink {
  nlp: WinkInstance;
  loadMs: number;
}

let wink: Wink | null = null;
let lastMatches: RawMatch[] = [];
type SaSetter = (px: Array<Array<number | string>>, rdd: unknown, constants: unknown, locate: unknown) => void;

function loadWink(): Wink {
  if (wink) return wink;
  const t0 = performance.now();
  // Wrap the model's sentiment setter to capture wink's per-match lexicon values
  // (wink itself only exposes the per-sentence average). Scores are unchanged.
  const base = model as unknown as Record<string, unknown> & { sa: () => { machines: unknown; setter: SaSetter } };
  const wrapped = Object.assign(Object.create(null) as Record<string, unknown>, base);
  wrapped.sa = () => {
    const sa = base.sa();
    const setter: SaSetter = (px, rdd, constants, locate) => {
      lastMatches = px.map((p) => [Number(p[0]), Number(p[1]), Number(p[2]) / 1000]);
      return sa.setter(px, rdd, constants, locate);
    };
    return { machines: sa.machines, setter };
  };
  const nlp = winkNLP(wrapped as unknown as Parameters<typeof winkNLP>[0]);
  wink = { nlp, loadMs: performance.now() - t0 };
  return wink;
}

/** Loads the wink model if needed and returns how long the (first) load took, in ms. */
export function warmUpWink(): number {
  return loadWink().loadMs;
}

/** Plain wink-nlp document sentiment (`its.sentiment`), the baseline. */
export function plainWinkScore(text: string): number {
  const { nlp } = loadWink();
  return nlp.readDoc(text).out(nlp.its.sentiment) as number;
}

export function analyse(text: string): Analysed {
  const { nlp } = loadWink();
  const its = nlp.its;
  lastMatches = [];
  const doc = nlp.readDoc(text);
  const matches = lastMatches;
  const tokens = doc.tokens();
  const raw = tokens.out(its.value) as string[];
  const normal = tokens.out(its.normal) as string[];
  // wink's d.ts types its.lemma with a signature `out` does not accept; it works at runtime
  const lemma = tokens.out(its.lemma as unknown as typeof its.normal) as string[];
  const pos = tokens.out(its.pos) as string[];
  const type = tokens.out(its.type) as string[];
  const spans: Array<[number, number]> = [];
  doc.sentences().each((s: { out: (f: typeof its.span) => unknown }) => {
    const sp = s.out(its.span) as unknown as number[];
    spans.push([sp[0], sp[1]]);
  });
  const toks: Tok[] = raw.map((r, i) => ({
    raw: r, normal: normal[i], lemma: lemma[i], pos: pos[i], type: type[i], sentence: 0,
    word: type[i] === "word" || type[i] === "number" || type[i] === "emoji" || type[i] === "emoticon",
  }));
  spans.forEach(([a, b], si) => { for (let i = a; i <= b && i < toks.length; i++) toks[i].sentence = si; });
  return { toks, sentences: spans, matches };
}

export const QUOTES = new Set(['"', "“", "”", "‘", "’", "'"]);
/** Punctuation that ends a clause (not hyphens or quotes). */
export const isClauseBreak = (t: Tok) => t.type === "punctuation" && t.normal !== "-" && t.normal !== "'" && t.normal !== "\"";
/** The text of tokens a…b as written. */
export const spanText = (toks: Tok[], a: number, b: number) =>
  toks.slice(a, b + 1).map((t) => t.raw).join(" ").replace(/ - /g, "-").replace(/ ([,.!?;:])/g, "$1");
