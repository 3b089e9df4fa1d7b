import { describe, expect, it } from "vitest";
import {
  AFTER_CONTRAST_WEIGHT, BEFORE_CONTRAST_WEIGHT, EXCLAMATION_INCREMENT, QUESTION_NEGATIVE_WEIGHT, QUESTION_POSITIVE_WEIGHT,
  UNREALISED_POSITIVE_WEIGHT,
} from "./constants";
import { findItems } from "./items";
import { clauseWeights, questionFactors, sumSentences } from "./sentences";
import { analyse } from "./tokens";

function weighted(text: string) {
  const analysed = analyse(text);
  const { items, consumed } = findItems(analysed);
  return { analysed, w: clauseWeights(analysed.toks, analysed.sentences, items, consumed) };
}
const weightOf = (w: ReturnType<typeof weighted>["w"], text: string) => w.weight[w.items.findIndex((it) => it.text === text)];

describe("sentence sums (phase 4)", () => {
  it("contrast: the clause before 'but' counts less, the clause after more", () => {
    const { w } = weighted("The app is slow but the staff are lovely.");
    expect(weightOf(w, "slow")).toBe(BEFORE_CONTRAST_WEIGHT);
    expect(weightOf(w, "lovely")).toBe(AFTER_CONTRAST_WEIGHT);
  });

  it("a wished-for good outcome is damped", () => {
    const { w } = weighted("I want a quick answer.");
    expect(weightOf(w, "quick")).toBe(UNREALISED_POSITIVE_WEIGHT);
  });

  it("questions damp sentiment; 'why' questions keep their complaint", () => {
    const q = analyse("Is the excellent cover included?");
    expect(questionFactors(q.toks, q.sentences[0])).toEqual([QUESTION_POSITIVE_WEIGHT, QUESTION_NEGATIVE_WEIGHT]);
    const why = analyse("Why is it so slow?");
    expect(questionFactors(why.toks, why.sentences[0])).toEqual([QUESTION_POSITIVE_WEIGHT, 1]);
    // a question about a loss is a request for information, not a complaint
    const loss = analyse("Can I claim for food that spoiled when the freezer broke?");
    const lossFactors = questionFactors(loss.toks, loss.sentences[0]);
    expect(lossFactors[1]).toBeLessThanOrEqual(0.2);
    const short = analyse("Seriously?");
    expect(questionFactors(short.toks, short.sentences[0])).toEqual([1, 1]);
  });

  it("sums sentences and adds '!' emphasis in the direction of the sum", () => {
    const plain = weighted("Great service.");
    const loud = weighted("Great service!!");
    const a = sumSentences(plain.analysed.toks, plain.analysed.sentences, plain.w);
    const b = sumSentences(loud.analysed.toks, loud.analysed.sentences, loud.w);
    expect(a.counted).toBe(1);
    expect(b.total - a.total).toBeCloseTo(EXCLAMATION_INCREMENT * (loud.analysed.toks.filter((t) => t.normal.startsWith("!")).length), 10);
  });
});
