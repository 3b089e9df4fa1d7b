import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normalise, OWN_TRAINING } from "../cli/split";
import { FILE_WEIGHTS, HELD_OUT_FILES, MODEL_FILE, MODEL_VERSION, TRAINING_FILES } from "../cli/train";
import { parseTsv } from "../evaluate";
import { MODEL, scoreSentimentCore } from "../core";

const ROOT = path.resolve(__dirname, "../../..");

describe("shipped sentiment model (model/sentiment-model.json)", () => {
  it("is the current format and version, trained on exactly the development files as they are now", () => {
    expect(MODEL.format).toBe("safeguard-sentiment-softmax/1");
    expect(MODEL.version).toBe(MODEL_VERSION);
    expect(MODEL.classes).toEqual(["negative", "neutral", "positive"]);
    expect(MODEL.trainedOn.map((t) => path.relative("ml/sentiment/data", t.file))).toEqual([...TRAINING_FILES]);
    for (const t of MODEL.trainedOn) {
      // a changed training file means the model must be retrained: npm run ml:sentiment:train
      const sha = createHash("sha256").update(readFileSync(path.join(ROOT, t.file))).digest("hex");
      expect(sha, t.file).toBe(t.sha256);
    }
    expect(JSON.parse(readFileSync(MODEL_FILE, "utf8")).version).toBe(MODEL_VERSION);
  });

  it("never saw a held-out set, nor any held-out sentence under another file name", () => {
    const trained = new Set(MODEL.trainedOn.map((t) => path.relative("ml/sentiment/data", t.file)));
    for (const f of HELD_OUT_FILES) expect(trained.has(f), f).toBe(false);
    const texts = (file: string) => parseTsv(readFileSync(path.join(ROOT, "ml/sentiment/data", file), "utf8")).map((e) => normalise(e.text));
    const heldOut = new Set(HELD_OUT_FILES.flatMap(texts));
    for (const f of TRAINING_FILES) {
      const leaked = texts(f).filter((t) => heldOut.has(t));
      expect(leaked, f).toEqual([]);
    }
  });

  it("the UCI split kept out of its held-out parts every sentence of the project's own training files", () => {
    expect([...OWN_TRAINING]).toEqual(TRAINING_FILES.filter((f) => !f.startsWith("uci/") && !f.startsWith("rt/")));
  });

  it("records the UCI and rt-polarity weights it was trained with", () => {
    expect(MODEL.options.uciWeight).toBe(FILE_WEIGHTS["uci/train.tsv"]);
    expect(MODEL.options.rtWeight).toBe(FILE_WEIGHTS["rt/train.tsv"]);
  });

  it("keeps the result shape and readable signals", () => {
    const r = scoreSentimentCore("Nobody has called me back about my claim in three weeks.");
    expect(r.label).toBe("negative");
    expect(r.polarity).toBe("negative");
    expect(r.score).toBeLessThan(0);
    expect(r.score).toBeGreaterThanOrEqual(-1);
    expect(r.signals[0]).toMatch(/^model 2026-\d\d-\d\d\.\d+: negative \(/);
    expect(scoreSentimentCore("The claim was paid quickly, thank you so much.")).toMatchObject({ label: "positive", polarity: "positive" });
    expect(scoreSentimentCore("How do I add a named driver to my policy?").label).toBe("neutral");
  });
});
