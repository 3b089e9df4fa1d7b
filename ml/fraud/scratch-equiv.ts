import { RandomForestClassifier } from "ml-random-forest";
import { createRandom } from "./seeded-random";
import { trainForest } from "./train-forest";
const r = createRandom(3);
const X: number[][] = [], y: number[] = [];
for (let i = 0; i < 800; i++) { const row = Array.from({ length: 30 }, (_, j) => (j < 15 ? Math.floor(r() * 32) : j < 25 ? (r() < 0.3 ? 1 : 0) : Math.round(r() * 1000) / 1000)); X.push(row); y.push(row[0] + row[15] * 8 + row[26] * 10 + r() * 30 > 35 ? 1 : 0); }
const opts = { nEstimators: 20, maxFeatures: 0.4, replacement: false, seed: 9, noOOB: true, treeOptions: { maxDepth: 8, minNumSamples: 8 } };
let t = performance.now();
const a = new RandomForestClassifier(opts); a.train(X, y);
const ta = performance.now() - t;
trainForest(X.slice(0, 20), y.slice(0, 20), { nEstimators: 1, maxFeatures: 1, maxDepth: 2, minNumSamples: 2 }, 1);
t = performance.now();
const b = new RandomForestClassifier(opts); b.train(X, y);
const tb = performance.now() - t;
const ja = (a.toJSON() as any).baseModel.estimators.map((e: any) => JSON.stringify(e, (k, v) => (k === "gain" ? undefined : v)));
const jb = (b.toJSON() as any).baseModel.estimators.map((e: any) => JSON.stringify(e, (k, v) => (k === "gain" ? undefined : v)));
console.log("library ms", ta.toFixed(0), "fast ms", tb.toFixed(0), "identical trees", ja.filter((s: string, i: number) => s === jb[i]).length, "/", ja.length, "positives", y.filter((v) => v).length);
const pa = a.predict(X), pb = b.predict(X);
console.log("same predictions", pa.filter((v, i) => v === pb[i]).length);
