import { scrapeMetrics } from "@/lib/metrics/scrape";

export const dynamic = "force-dynamic";

/** Prometheus scrape endpoint, behind `Authorization: Bearer $METRICS_TOKEN` (404 when no token is set). */
export async function GET(req: Request) {
  const r = await scrapeMetrics(req.headers.get("authorization"));
  const headers: Record<string, string> = { "Content-Type": r.contentType ?? "text/plain; charset=utf-8", "Cache-Control": "no-store" };
  if (r.status === 401) headers["WWW-Authenticate"] = 'Bearer realm="metrics"';
  return new Response(r.body, { status: r.status, headers });
}
