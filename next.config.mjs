import fs from "node:fs";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants.js";
import { staticPageHeaders } from "./lib/security/security-headers.mjs";

// Separate build folders let several working copies of the test suite run side by side (NEXT_DIST_DIR).
const distDir = process.env.NEXT_DIST_DIR || ".next";

// `next build` adds `<distDir>/types/**/*.ts` to the include list of the tsconfig it builds with. tsconfig.json
// lists the default folder's; a build into another folder gets a tsconfig of its own (ignored by git) that extends
// tsconfig.json and already lists that folder's types, so Next has nothing to add and tsconfig.json stays as committed.
function tsconfigFor(dir) {
  if (dir === ".next") return undefined;
  const file = `tsconfig.dist-${dir.replace(/[^A-Za-z0-9_.-]+/g, "_")}.json`;
  const types = dir.replaceAll("\\", "/");
  const content = `${JSON.stringify(
    {
      extends: "./tsconfig.json",
      include: ["next-env.d.ts", "**/*.ts", "**/*.tsx", `${types}/types/**/*.ts`, `${types}/dev/types/**/*.ts`],
      exclude: ["node_modules", ".next"],
    },
    null,
    2,
  )}\n`;
  if (!fs.existsSync(file) || fs.readFileSync(file, "utf8") !== content) fs.writeFileSync(file, content);
  return file;
}

/** @param {string} phase @returns {import('next').NextConfig} */
const nextConfig = (phase) => ({
  distDir,
  typescript: { tsconfigPath: tsconfigFor(distDir) },
  // The Docker image runs Next's self-contained server (standalone/server.js); `next start` does not need it.
  ...(process.env.BUILD_STANDALONE === "1" ? { output: "standalone" } : {}),
  // Native modules stay as runtime requires instead of being bundled.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "sharp", "ml-random-forest", "wink-nlp", "wink-eng-lite-web-model", "prom-client"],
  poweredByHeader: false,
  experimental: {
    // Uploads are capped by the actions themselves with a clear message (photos 2 MB; claims up to
    // 5 files of 5 MB = 25 MB). Leave headroom above the largest legitimate post so an oversized
    // file reaches those checks instead of failing inside the framework; the claim form refuses
    // anything bigger before sending and says so if the post is still refused.
    serverActions: { bodySizeLimit: "30mb" },
    // proxy.ts runs for every page, claims forms included; it buffers request bodies up to this
    // size (10 MB by default, silently truncating larger ones), so it must match the action limit.
    proxyClientMaxBodySize: "30mb",
    // Data cached at run time (the /verify facts, one entry per policy: lib/verification/verify-cache.ts) stays in
    // the server's memory (an LRU of cacheMaxMemorySize, 50 MB by default) instead of also being written under
    // the build folder, where a file per policy would pile up with nothing to remove it. The pages prerendered
    // at build time are read from the build as before.
    isrFlushToDisk: false,
  },
  // Pages Router bundles would otherwise load node_modules at run time, and `server-only` (imported by every data
  // module) then resolves to its throwing entry: the Pages API route behind /verify answered 500. Bundled, Next
  // aliases it to its empty server build, as it does for the App Router; the native packages above stay external.
  bundlePagesRouterDependencies: true,
  // The public QR link /verify/<policyId>?s=<signature> is answered by the Pages Router API route
  // pages/api/verify-qr/[policyId].ts (it checks the signature itself; README "Static pages and caches"). An array
  // is Next's afterFiles phase: after the build's files and non-dynamic routes, before dynamic ones, so the rewrite
  // wins over app/[...unmatched] without needing beforeFiles. The browser's address and its query (`s`) are kept;
  // headers() above is matched on that public address, and proxy.ts on it too (its matcher leaves it out).
  async rewrites() {
    return [{ source: "/verify/:policyId", destination: "/api/verify-qr/:policyId" }];
  },
  async headers() {
    return [
      {
        // Every path. An unnamed group rather than "/:path*": Next drops unnamed groups from the match, so nothing
        // is decoded into a parameter and the values below are not run through its parameter compiler per request.
        source: "/(.*)",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          // Nothing here needs these browser features; a script that slipped in cannot use them either.
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), interest-cohort=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
      // The prerendered pages do not run proxy.ts: their Content-Security-Policy (and HSTS) come from here, one
      // entry (plus its HTTPS variant) for all of them.
      ...staticPageHeaders({ dev: phase === PHASE_DEVELOPMENT_SERVER }),
    ];
  },
});

export default nextConfig;
