/**
 * The general lexicon: VADER's (Hutto & Gilbert 2014; ~7,500 words, emoticons and slang rated
 * -4 … 4 by ten people each), read from the `vader-sentiment` package (Apache-2.0; the lexicon is
 * the original MIT-licensed file). It gives breadth; the project's own lexicon (../lexicon.ts)
 * keeps the insurance vocabulary and overrides it where a word means something else in claims
 * ("damage", "accident", "premium" are facts, not complaints).
 */
import { readFileSync } from "node:fs";
import path from "node:path";

let lexicon: Map<string, number> | null = null;

/** Parses vader_lexicon.txt: `token<TAB>mean<TAB>sd<TAB>ratings` per line. */
export function parseVaderLexicon(text: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const line of text.split("\n")) {
    const [token, mean] = line.split("\t");
    if (token && mean !== undefined && Number.isFinite(Number(mean))) map.set(token, Number(mean));
  }
  return map;
}

function load(): Map<string, number> {
  if (!lexicon) {
    // process.cwd() is the repo root for Next, tsx and vitest alike (as for the fraud models).
    lexicon = parseVaderLexicon(readFileSync(path.join(process.cwd(), "node_modules/vader-sentiment/vader_lexicon.txt"), "utf8"));
  }
  return lexicon;
}

/** The general lexicon's valence of a lower-case word, or undefined. */
export function generalValence(word: string): number | undefined {
  return load().get(word);
}

/** Number of entries (for the README and a sanity test). */
export function generalLexiconSize(): number {
  return load().size;
}
