import type { IncomingMessage } from "node:http";

/** HTTPS as the browser sees it: APP_URL says so, or the request (or a proxy in front) used it. */
export function isHttpsRequest(req: Request): boolean {
  return new URL(req.url).protocol === "https:" || (process.env.APP_URL ?? "").startsWith("https:") || req.headers.get("x-forwarded-proto") === "https";
}

/**
 * The same rule for a Node request: the /verify Pages API route (pages/api/verify-qr) gets no web Request. The web
 * Request's URL is the one Next builds: https when the connection is TLS or X-Forwarded-Proto contains "https"
 * (next/dist/server/lib/router-utils/resolve-routes.js), so exactly those are trusted here, and nothing more.
 */
export function isHttpsNodeRequest(req: Pick<IncomingMessage, "headers" | "socket">): boolean {
  const proto = req.headers["x-forwarded-proto"];
  const forwarded = typeof proto === "string" ? proto : "";
  const tls = (req.socket as { encrypted?: boolean } | undefined)?.encrypted === true;
  return tls || forwarded.includes("https") || (process.env.APP_URL ?? "").startsWith("https:");
}
