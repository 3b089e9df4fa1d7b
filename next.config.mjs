/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let several working copies of the test suite run side by side (NEXT_DIST_DIR).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Native modules stay as runtime requires instead of being bundled.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "sharp", "ml-random-forest", "wink-nlp", "wink-eng-lite-web-model"],
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
          // Nothing here needs these browser features; a script that slipped in cannot use them either.
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), interest-cohort=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
