import Link from "next/link";

const count = new Intl.NumberFormat("en-GB");

/**
 * "Page 2 of 7" with previous/next links that keep the current filters (they live in the URL, so a
 * page is shareable and the back button works).
 */
export function Pagination({ basePath, query, page, pageCount, total, noun }: { basePath: string; query: Record<string, string | undefined>; page: number; pageCount: number; total: number; noun: string }) {
  const href = (p: number) => {
    const sp = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v) sp.set(k, v);
    if (p > 1) sp.set("page", String(p));
    const s = sp.toString();
    return s ? `${basePath}?${s}` : basePath;
  };
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-900 hover:bg-slate-100";
  return (
    <nav aria-label="Pages" className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-slate-700" data-testid="page-status">
        {count.format(total)} {noun} · page {page} of {pageCount}
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link href={href(page - 1)} className={link} rel="prev">
            Previous page
          </Link>
        ) : null}
        {page < pageCount ? (
          <Link href={href(page + 1)} className={link} rel="next">
            Next page
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
