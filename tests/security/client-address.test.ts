// Finding 2: the per-address limit must use an address the client cannot choose.
import http from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { appendPeer, installPeerAddressForwarding } from "@/lib/auth/forward-peer-address";

describe("clientAddressFrom", () => {
  it("ignores entries the client wrote: with no trusted proxy the peer (last entry) counts", () => {
    expect(clientAddressFrom({ "x-forwarded-for": "6.6.6.6, 127.0.0.1" }, 0)).toBe("127.0.0.1");
    expect(clientAddressFrom(new Headers({ "x-forwarded-for": "1.1.1.1,2.2.2.2, 10.0.0.5" }), 0)).toBe("10.0.0.5");
  });
  it("with N trusted proxies takes the entry the outermost trusted proxy added", () => {
    // client → proxy (adds the client's real address 203.0.113.7) → app (adds the proxy 10.0.0.2)
    expect(clientAddressFrom({ "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.2" }, 1)).toBe("203.0.113.7");
    expect(clientAddressFrom({ "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.3, 10.0.0.2" }, 2)).toBe("203.0.113.7");
  });
  it("normalises IPv4-mapped IPv6 and returns null without any address", () => {
    expect(clientAddressFrom({ "x-forwarded-for": "::ffff:127.0.0.1" }, 0)).toBe("127.0.0.1");
    expect(clientAddressFrom({}, 0)).toBeNull();
  });
});

describe("peer address forwarding on a real HTTP server", () => {
  it("appends the TCP peer to X-Forwarded-For, so a spoofed header cannot pick the address", async () => {
    installPeerAddressForwarding(http);
    installPeerAddressForwarding(http); // idempotent
    const seen: string[] = [];
    const server = http.createServer((req, res) => {
      seen.push(String(req.headers["x-forwarded-for"]));
      res.end("ok");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    const { port } = server.address() as { port: number };
    try {
      for (const spoof of ["6.6.6.6", "203.0.113.1, 203.0.113.2"]) {
        const res = await fetch(`http://127.0.0.1:${port}/`, { headers: { "x-forwarded-for": spoof } });
        await res.text();
      }
      await (await fetch(`http://127.0.0.1:${port}/`)).text();
    } finally {
      server.close();
    }
    expect(seen).toEqual(["6.6.6.6, 127.0.0.1", "203.0.113.1, 203.0.113.2, 127.0.0.1", "127.0.0.1"]);
    expect(seen.map((h) => clientAddressFrom({ "x-forwarded-for": h }, 0))).toEqual(["127.0.0.1", "127.0.0.1", "127.0.0.1"]);
  });

  it("appendPeer leaves a request without a socket address alone", () => {
    const req = { socket: {}, headers: { "x-forwarded-for": "1.2.3.4" } } as unknown as http.IncomingMessage;
    appendPeer(req);
    expect(req.headers["x-forwarded-for"]).toBe("1.2.3.4");
  });
});
