import { Readable } from "node:stream";
import { exportClaimsCsv } from "@/lib/admin/queries";
import { parseClaimsFilter } from "@/lib/admin/claims-filter";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/**
 * The claims desk's CSV export for the filters in the query string (the desk's own URL parameters).
 * Admin only, checked in lib/admin/queries; anyone else gets the same 404 as an unknown URL
 * (signed out: 401). Streamed: rows go out as the database returns them.
 */
export async function GET(req: Request) {
  const filter = parseClaimsFilter(new URL(req.url).searchParams);
  try {
    const csv = await exportClaimsCsv(filter);
    const day = new Date().toISOString().slice(0, 10);
    return new Response(Readable.toWeb(csv) as ReadableStream, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="claims-${day}.csv"`,
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (e) {
    if (e instanceof AppError && e.code === "UNAUTHORIZED") return new Response("Not signed in", { status: 401 });
    if (e instanceof AppError && e.code === "FORBIDDEN") return new Response("Not found", { status: 404 });
    throw e;
  }
}
