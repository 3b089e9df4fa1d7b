// A request context entered at the start of every request, as the app's request ids are
// (lib/metrics/http-observer.ts): one more AsyncLocalStorage, which Node 20 propagates to every promise.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { AsyncLocalStorage } = await import("node:async_hooks");
    const { subscribe } = await import("node:diagnostics_channel");
    const context = new AsyncLocalStorage();
    let n = 0;
    subscribe("http.server.request.start", () => context.enterWith({ requestId: String(++n) }));
  }
}
