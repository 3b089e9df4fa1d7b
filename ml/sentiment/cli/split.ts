/**
 * npm run ml:sentiment:split
 *
 * Pre-registered splits of the public data sets (each committed before any training on it):
 *
 * 1. UCI "Sentiment Labelled Sentences" in data/uci/ (README there; 2026-11-25, fourth round):
 *   * imdb_labelled.txt: entirely held out            → data/uci/imdb-holdout.tsv
 *   * amazon_cells + yelp: a stratified 30% held out   → data/uci/holdout.tsv, the rest → data/uci/train.tsv
 * 2. Pang & Lee "sentence polarity dataset v1.0" in data/rt/ (README there; fifth round): the snippets
 *    are detokenised (detokenise()), then a stratified 20% is held out → data/rt/holdout.tsv, the rest
 *    → data/rt/train.tsv. This split never changes the UCI files: an rt held-out snippet that any
 *    existing training file holds is dropped from the held-out part; an rt training snippet that any
 *    held-out file holds is dropped from training.
 * 3. Hu & Liu customer-review sentences (CR, SentEval's custrev.pos / .neg) in data/cr/ (README there;
 *    sixth round, 2026-12-06): detokenised (detokeniseCr()), a stratified 30% held out →
 *    data/cr/holdout.tsv, the rest → data/cr/train.tsv; the same rules against every existing file.
 *
 * Which sentences are held out is fixed by a seeded hash of the normalised text (no randomness at run
 * time, so the split is reproducible and independent of file order). Sentences are deduplicated by
 * normalised text (lower case, letters and digits only); a sentence labelled both ways is dropped; no
 * training sentence has the normalised text of any held-out sentence (UCI / rt held-out parts, or the
 * project's held-out files reviews-holdout-4.tsv / insurance-holdout-3.tsv), and no held-out
 * sentence has the normalised text of a sentence in a training file (OWN_TRAINING, uci/train.tsv).
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseTsv, type Example } from "../evaluate";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DATA = path.resolve(HERE, "../data");
const UCI = path.join(DATA, "uci");
const RT = path.join(DATA, "rt");
const CR = path.join(DATA, "cr");
/** Part of each (file, label) group of amazon / yelp that is held out. */
export const HOLDOUT_FRACTION = 0.3;
export const SPLIT_SEED = "safeguard-uci-split-2026-11-25";
/** Part of each label group of rt-polarity that is held out, and its seed (fifth round, pre-registered). */
export const RT_HOLDOUT_FRACTION = 0.2;
export const RT_SPLIT_SEED = "safeguard-rt-split-2026-11-25";
/** Part of each label group of the Hu & Liu customer reviews (CR) that is held out, and its seed (sixth round, pre-registered). */
export const CR_HOLDOUT_FRACTION = 0.3;
export const CR_SPLIT_SEED = "safeguard-cr-split-2026-12-06";

export const normalise = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

const rank = (text: string, seed: string) => createHash("sha256").update(`${seed}\n${normalise(text)}`).digest("hex");

/**
 * rt-polarity snippets are lower-cased and tokenised ("it's a charming , often affecting journey . ");
 * people type "It's a charming, often affecting journey." Undo the spacing around punctuation,
 * brackets and quotes, join ". . ." into "...", and capitalise sentence openings and "I", so the
 * features (wink-nlp tokens, POS, the opening word) match real text. The words are not changed:
 * normalise(detokenise(s)) === normalise(s).
 */
