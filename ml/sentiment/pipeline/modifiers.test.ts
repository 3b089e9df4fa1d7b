import { describe, expect, it } from "vitest";
import { NEGATION_SCALAR } from "../lexicon";
import { CAPS_INCREMENT } from "./constants";
import { findItems } from "./items";
import { applyModifiers, isShouting } from "./modifiers";
import { analyse } from "./tokens";

function modified(text: string) {
  const analysed = analyse(text);
  const { items, covered, consumed } = findItems(analysed);
  const base = items.map((it) => it.valence);
  const negators = applyModifiers(analysed.toks, items, covered, consumed, isShouting(text));
  return { items, base, negators };
}

describe("modifiers (phase 3)", () => {
  it("negation multiplies the item by VADER's scalar", () => {
    const { items, base, negators } = modified("The staff were not helpful.");
    expect(items[0].valence).toBeCloseTo(base[0] * NEGATION_SCALAR, 10);
    expect(items[0].notes).toContain('negated by "not"');
    expect(negators.size).toBe(1);
  });

  it("a phrase that carries its own negator is not flipped by an earlier one", () => {
    const { items } = modified("The price doubled with no claims and no explanation.");
    const explanation = items.find((it) => it.text === "no explanation")!;
    expect(explanation.valence).toBeLessThan(0);
    expect(explanation.notes.some((n) => n.startsWith("negated"))).toBe(false);
  });

  it("'barely' before praise negates it, like 'hardly' (VADER only tones it down)", () => {
    const { items } = modified("The fries were barely warm.");
    const warm = items.find((it) => it.text === "warm")!;
    expect(warm.valence).toBeLessThan(0);
    expect(warm.notes).toContain('negated by "barely"');
  });

  it("does not negate across a contrast word", () => {
    const { items, base } = modified("Not cheap, but excellent.");
    const excellent = items.find((it) => it.text === "excellent")!;
    expect(excellent.valence).toBe(base[items.indexOf(excellent)]);
  });

  it("boosters raise and downtoners lower the item's size", () => {
    const up = modified("The service was very good.");
    expect(Math.abs(up.items[0].valence)).toBeGreaterThan(Math.abs(up.base[0]));
    const down = modified("The service was slightly good.");
    expect(Math.abs(down.items[0].valence)).toBeLessThan(Math.abs(down.base[0]));
  });

  it("ALL-CAPS emphasises a word, unless the whole message shouts", () => {
    const caps = modified("The service was TERRIBLE.");
    expect(caps.items[0].valence).toBeCloseTo(caps.base[0] - CAPS_INCREMENT, 10);
    expect(isShouting("THE SERVICE WAS TERRIBLE")).toBe(true);
    const shouting = modified("THE SERVICE WAS TERRIBLE");
    expect(shouting.items.find((it) => it.valence !== 0)!.notes).not.toContain("ALL-CAPS");
  });

  it("'never so' emphasises instead of negating", () => {
    const { items, base } = modified("I have never been so frustrated.");
    const i = items.findIndex((it) => it.text === "frustrated");
    expect(Math.abs(items[i].valence)).toBeGreaterThan(Math.abs(base[i]));
    expect(Math.sign(items[i].valence)).toBe(Math.sign(base[i]));
  });
});
