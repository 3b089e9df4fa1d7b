import { describe, expect, it } from "vitest";
import { escapeHtml, NOT_VALID_HTML, VERIFY_CACHE_CONTROL, verifyPageHeaders, verifyPageHtml } from "@/lib/verification/verify-page";
import type { PublicPolicyStatus } from "@/lib/verification/public-status";

// The document the QR link's API route sends: the verdict and the public facts only, escaped, no script.

const genuine: PublicPolicyStatus = {
  valid: true,
  status: "ACTIVE",
  typeLabel: "Car",
  number: "CAR-DEMA-7K3Q",
  validFrom: "2026-01-01",
  validTo: "2026-12-31",
  holderMasked: "J. S****",
  registration: "AB12 CDE",
};

describe("the /verify document", () => {
  it("shows the verdict and the public facts, with no script at all", () => {
    const html = verifyPageHtml(genuine);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en-GB">/);
    expect(html).toContain("<h1>Genuine policy — in force</h1>");
    for (const text of ["CAR-DEMA-7K3Q", "J. S****", "AB12 CDE", "Car insurance", "1 January 2026", "31 December 2026 (end of day)"]) expect(html).toContain(text);
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).not.toMatch(/<script/i);
    expect(verifyPageHtml({ ...genuine, status: "CANCELLED", registration: undefined })).toContain("Genuine policy — cancelled");
    expect(verifyPageHtml({ ...genuine, registration: undefined })).not.toContain("Registration number");
  });

  it("is the one not-valid document for every invalid case", () => {
    expect(verifyPageHtml({ valid: false })).toBe(NOT_VALID_HTML);
    expect(NOT_VALID_HTML).toContain("<h1>This code is not valid</h1>");
    expect(NOT_VALID_HTML).not.toContain("Policy number");
  });

  it("escapes every value it puts in", () => {
    expect(escapeHtml(`<img src=x onerror="a('&')">`)).toBe("&lt;img src=x onerror=&quot;a(&#39;&amp;&#39;)&quot;&gt;");
    const html = verifyPageHtml({ ...genuine, holderMasked: "<script>alert(1)</script>", registration: `"><b>` });
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&quot;&gt;&lt;b&gt;");
  });

  it("sends the static policy without a nonce, no caching, no indexing, and HSTS over HTTPS only", () => {
    const http = verifyPageHeaders(false);
    expect(http["Content-Security-Policy"]).toMatch(/script-src 'self' 'unsafe-inline'/);
    expect(http["Content-Security-Policy"]).not.toContain("nonce-");
    expect(http["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(http["Content-Security-Policy"]).not.toContain("upgrade-insecure-requests");
    expect(http["Cache-Control"]).toBe(VERIFY_CACHE_CONTROL);
    expect(VERIFY_CACHE_CONTROL).toContain("no-store");
    expect(http["X-Robots-Tag"]).toBe("noindex, nofollow");
    expect(http["Strict-Transport-Security"]).toBeUndefined();
    const https = verifyPageHeaders(true);
    expect(https["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
    expect(https["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
  });
});
