/**
 * Multinomial logistic regression (softmax) over sparse named features, trained by full-batch
 * gradient descent (Adam) with L2: deterministic, so the same data gives the same model.
 * Examples labelled only positive/negative (two-class review sets) are fitted on those two classes
 * alone: they say nothing about neutral.
 */
import type { Features } from "./features";

export const CLASSES = ["negative", "neutral", "positive"] as const;
export type ModelClass = (typeof CLASSES)[number];

export interface TrainingExample {
  features: Features;
  /** Index into CLASSES. */
  gold: number;
  /** Classes this example's data set can express (two-class sets: negative and positive only). */
  allowed: readonly number[];
  /** The sentence, for error listings. */
  text?: string;
  /** How much this example counts in the loss (default 1); the loss is the weighted mean. */
  weight?: number;
}

export interface TrainOptions {
  /** L2 penalty on the weights (not on the bias), per example. */
  l2: number;
  epochs: number;
  learningRate: number;
  /** A word feature must occur in at least this many training texts to enter the vocabulary. */
  minCount: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { l2: 0.001, epochs: 400, learningRate: 0.05, minCount: 1 };

export interface SoftmaxModel {
  classes: readonly string[];
  /** Feature name → row of weights, one per class. */
  weights: Record<string, number[]>;
}

/** Word features are counted toward minCount; the lexicon and flag features always enter. */
const ALWAYS = (name: string) => name.startsWith("lexicon:") || name.startsWith("vec:") || name === "bias" || name === "question" || name === "exclamation";

export function train(examples: TrainingExample[], opts: TrainOptions = DEFAULT_TRAIN_OPTIONS): SoftmaxModel {
  const df = new Map<string, number>();
  for (const ex of examples) for (const name of ex.features.keys()) df.set(name, (df.get(name) ?? 0) + 1);
  const names = [...df.keys()].filter((n) => ALWAYS(n) || (df.get(n) ?? 0) >= opts.minCount).sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const C = CLASSES.length;
  const rows = examples.map((ex) => {
    const kept = [...ex.features].filter(([name]) => index.has(name));
    return { idx: Int32Array.from(kept, ([name]) => index.get(name)!), val: Float64Array.from(kept, ([, x]) => x) };
  });
  const W = new Float64Array(names.length * C);
  const m = new Float64Array(W.length), v = new Float64Array(W.length), g = new Float64Array(W.length);
  const biasIx = index.get("bias");
  const b1 = 0.9, b2 = 0.999, eps = 1e-8;
  const n = examples.reduce((sum, ex) => sum + (ex.weight ?? 1), 0);
  const z = [0, 0, 0];
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    g.fill(0);
    for (let e = 0; e < examples.length; e++) {
      const { idx, val } = rows[e];
      const ex = examples[e];
      for (let c = 0; c < C; c++) {
        let s = 0;
        for (let k = 0; k < idx.length; k++) s += W[idx[k] * C + c] * val[k];
        z[c] = s;
      }
      const p = softmaxOver(z, ex.allowed);
      for (const c of ex.allowed) {
        const d = ((ex.weight ?? 1) * (p[c] - (c === ex.gold ? 1 : 0))) / n;
        for (let k = 0; k < idx.length; k++) g[idx[k] * C + c] += d * val[k];
      }
    }
    for (let j = 0; j < names.length; j++) {
      if (j === biasIx) continue;
      for (let c = 0; c < C; c++) g[j * C + c] += opts.l2 * W[j * C + c];
    }
    const c1 = 1 - b1 ** epoch, c2 = 1 - b2 ** epoch;
    for (let i = 0; i < W.length; i++) {
      m[i] = b1 * m[i] + (1 - b1) * g[i];
      v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
      W[i] -= (opts.learningRate * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + eps);
    }
  }
  const weights: Record<string, number[]> = {};
  names.forEach((name, j) => {
    const row = CLASSES.map((_, c) => Math.round(W[j * C + c] * 1e5) / 1e5);
    if (row.some((w) => w !== 0)) weights[name] = row;
  });
  return { classes: [...CLASSES], weights };
}

/** Softmax restricted to `allowed` classes (others get probability 0). */
export function softmaxOver(z: number[], allowed: readonly number[]): number[] {
  const max = Math.max(...allowed.map((c) => z[c]));
  const e = z.map((x, c) => (allowed.includes(c) ? Math.exp(x - max) : 0));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / s);
}

export interface Prediction {
  /** Probabilities in CLASSES order. */
  probabilities: number[];
  /** Per feature present: its contribution (weight × value) to positive minus negative. */
  contributions: Array<{ name: string; toward: number }>;
}

const ALL = [0, 1, 2] as const;

export function predictProba(model: SoftmaxModel, features: Features): Prediction {
  const z = [0, 0, 0];
  const contributions: Prediction["contributions"] = [];
  for (const [name, x] of features) {
    const w = model.weights[name];
    if (!w) continue;
    for (let c = 0; c < 3; c++) z[c] += w[c] * x;
    contributions.push({ name, toward: (w[2] - w[0]) * x });
  }
  return { probabilities: softmaxOver(z, ALL), contributions };
}