export function detokenise(s: string): string {
  let t = ` ${s.replace(/\s+/g, " ").trim()} `;
  t = t.replace(/ \.(?: \.)+/g, " ..."); // ". . ." → "..."
  // double quotes: alternate opening / closing when they pair up
  if ((t.match(/ " /g) ?? []).length === (t.match(/"/g) ?? []).length && (t.match(/"/g) ?? []).length % 2 === 0) {
    let open = true;
    t = t.replace(/ " /g, () => ((open = !open) ? `" ` : ` "`));
  }
  t = t.replace(/ ([,.!?;:)%]|\.\.\.)(?= |$)/g, "$1"); // no space before closing punctuation
  t = t.replace(/\( /g, "("); // nor after an opening bracket
  t = t.replace(/ '(?= )/g, "'"); // a standalone closing single quote ("'brazil . '")
  t = t.trim();
  t = t.replace(/(^|(?:[!?]|(?<!\.)\.)["']? +)([a-z])/g, (_, pre: string, c: string) => pre + c.toUpperCase());
  t = t.replace(/(^|[^a-z'])i(?=$|[^a-z]|'(?:m|ve|d|ll)\b)/g, "$1I");
  return t;
}

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

/** Stratified by label: the `fraction` of each label group with the lowest hash under `seed`. */
export function stratifiedSplit(examples: Example[], fraction = HOLDOUT_FRACTION, seed = SPLIT_SEED): { train: Example[]; holdout: Example[] } {
  const train: Example[] = [], holdout: Example[] = [];
  for (const gold of [0, 1] as const) {
    const group = examples.filter((e) => e.gold === gold).sort((a, b) => (rank(a.text, seed) < rank(b.text, seed) ? -1 : 1));
    const k = Math.round(group.length * fraction);
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

/** The rt-polarity snippets as examples (1 = rt-polarity.pos, 0 = rt-polarity.neg), detokenised. */
export function loadRt(): Example[] {
  const lines = (f: string) => readFileSync(path.join(RT, f), "utf8").split("\n").filter((l) => l.trim() !== "");
  const pos = lines("rt-polarity.pos"), neg = lines("rt-polarity.neg");
  return [...pos.map((l, i) => ({ text: detokenise(l), gold: 1 as const, line: i + 1 })), ...neg.map((l, i) => ({ text: detokenise(l), gold: 0 as const, line: pos.length + i + 1 }))];
}

/**
 * CR sentences (SentEval's custrev.pos / custrev.neg) are tokenised like rt-polarity and also split
 * clitics ("do n 't", "it 's") and use `` for quotes; two lines carry the annotators' feature score
 * ("[ -2 ]"), which would give the label away and is removed. Then detokenise() as for rt.
 */
export function detokeniseCr(s: string): string {
  let t = ` ${s.replace(/\s+/g, " ").trim()} `;
  t = t.replace(/ \[ [+-]\d \](?= )/g, "");
  t = t.replace(/ n 't(?= )/g, "n't").replace(/ '(s|re|ve|m|ll|d)(?= )/g, "'$1");
  t = t.replace(/ (``|'') /g, ' " ');
  t = t.replace(/([!?]) \.(?= |$)/g, "$1"); // "great ! ." → "great !"
  return detokenise(t);
}

/** The CR sentences as examples (1 = custrev.pos, 0 = custrev.neg), detokenised. */
export function loadCr(): Example[] {
  const lines = (f: string) => readFileSync(path.join(CR, f), "utf8").split("\n").filter((l) => l.trim() !== "");
  const pos = lines("custrev.pos"), neg = lines("custrev.neg");
  return [...pos.map((l, i) => ({ text: detokeniseCr(l), gold: 1 as const, line: i + 1 })), ...neg.map((l, i) => ({ text: detokeniseCr(l), gold: 0 as const, line: pos.length + i + 1 }))];
}

function write(file: string, rows: Example[], out: string[]): void {
  writeFileSync(path.join(DATA, file), tsv(rows));
  out.push(`wrote data/${file}: ${rows.length} (neg ${rows.filter((e) => e.gold === 0).length} / pos ${rows.filter((e) => e.gold === 1).length})`);
}

/**
 * A later corpus's split: rt-polarity (fifth round), then CR (sixth round, 2026-12-06). Each runs after the
 * splits before it and changes none of their files: `training` / `heldOut` are the normalised texts of every
 * existing training / held-out file, and grow by this corpus's. Writes `<dir>/train.tsv` and `<dir>/holdout.tsv`.
 */
function splitLater(
  c: { label: string; dir: string; unit: string; load: () => Example[]; fraction: number; seed: string },
  training: Set<string>,
  heldOut: Set<string>,
  out: string[],
): void {
  const all = c.load();
  const unique = dedupe(all);
  out.push(`${c.label}: ${all.length} ${c.unit}, ${unique.length} unique (neg ${unique.filter((e) => e.gold === 0).length} / pos ${unique.filter((e) => e.gold === 1).length})`);
  const { train, holdout } = stratifiedSplit(unique, c.fraction, c.seed);
  const hold = holdout.filter((e) => !training.has(normalise(e.text)));
  out.push(`dropped from ${c.dir} held-out as copies of existing training sentences: ${holdout.length - hold.length}`);
  for (const e of hold) heldOut.add(normalise(e.text));
  const fit = train.filter((e) => !heldOut.has(normalise(e.text)));
  out.push(`dropped from ${c.dir} training as copies of held-out sentences: ${train.length - fit.length}`);
  const byLine = (x: Example, y: Example) => x.line - y.line;
  write(`${c.dir}/train.tsv`, fit.sort(byLine), out);
  write(`${c.dir}/holdout.tsv`, hold.sort(byLine), out);
}

const splitRt = (training: Set<string>, heldOut: Set<string>, out: string[]) =>
  splitLater({ label: "rt-polarity", dir: "rt", unit: "snippets", load: loadRt, fraction: RT_HOLDOUT_FRACTION, seed: RT_SPLIT_SEED }, training, heldOut, out);
const splitCr = (training: Set<string>, heldOut: Set<string>, out: string[]) =>
  splitLater({ label: "cr", dir: "cr", unit: "sentences", load: loadCr, fraction: CR_HOLDOUT_FRACTION, seed: CR_SPLIT_SEED }, training, heldOut, out);

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
  for (const [file, rows] of [["train.tsv", train], ["holdout.tsv", holdout], ["imdb-holdout.tsv", imdbHold]] as const) write(`uci/${file}`, rows, out);
  const keys = (rows: Example[]) => rows.map((e) => normalise(e.text));
  const trainingKeys = new Set([...keys(OWN_TRAINING.flatMap((f) => load(path.join(DATA, f)))), ...keys(train)]);
  const heldOutKeys = new Set([...keys(holdout), ...keys(imdbHold), ...keys(load(path.join(DATA, "reviews-holdout-4.tsv"))), ...keys(load(path.join(DATA, "insurance-holdout-3.tsv")))]);
  splitRt(trainingKeys, heldOutKeys, out); // adds the rt held-out snippets to heldOutKeys
  splitCr(new Set([...trainingKeys, ...keys(load(path.join(RT, "train.tsv")))]), heldOutKeys, out);
  process.stdout.write(out.join("\n") + "\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
