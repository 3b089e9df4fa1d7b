import { z } from "zod";
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";

/** Region assumed for numbers typed without a country code: a UK product. Shared with the browser, so a constant. */
export const DEFAULT_PHONE_REGION: CountryCode = "GB";

/** Phone as typed → E.164 (+447700900123); a clear message when it is not a real number. */
export const phoneSchema = z
  .string()
  .trim()
  .min(1, "Enter your mobile number")
  .transform((value, ctx) => {
    const parsed = parsePhoneNumberFromString(value, DEFAULT_PHONE_REGION);
    if (!parsed || !parsed.isValid()) {
      ctx.addIssue({ code: "custom", message: "Enter a valid phone number, e.g. 07911 123456 or +44 7911 123456" });
      return z.NEVER;
    }
    return parsed.number;
  });

/** Bidirectional override and isolate characters: invisible, they make a name display as different text (e.g. reversed). */
export const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

export const nameSchema = z
  .string()
  .trim()
  .min(2, "Enter your full name")
  .max(100, "Keep your name under 100 characters")
  .refine((v) => !BIDI_CONTROL.test(v), "Your name contains hidden text-direction characters. Type it again without them.");
export const emailSchema = z.string().trim().toLowerCase().min(1, "Enter your email address").pipe(z.email("Enter a valid email address, like name@example.com")).pipe(z.string().max(254));
export const PASSWORD_MIN = 10;
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
  .max(200, "Use at most 200 characters");

/** The sign-up form: one schema for the browser (react-hook-form) and the server action. */
export const signupSchema = z
  .object({
    name: nameSchema,
    email: emailSchema,
    phone: phoneSchema,
    password: passwordSchema,
    confirmPassword: z.string().min(1, "Confirm your password"),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "Passwords do not match",
    // Run even when other fields are invalid, so every message shows at once.
    when: ({ value }) => {
      const v = value as { password?: unknown; confirmPassword?: unknown };
      return typeof v.password === "string" && typeof v.confirmPassword === "string" && v.confirmPassword !== "";
    },
  });
export type SignupInput = z.input<typeof signupSchema>;

export const loginSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password").max(200),
});
export type LoginInput = z.input<typeof loginSchema>;

export const ROLES = ["USER", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];
