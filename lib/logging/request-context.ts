import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

/** The header every request carries (set on the incoming request, echoed on the response). */
export const REQUEST_ID_HEADER = "x-request-id";

type RequestContext = { requestId: string };

// One store per process, shared by every bundle Next builds (instrumentation, routes, pages): a module-level
// instance would be duplicated per bundle.
const KEY = Symbol.for("safeguard.requestContext");
const storage: AsyncLocalStorage<RequestContext> = ((globalThis as Record<symbol, unknown>)[KEY] ??= new AsyncLocalStorage<RequestContext>()) as AsyncLocalStorage<RequestContext>;

// A platform's request id is an opaque token; anything longer or stranger than this is not one.
const SAFE_ID = /^[A-Za-z0-9._:=/+-]{1,128}$/;

/**
 * The id for one request: the platform's (from `trustedHeader`, when one is configured and its value looks
 * like an id), else a fresh UUID. A client-sent `x-request-id` is never trusted unless configured, so
 * nobody can make their requests look like someone else's in the logs.
 */
export function chooseRequestId(headers: Record<string, string | string[] | undefined>, trustedHeader: string | undefined): string {
  if (trustedHeader) {
    const raw = headers[trustedHeader.toLowerCase()];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value && SAFE_ID.test(value.trim())) return value.trim();
  }
  return randomUUID();
}

/** Runs `fn` with `requestId` as the current request's id (log lines written inside carry it). */
export function runWithRequestId<T>(requestId: string, fn: () => T): T {
  return storage.run({ requestId }, fn);
}

/**
 * Makes `requestId` current for the rest of this synchronous execution and everything it schedules. Used
 * where Node announces a request (before Next handles it), which offers no callback to wrap.
 */
export function enterRequestContext(requestId: string): void {
  storage.enterWith({ requestId });
}

/** The current request's id, if this code runs on behalf of a request. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
