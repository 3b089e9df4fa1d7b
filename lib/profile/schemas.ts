import { z } from "zod";
import { nameSchema, phoneSchema } from "@/lib/auth/schemas";

/** The profile form: one schema for the browser and the server action. */
export const profileSchema = z.object({ name: nameSchema, phone: phoneSchema });
export type ProfileInput = z.input<typeof profileSchema>;

export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;
export const PHOTO_ACCEPT = "image/jpeg,image/png,image/webp";
