// Finding 3: open redirect after sign-in through `next`.
import { describe, expect, it } from "vitest";
import { safeNext, DEFAULT_AFTER_SIGN_IN } from "@/lib/auth/safe-next";

describe("safeNext", () => {
  it.each([
    "/\\evil.example/",
    "/\\\\evil.example",
    "/\t/evil.example/",
    "/\n/evil.example/",
    "/\r\n/evil.example",
    "//evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "evil.example",
  ])("refuses %j", (next) => expect(safeNext(next)).toBe(DEFAULT_AFTER_SIGN_IN));

  it("keeps an encoded backslash as a harmless same-origin path", () => {
    expect(safeNext("/%5Cevil.example")).toBe("/%5Cevil.example");
  });

  it.each([
    ["/policies/abc", "/policies/abc"],
    ["/profile?x=1#top", "/profile?x=1#top"],
    ["/policies/../admin", "/admin"],
  ])("accepts same-origin %j", (next, expected) => expect(safeNext(next)).toBe(expected));

  it("falls back for nothing", () => {
    expect(safeNext(undefined)).toBe(DEFAULT_AFTER_SIGN_IN);
    expect(safeNext("")).toBe(DEFAULT_AFTER_SIGN_IN);
  });
});
