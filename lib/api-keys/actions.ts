"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { requireRole } from "@/lib/auth/session";
import { toActionError, type ActionResult } from "@/lib/errors";
import { createApiKey, revokeApiKey } from "@/lib/api-keys/manage-api-keys";

const PAGE = "/admin/api-keys";

/**
 * Admin only: creates a scoring-API key. The whole key is in this one response, for the admin to
 * copy; it is not stored and cannot be shown again.
 */
export async function createApiKeyAction(input: unknown): Promise<ActionResult<{ id: string; name: string; prefix: string; key: string }>> {
  try {
    const admin = await requireRole("ADMIN");
    const created = await createApiKey(db, admin, input);
    revalidatePath(PAGE);
    return { ok: true, data: created, message: `Key “${created.name}” created` };
  } catch (e) {
    return toActionError(e);
  }
}

/** Admin only: revokes a key; requests with it are refused from now on. */
export async function revokeApiKeyAction(input: unknown): Promise<ActionResult> {
  try {
    const admin = await requireRole("ADMIN");
    const revoked = await revokeApiKey(db, admin, input);
    revalidatePath(PAGE);
    return { ok: true, data: undefined, message: `Key “${revoked.name}” revoked` };
  } catch (e) {
    return toActionError(e);
  }
}
