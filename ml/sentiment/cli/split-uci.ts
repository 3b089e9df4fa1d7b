/**
 * npm run ml:sentiment:split-uci
 *
 * Pre-registered split of the UCI "Sentiment Labelled Sentences" files in data/uci/ (README there):
 *   * imdb_labelled.txt: entirely held out            → data/uci/imdb-holdout.tsv
 *   * amazon_cells + yelp: a stratified 30% held out   → data/uci/holdout.tsv, the rest → data/uci/train.tsv
 * Which sentences are held out is fixed by a seeded hash of the normalised text (no randomness at run
 * time, so the split is reproducible and independent of file order). Sentences are deduplicated by
 * normalised text (lower case, letters and digits only); a sentence labelled both ways is dropped; no
 * training sentence has the normalised text of any held-out sentence (UCI held-out parts, or the
 * project's held-out files reviews-holdout-4.tsv / insurance-holdout-3.tsv), and no UCI held-out
 * sentence has the normalised text of a sentence in the project's own training files (OWN_TRAINING).
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseTsv, type Example } from "../evaluate";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DATA = path.resolve(HERE, "../data");
const UCI = path.join(DATA, "uci");
/** Part of each (file, label) group of amazon / yelp that is held out. */
export const HOLDOUT_FRACTION = 0.3;
export const SPLIT_SEED = "safeguard-uci-split-2026-11-25";

export const normalise = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

const rank = (text: string) => createHash("sha256").update(`${SPLIT_SEED}\n${normalise(text)}`).digest("hex");

/** Unique sentences of one file (first occurrence kept; a text labelled both ways is dropped). */
export function dedupe(examples: Example[]): Example[] {
  const byKey = new Map<string, Example | null>();
  for (const e of examples) {
    const k = normalise(e.text);
    const seen = byKey.get(k);
    if (seen === undefined) byKey.set(k, e);
    else if (seen !== null && seen.gold !== e.gold) byKey.set(k, null);
  }
  return [...byKey.values()].filter((e): e is Example => e !== null);
}

/** Stratified by label: the HOLDOUT_FRACTION of each label group with the lowest seeded hash. */
export function stratifiedSplit(examples: Example[]): { train: Example[]; holdout: Example[] } {
  const train: Example[] = [], holdout: Example[] = [];
  for (const gold of [0, 1] as const) {
    const group = examples.filter((e) => e.gold === gold).sort((a, b) => (rank(a.text) < rank(b.text) ? -1 : 1));
    const k = Math.round(group.length * HOLDOUT_FRACTION);
    holdout.push(...group.slice(0, k));
    train.push(...group.slice(k));
  }
  const byLine = (a: Example, b: Example) => a.line - b.line;
  return { train: train.sort(byLine), holdout: holdout.sort(byLine) };
}

const load = (file: string) => parseTsv(readFileSync(file, "utf8"));
/** The project's own training files (cli/train.ts TRAINING_FILES without uci/), trained on before this split. */
export const OWN_TRAINING = [
  "insurance-sentences.tsv", "insurance-holdout.tsv", "insurance-holdout-2.tsv", "reviews-heldout.tsv", "reviews-fresh.tsv",
  "reviews-holdout-2.tsv", "reviews-holdout-3.tsv", "insurance-train.tsv", "reviews-train.tsv",
] as const;
const tsv = (rows: Example[]) => rows.map((e) => `${e.text.replace(/\s+/g, " ")}\t${e.gold}`).join("\n") + "\n";

function main(): void {
  const out: string[] = [];
  const parts = { train: [] as Example[], holdout: [] as Example[] };
  const raw = (name: string) => {
    const all = load(path.join(UCI, name));
    const unique = dedupe(all);
    out.push(`${name}: ${all.length} lines, ${unique.length} unique (neg ${unique.filter((e) => e.gold === 0).length} / pos ${unique.filter((e) => e.gold === 1).length})`);
    return unique;
  };
  for (const name of ["amazon_cells_labelled.txt", "yelp_labelled.txt"]) {
    const { train, holdout } = stratifiedSplit(raw(name));
    parts.train.push(...train);
    parts.holdout.push(...holdout);
  }
  const imdb = raw("imdb_labelled.txt");
  const heldKeys = new Set(
    [...parts.holdout, ...imdb, ...load(path.join(DATA, "reviews-holdout-4.tsv")), ...load(path.join(DATA, "insurance-holdout-3.tsv"))].map((e) => normalise(e.text)),
  );
  const trainKeys = new Set<string>();
  const train = parts.train.filter((e) => {
    const k = normalise(e.text);
    if (heldKeys.has(k) || trainKeys.has(k)) return false;
    trainKeys.add(k);
    return true;
  });
  out.push(`dropped from training as copies of held-out or other training sentences: ${parts.train.length - train.length}`);
  // a held-out sentence must be unseen: none that the project's own training files already hold
  const holdKeys = new Set(OWN_TRAINING.flatMap((f) => load(path.join(DATA, f))).map((e) => normalise(e.text)));
  const before = parts.holdout.length + imdb.length;
  const holdout = parts.holdout.filter((e) => !holdKeys.has(normalise(e.text)) && holdKeys.add(normalise(e.text)));
  const imdbHold = imdb.filter((e) => !holdKeys.has(normalise(e.text)));
  out.push(`dropped from the held-out parts as copies of own training sentences or of each other: ${before - holdout.length - imdbHold.length}`);
  for (const [file, rows] of [["train.tsv", train], ["holdout.tsv", holdout], ["imdb-holdout.tsv", imdbHold]] as const) {
    writeFileSync(path.join(UCI, file), tsv(rows));
    out.push(`wrote data/uci/${file}: ${rows.length} (neg ${rows.filter((e) => e.gold === 0).length} / pos ${rows.filter((e) => e.gold === 1).length})`);
  }
  process.stdout.write(out.join("\n") + "\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
