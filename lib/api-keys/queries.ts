import "server-only";
import { db } from "@/lib/db";
import { requireRole } from "@/lib/auth/session";
import { listApiKeys, type ApiKeyListItem } from "@/lib/api-keys/manage-api-keys";

/** Every scoring-API key for the admin page (never the hash). Admin only. */
export async function listApiKeysForAdmin(): Promise<ApiKeyListItem[]> {
  const admin = await requireRole("ADMIN");
  return listApiKeys(db, admin);
}
