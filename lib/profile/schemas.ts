import { z } from "zod";
import { nameSchema, phoneSchema } from "@/lib/auth/schemas";

/** The profile form: one schema for the browser and the server action. */
export const profileSchema = z.object({ name: nameSchema, phone: phoneSchema });
export type ProfileInput = z.input<typeof profileSchema>;

export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;
export const PHOTO_ACCEPT = "image/jpeg,image/png,image/webp";

/** The phone verification step: the 6-digit code from the text (spaces allowed). */
export const verifyPhoneSchema = z.object({
  code: z
    .string()
    .transform((v) => v.replace(/\s+/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, "Enter the 6-digit code from the text message")),
});
export type VerifyPhoneInput = z.input<typeof verifyPhoneSchema>;

/** Deleting the account: the password again, as confirmation. */
export const deleteAccountSchema = z.object({ password: z.string().min(1, "Enter your password to confirm").max(200) });
export type DeleteAccountInput = z.input<typeof deleteAccountSchema>;
