/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let several working copies of the test suite run side by side (NEXT_DIST_DIR).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The Docker image runs Next's self-contained server (standalone/server.js); `next start` does not need it.
  ...(process.env.BUILD_STANDALONE === "1" ? { output: "standalone" } : {}),
  // Native modules stay as runtime requires instead of being bundled.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "sharp", "ml-random-forest", "wink-nlp", "wink-eng-lite-web-model", "prom-client"],
  poweredByHeader: false,
  experimental: {
    // Photos are capped at 2 MB by the action itself (with a clear message); leave headroom so an
    // oversized file reaches that check instead of failing inside the framework.
    serverActions: { bodySizeLimit: "4mb" },
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
