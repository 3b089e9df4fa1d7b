/** HTTPS as the browser sees it: APP_URL says so, or the request (or a proxy in front) used it. */
export function isHttpsRequest(req: Request): boolean {
  return new URL(req.url).protocol === "https:" || (process.env.APP_URL ?? "").startsWith("https:") || req.headers.get("x-forwarded-proto") === "https";
}
