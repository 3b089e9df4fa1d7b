import { z } from "zod";

/** The "new API key" form: one schema for the browser and the server action. */
export const createApiKeySchema = z.object({
  name: z
    .string()
    .trim()
    .min(3, "Name the key after the system that will use it (at least 3 characters)")
    .max(80, "Keep the name under 80 characters"),
});
export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;

export const revokeApiKeySchema = z.object({ id: z.string().min(1).max(64) });

/** Status of a key as people see it. */
export type ApiKeyStatus = "active" | "revoked";
