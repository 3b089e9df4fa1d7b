import type { Db } from "@/lib/db";
import { seedDemoPolicies } from "@/lib/policies/seed-demo-policies";

/** Demo data beyond the two accounts (policies, feedback …); each capability adds its part here. */
export async function seedExtras(_db: Db, _ids: { adminId: string; holderId: string }): Promise<void> {
  await seedDemoPolicies(_db, _ids.holderId); // policies: demo policies for the demo holder
}
