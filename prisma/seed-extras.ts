import type { Db } from "@/lib/db";

/** Demo data beyond the two accounts (policies, feedback …); each capability adds its part here. */
export async function seedExtras(_db: Db, _ids: { adminId: string; holderId: string }): Promise<void> {
  // nothing yet
}
