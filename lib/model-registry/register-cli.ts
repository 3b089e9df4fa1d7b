import "server-only";
import os from "node:os";
import { createPrismaClient } from "@/lib/db";
import { env } from "@/lib/env";
import { registerModel } from "@/lib/model-registry/registry";
import type { ModelCard } from "@/ml/fraud/model-file";

/**
 * `ml:train -- --register`: stores the freshly trained model in the registry of DATABASE_URL. Needs
 * `tsx --conditions=react-server` (npm run ml:train passes it): the registry module is server-only.
 */
export async function registerFromCli(serialized: string, card: ModelCard) {
  const db = createPrismaClient(env().DATABASE_URL);
  try {
    return await registerModel(db, { serialized, card, createdBy: `ml:train (${os.userInfo().username}@${os.hostname()})`, source: "cli" });
  } finally {
    await db.$disconnect();
  }
}
