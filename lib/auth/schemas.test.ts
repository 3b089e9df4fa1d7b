import { describe, expect, it } from "vitest";
import { signupSchema, phoneSchema } from "@/lib/auth/schemas";

describe("signupSchema", () => {
  it("reports the mismatched confirmation even when other fields are also wrong", () => {
    const r = signupSchema.safeParse({ name: "", email: "x", phone: "1", password: "short", confirmPassword: "other" });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["name", "email", "phone", "password", "confirmPassword"]));
  });
  it("normalises email case and phone to E.164", () => {
    const r = signupSchema.parse({ name: "Ann Lee", email: " Ann@Example.COM ", phone: "07911 123456", password: "0123456789", confirmPassword: "0123456789" });
    expect(r.email).toBe("ann@example.com");
    expect(r.phone).toBe("+447911123456");
  });
});

describe("phoneSchema", () => {
  it.each([
    ["+1 202 555 0123", "+12025550123"],
    ["07911123456", "+447911123456"],
    ["+44 (0)7911 123456", "+447911123456"],
  ])("accepts %s", (input, e164) => expect(phoneSchema.parse(input)).toBe(e164));
  it.each(["12345", "not a phone", "+44 1234"])("refuses %s", (input) => expect(phoneSchema.safeParse(input).success).toBe(false));
});
