import { describe, expect, it } from "vitest";
import { decideWithModel } from "./layer";
import { predictProba, softmaxOver, train, type TrainingExample } from "./softmax";

const ex = (words: string[], gold: number, allowed: readonly number[] = [0, 1, 2]): TrainingExample => ({
  features: new Map([["bias", 1], ...words.map((w) => [w, 1] as [string, number])]),
  gold,
  allowed,
});

const data: TrainingExample[] = [
  ex(["broke", "week"], 0), ex(["broke", "again"], 0), ex(["waited", "week"], 0),
  ex(["lovely", "staff"], 2), ex(["lovely", "food"], 2), ex(["quick", "payout"], 2),
  ex(["how", "claim"], 1), ex(["how", "renew"], 1), ex(["please", "update"], 1),
  ex(["cracked", "screen"], 0, [0, 2]), ex(["gorgeous", "screen"], 2, [0, 2]),
];
const opts = { l2: 0.001, epochs: 300, learningRate: 0.05, minCount: 1 };

describe("softmax model", () => {
  it("softmax over allowed classes only sums to 1 and leaves the others at 0", () => {
    const p = softmaxOver([1, 5, 2], [0, 2]);
    expect(p[1]).toBe(0);
    expect(p[0] + p[2]).toBeCloseTo(1, 10);
    expect(p[2]).toBeGreaterThan(p[0]);
  });

  it("fits a small separable set and predicts it back", () => {
    const model = train(data, opts);
    const cls = (words: string[]) => {
      const p = predictProba(model, ex(words, 0).features).probabilities;
      return p.indexOf(Math.max(...p));
    };
    expect(cls(["broke", "week"])).toBe(0);
    expect(cls(["lovely", "staff"])).toBe(2);
    expect(cls(["how", "claim"])).toBe(1);
    expect(cls(["cracked"])).toBe(0);
  });

  it("is deterministic, and two-class examples never train the neutral column", () => {
    const a = train(data, opts);
    expect(train(data, opts)).toEqual(a);
    expect(a.weights.gorgeous[1]).toBe(0);
    expect(a.weights.cracked[1]).toBe(0);
  });

  it("weights examples: weight 2 is the same as the example twice, weight 0 as leaving it out", () => {
    const extra = ex(["cracked", "lovely"], 2, [0, 2]);
    const twice = train([...data, extra, extra], opts);
    const weighted = train([...data, { ...extra, weight: 2 }], opts);
    for (const [name, row] of Object.entries(twice.weights)) row.forEach((w, c) => expect(weighted.weights[name][c], name).toBeCloseTo(w, 4));
    const without = train(data, opts);
    const zero = train([...data, { ...extra, weight: 0 }], opts);
    for (const [name, row] of Object.entries(without.weights)) row.forEach((w, c) => expect(zero.weights[name][c], name).toBeCloseTo(w, 4));
  });

  it("drops words below minCount from the vocabulary but keeps the bias", () => {
    const model = train(data, { ...opts, minCount: 2 });
    expect(model.weights.gorgeous).toBeUndefined();
    expect(model.weights.broke).toBeDefined();
    expect(model.weights.bias).toBeDefined();
  });
});

describe("model layer decision", () => {
  const model = {
    classes: ["negative", "neutral", "positive"],
    weights: { bias: [0, 0.5, 0], broke: [2, 0, -1], lovely: [-1, 0, 2], "lexicon:score": [-1, 0, 1] },
  };
  it("labels by the most probable class; score = P(positive) − P(negative); polarity is its sign", () => {
    const d = decideWithModel(model, new Map([["bias", 1], ["broke", 1]]));
    expect(d.label).toBe("negative");
    expect(d.polarity).toBe("negative");
    expect(d.score).toBeLessThan(0);
    expect(d.signals[0]).toMatch(/^model: negative \(negative 0\.\d+, neutral 0\.\d+, positive 0\.\d+\)$/);
    expect(d.signals[1]).toBe('words leaning negative: "broke" -3');
  });
  it("neutral can win the label while polarity still gives a two-class answer", () => {
    const d = decideWithModel(model, new Map([["bias", 1], ["lexicon:score", 0.2]]));
    expect(d.label).toBe("neutral");
    expect(d.polarity).toBe("positive");
    expect(d.score).toBeGreaterThan(0);
  });
  it("an exact tie falls back to the lexicon's zero-evidence polarity (negative)", () => {
    const d = decideWithModel(model, new Map([["bias", 1]]));
    expect(d).toMatchObject({ label: "neutral", polarity: "negative", score: 0 });
  });
});
