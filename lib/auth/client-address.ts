import { env } from "@/lib/env";

type HeaderSource = Headers | Record<string, unknown> | undefined | null;

function header(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
  const v = (headers as Record<string, unknown>)[name];
  return typeof v === "string" ? v : Array.isArray(v) ? v.join(", ") : undefined;
}

/**
 * The address a request really came from, for per-address limits. A client can put anything in
 * X-Forwarded-For, so the leftmost entry means nothing; what cannot be forged is the right-hand end:
 * our own server appends the TCP peer (see forward-peer-address.ts), and each trusted proxy in front of
 * us appends the address it saw. With `trustedProxies` proxies, the client is the entry that many places
 * left of the last one. Anything further left was written by the client and is ignored.
 */
export function clientAddressFrom(headers: HeaderSource, trustedProxies: number = env().TRUSTED_PROXY_COUNT): string | null {
  const chain = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (chain.length === 0) return null;
  // Fewer entries than proxies means a misconfiguration; the leftmost is then the best we have.
  const entry = chain[Math.max(0, chain.length - 1 - trustedProxies)];
  return normaliseAddress(entry);
}

/** "::ffff:127.0.0.1" → "127.0.0.1"; drops a port from "1.2.3.4:5678"; caps the length (it becomes a key). */
export function normaliseAddress(address: string): string {
  let a = address.trim().toLowerCase();
  if (a.startsWith("::ffff:") && a.includes(".")) a = a.slice(7);
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(a);
  if (v4WithPort) a = v4WithPort[1];
  const bracketed = /^\[([0-9a-f:.]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1];
  return a.slice(0, 64);
}
