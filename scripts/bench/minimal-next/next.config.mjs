// The framework's ceiling on this machine for the HTTP benchmark (scripts/bench/http.ts): the same `next`
// as the app, no dependencies of its own, one static and one dynamic page. Built into its own folder.
/** @type {import('next').NextConfig} */
const nextConfig = { distDir: process.env.MINIMAL_NEXT_DIST_DIR || ".next", poweredByHeader: false };
export default nextConfig;
