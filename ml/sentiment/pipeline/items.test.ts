import { describe, expect, it } from "vitest";
import { findItems, lexiconValence } from "./items";
import { analyse } from "./tokens";

const itemsOf = (text: string) => findItems(analyse(text)).items.filter((it) => it.valence !== 0);

describe("valence items (phase 2)", () => {
  it("takes breadth from the general lexicon for words we never listed", () => {
    const [item] = itemsOf("The soundtrack is gorgeous.");
    expect(item).toMatchObject({ text: "gorgeous", kind: "word" });
    expect(item.valence).toBeGreaterThan(2);
  });

  it("keeps the insurance vocabulary: insured events and payments are facts, not complaints", () => {
    expect(itemsOf("The accident caused damage and the theft was reported.")).toEqual([]);
    expect(itemsOf("They paid the claim.")).toEqual([]);
    const { toks } = analyse("I was overcharged.");
    expect(lexiconValence(toks.find((t) => t.normal === "overcharged")!)).toBeLessThan(-2);
  });

  it("a phrase wins over the words inside it", () => {
    const items = itemsOf("It was a waste of money.");
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: "phrase", text: "waste of money" });
  });

  it("turns durations into slow, fast or unresolved items", () => {
    expect(itemsOf("It took three weeks to reply.")[0]?.notes).toEqual(["slow"]);
    expect(itemsOf("They replied within two days.")[0]?.notes).toEqual(["fast"]);
    expect(itemsOf("I wrote three weeks ago and nobody has answered.").some((it) => it.notes.includes("unresolved after"))).toBe(true);
  });

  it("'still' before praise is lasting quality, not an unresolved wait", () => {
    const lasting = itemsOf("I've had it for six months and it still works like new.");
    expect(lasting.some((it) => it.notes.includes("unresolved after"))).toBe(false);
    expect(lasting.every((it) => it.valence > 0)).toBe(true);
    expect(itemsOf("I wrote six months ago and still have no answer.").some((it) => it.notes.includes("unresolved after"))).toBe(true);
  });

  it("'too' + adjective is an excess complaint", () => {
    const items = itemsOf("The room was too small.");
    expect(items.some((it) => it.notes.includes("excess"))).toBe(true);
    // a positive word after "too" is not praise: "too sweet" is a complaint
    const sweet = itemsOf("The dessert was too sweet.");
    expect(sweet.map((it) => it.notes)).toEqual([["excess"]]);
  });
});
