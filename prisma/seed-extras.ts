import type { Db } from "@/lib/db";
import { seedDemoPolicies } from "@/prisma/seed/demo-policies";
import { seedDemoFeedback } from "@/prisma/seed/demo-feedback";
import { seedDemoClaims } from "@/prisma/seed/demo-claims";
import { registerBundledModels } from "@/lib/model-registry/registry";

/** Demo data beyond the two accounts (policies, feedback …); each capability adds its part here. */
export async function seedExtras(db: Db, ids: { adminId: string; holderId: string }): Promise<void> {
  await registerBundledModels(db); // model registry: the committed models, activated for a kind with none active (before claims are scored)
  await seedDemoPolicies(db, ids.holderId); // policies: demo policies for the demo holder
  await seedDemoFeedback(db, ids.holderId, ids.adminId); // feedback: one of each sentiment, the praise answered
  await seedDemoClaims(db, ids.holderId); // claims: four demo claims, scored by the real model, some awaiting a person
}
