import type * as http from "node:http";
import { normaliseAddress } from "@/lib/auth/client-address";

const INSTALLED = Symbol.for("safeguard.forwardPeerAddress");

/**
 * Next.js gives route handlers, server actions and next-auth no access to the TCP peer (`request.ip` was
 * removed in Next 15), and `next start` only fills X-Forwarded-For when the client left it out — so a
 * client that sends its own header chooses the address our limits see. This appends the real peer to
 * X-Forwarded-For on every incoming request before Next reads it, exactly as a well-behaved reverse proxy
 * does; clientAddressFrom() then reads from the right-hand end. Installed once per process from
 * instrumentation.ts (register() runs before the server answers its first request).
 */
export function installPeerAddressForwarding(httpModule: typeof http): void {
  const proto = httpModule.Server.prototype as unknown as { emit: (event: string, ...args: unknown[]) => boolean; [INSTALLED]?: boolean };
  if (proto[INSTALLED]) return;
  const emit = proto.emit;
  proto.emit = function (this: unknown, event: string, ...args: unknown[]) {
    if (event === "request") appendPeer(args[0] as http.IncomingMessage);
    return emit.call(this, event, ...args);
  };
  proto[INSTALLED] = true;
}

/** Appends the socket's remote address to X-Forwarded-For (one header, comma-separated). */
export function appendPeer(req: http.IncomingMessage): void {
  const peer = req.socket?.remoteAddress;
  if (!peer) return;
  const existing = req.headers["x-forwarded-for"];
  const prior = Array.isArray(existing) ? existing.join(", ") : existing;
  req.headers["x-forwarded-for"] = prior ? `${prior}, ${normaliseAddress(peer)}` : normaliseAddress(peer);
}
