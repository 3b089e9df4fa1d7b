// Prints one closing line for the whole suite ("tests: N passed, N failed") from the JSON reports that
// scripts/test.sh asks Vitest and Playwright to write into tests/.tmp/reports/.
import fs from "node:fs";
import path from "node:path";

const dir = path.resolve("tests/.tmp/reports");
let passed = 0;
let failed = 0;
let skipped = 0;
for (const f of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
  const r = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"));
  if (f.startsWith("vitest")) {
    passed += r.numPassedTests ?? 0;
    failed += r.numFailedTests ?? 0;
    skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  } else if (f.startsWith("playwright")) {
    passed += (r.stats?.expected ?? 0) + (r.stats?.flaky ?? 0);
    failed += r.stats?.unexpected ?? 0;
    skipped += r.stats?.skipped ?? 0;
  }
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed ? 1 : 0);
