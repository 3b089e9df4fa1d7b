/**
 * `npm run bench`: runs every benchmark section and rewrites docs/BENCHMARKS.md with the figures.
 * Sections run one after another in this process so they do not compete for the two cores.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

type Section = { name: string; load: () => Promise<() => Promise<string>> };
const SECTIONS: Section[] = [
  { name: "app", load: async () => (await import("./app")).benchApp },
  { name: "fraud", load: async () => (await import("./fraud")).benchFraud },
  { name: "sentiment", load: async () => (await import("./sentiment")).benchSentiment },
  { name: "api", load: async () => (await import("./api")).benchApi },
  { name: "claims", load: async () => (await import("./claims")).benchClaims },
  { name: "http", load: async () => (await import("./http")).benchHttp },
];
if (fs.existsSync(path.resolve("scripts/bench/notifications.ts"))) {
  SECTIONS.push({ name: "notifications", load: async () => (await import("./notifications" as string)).benchNotifications });
}

const only = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const parts: string[] = [];
for (const s of SECTIONS) {
  if (only.length && !only.includes(s.name)) continue;
  console.error(`== bench: ${s.name} ==`);
  const t0 = performance.now();
  parts.push(await (await s.load())());
  console.error(`   ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

const header = [
  "# Benchmarks",
  "",
  "Regenerate with `npm run bench` (all sections) or `npm run bench -- <section>` (app, fraud, sentiment, api, claims, http, notifications).",
  `Last run: ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.`,
  "Figures are wall-clock on a shared machine: compare runs on the same machine, not across machines.",
  "",
].join("\n");
const out = path.resolve("docs/BENCHMARKS.md");
if (only.length && fs.existsSync(out)) {
  // Partial run: replace only the sections that ran, keep the others.
  let doc = fs.readFileSync(out, "utf8");
  for (const p of parts) {
    const title = p.split("\n")[0];
    const re = new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[\\s\\S]*?(?=\\n## |$)`);
    doc = re.test(doc) ? doc.replace(re, p.trimEnd() + "\n") : doc.trimEnd() + "\n\n" + p;
  }
  fs.writeFileSync(out, doc);
} else {
  fs.writeFileSync(out, header + "\n" + parts.map((p) => p.trimEnd()).join("\n\n") + "\n");
}
console.error(`wrote ${path.relative(process.cwd(), out)}`);
