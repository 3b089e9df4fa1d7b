import { notFound } from "next/navigation";
import { connection } from "next/server";

// A URL that matches no other route lands here, so its not-found page (app/not-found.tsx) is rendered per
// request instead of served from the build: proxy.ts cannot tell such URLs from real pages and gives them the
// per-request nonce CSP, and only a page rendered per request carries that nonce on its scripts (the header's
// client island would not run on the prerendered one). More specific routes and public files always win.
export default async function UnmatchedUrl(): Promise<never> {
  await connection();
  notFound();
}
