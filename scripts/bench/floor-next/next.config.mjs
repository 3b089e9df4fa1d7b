// The framework's floor for the app's two public pages (scripts/bench/http.ts): a minimal Next.js app routed exactly
// as the app is, with nothing of the app's own work. It takes the app's own headers() (the security headers on
// every response, the static Content-Security-Policy on the prerendered pages) and rewrites() (/verify/<id> to the
// Pages API route) from the project's next.config.mjs, so a change there changes this floor too.
import appConfig from "../../../next.config.mjs";

const app = appConfig("phase-production-server");

/** @type {import('next').NextConfig} */
const nextConfig = { distDir: ".next", poweredByHeader: false, headers: app.headers, rewrites: app.rewrites };
export default nextConfig;
