// Our npm registry mirror serves only the platform binaries for Linux x64. When npm writes the lock
// file here it leaves out the other platforms' optional packages (e.g. @next/swc-darwin-arm64), and
// `npm ci` then refuses the lock as "out of sync". This adds those entries back as optional packages
// for their own os/cpu, which npm ci skips on this platform without downloading them. Idempotent;
// run it after any `npm install` that rewrites package-lock.json (.ci/run runs it before npm ci).
import fs from "node:fs";

const file = "package-lock.json";
const lock = JSON.parse(fs.readFileSync(file, "utf8"));
const pkgs = lock.packages;
const OS = ["darwin", "win32", "linux", "android", "freebsd", "openbsd", "sunos", "aix", "netbsd"];
const CPU = { arm64: "arm64", x64: "x64", arm: "arm", ia32: "ia32", wasm32: "wasm32", riscv64: "riscv64", s390x: "s390x", ppc64: "ppc64", loong64: "loong64" };

function platformOf(name) {
  const parts = name.split("/").pop().split("-");
  const os = parts.find((p) => OS.includes(p));
  const cpu = parts.map((p) => CPU[p]).find(Boolean);
  if (!cpu) return null;
  return { ...(os ? { os: [os] } : {}), cpu: [cpu] };
}

let added = 0;
for (const [where, meta] of Object.entries(pkgs)) {
  for (const [dep, spec] of Object.entries(meta.optionalDependencies ?? {})) {
    const nested = `${where ? `${where}/` : ""}node_modules/${dep}`;
    if (pkgs[nested] || pkgs[`node_modules/${dep}`]) continue;
    const platform = platformOf(dep);
    if (!platform || !/^\d+\.\d+\.\d+/.test(spec)) continue;
    pkgs[`node_modules/${dep}`] = { version: spec, optional: true, ...platform };
    added++;
  }
}
if (added) {
  lock.packages = Object.fromEntries(Object.entries(pkgs).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
  fs.writeFileSync(file, JSON.stringify(lock, null, 2) + "\n");
}
console.log(`complete-lockfile: ${added} platform package entr${added === 1 ? "y" : "ies"} added`);
