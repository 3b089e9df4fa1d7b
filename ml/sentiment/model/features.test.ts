import { describe, expect, it } from "vitest";
import { analyse } from "../pipeline/tokens";
import { extractFeatures } from "./features";

const lex = { score: -0.4, positive: 0.2, negative: -0.5, counted: 2 };
const f = (text: string, l = lex) => extractFeatures(analyse(text).toks, l);

describe("model features", () => {
  it("carries the lexicon's evidence and a bias", () => {
    const x = f("Fine.");
    expect(x.get("lexicon:score")).toBe(-0.4);
    expect(x.get("lexicon:positive")).toBe(0.2);
    expect(x.get("lexicon:negative")).toBe(-0.5);
    expect(x.get("bias")).toBe(1);
    expect(x.has("lexicon:none")).toBe(false);
    expect(f("Fine.", { score: 0, positive: 0, negative: 0, counted: 0 }).get("lexicon:none")).toBe(1);
  });

  it("uses lower-cased lemmas, word pairs within a clause, the opening word, and one key for numbers", () => {
    const x = f("The battery DIED after 2 days, sadly.");
    expect(x.get("die")).toBe(1);
    expect(x.get("battery die")).toBe(1);
    expect(x.get("after #num")).toBe(1);
    expect(x.get("first:the")).toBe(1);
    expect(x.has("day sadly")).toBe(false); // the comma ends the clause
  });

  it("marks words after a negator until the clause ends or a contrast word", () => {
    const x = f("It did not work, and nobody called back but the refund came.");
    expect(x.get("not_work")).toBe(1);
    expect(x.has("work")).toBe(false);
    expect(x.get("not_call")).toBe(1);
    expect(x.get("refund")).toBe(1);
    expect(x.has("not_refund")).toBe(false);
  });

  it("flags questions and exclamations", () => {
    expect(f("Is my shed covered?").get("question")).toBe(1);
    expect(f("Is my shed covered.").has("question")).toBe(false);
    expect(f("Brilliant!").get("exclamation")).toBe(1);
  });
});
