import { describe, expect, it } from "vitest";
import { readCappedBody } from "./read-capped-body";

/** A streamed request body with no Content-Length: `chunks` chunks of `size` bytes, counting how many were pulled. */
function streamingRequest(chunks: number, size: number) {
  const state = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled >= chunks) return controller.close();
      state.pulled++;
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  const request = new Request("http://localhost/api/v1/claims/score", { method: "POST", body, duplex: "half" } as RequestInit);
  return { request, state };
}

describe("readCappedBody", () => {
  it("returns a body within the cap as text", async () => {
    const { request } = streamingRequest(3, 100);
    expect(request.headers.get("content-length")).toBeNull();
    const r = await readCappedBody(request, 300);
    expect(r).toEqual({ ok: true, text: "a".repeat(300) });
  });

  it("stops reading a stream without Content-Length as soon as it passes the cap", async () => {
    // 10,000 chunks of 1 KiB would be 10 MB; the reader must give up after ~4 KiB.
    const { request, state } = streamingRequest(10_000, 1024);
    const r = await readCappedBody(request, 4096);
    expect(r).toEqual({ ok: false, reason: "too_large" });
    expect(state.pulled).toBeLessThanOrEqual(6);
    expect(state.cancelled).toBe(true);
  });

  it("refuses a declared Content-Length over the cap without reading", async () => {
    const request = new Request("http://localhost/x", { method: "POST", body: "x".repeat(2000), headers: { "content-length": "2000" } });
    expect(await readCappedBody(request, 1000)).toEqual({ ok: false, reason: "too_large" });
  });

  it("does not trust a Content-Length that understates the body", async () => {
    const request = new Request("http://localhost/x", { method: "POST", body: "x".repeat(2000), headers: { "content-length": "10" } });
    expect(await readCappedBody(request, 1000)).toEqual({ ok: false, reason: "too_large" });
  });

  it("reads an empty body as empty text and refuses bytes that are not UTF-8", async () => {
    expect(await readCappedBody(new Request("http://localhost/x", { method: "POST" }), 10)).toEqual({ ok: true, text: "" });
    const bad = new Request("http://localhost/x", { method: "POST", body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) });
    expect(await readCappedBody(bad, 10)).toEqual({ ok: false, reason: "not_utf8" });
  });
});
