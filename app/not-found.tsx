import Link from "next/link";
import { connection } from "next/server";

export const metadata = { title: "Page not found" };

/**
 * Rendered per request on purpose: Next serves this page for every URL that matches no route, and the
 * proxy cannot tell those URLs from real pages, so they get the per-request nonce CSP. A prerendered copy
 * carries no nonce, and under 'strict-dynamic' its scripts would all be refused (the page would not hydrate
 * and the browser would log CSP errors). Not-found pages are not a hot path; the shell pages are.
 */
export default async function NotFound() {
  await connection();
  return (
    <div className="mx-auto max-w-md py-12 text-center">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-2 text-slate-600">We could not find what you were looking for.</p>
      <Link href="/" className="mt-6 inline-block font-medium text-brand-700 underline">
        Go to the home page
      </Link>
    </div>
  );
}
