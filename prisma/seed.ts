// Demo data for the embedded default: an admin and a policyholder from the SEED_* settings.
// Idempotent: running it again updates those two accounts instead of duplicating them.
// Run with `tsx --conditions=react-server` (npm run db:seed does): the domain functions it reuses
// import "server-only", which only resolves to its empty module under that condition.
import { env } from "@/lib/env";
import { createPrismaClient } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { phoneSchema } from "@/lib/auth/schemas";

const e = env();
const db = createPrismaClient(e.DATABASE_URL);

async function upsertUser(email: string, password: string, name: string, phone: string, role: "USER" | "ADMIN") {
  const passwordHash = await hashPassword(password);
  const e164 = phoneSchema.parse(phone);
  return db.user.upsert({
    where: { email: email.toLowerCase() },
    update: { passwordHash, role, name, phone: e164 },
    create: { email: email.toLowerCase(), passwordHash, role, name, phone: e164 },
    select: { id: true, email: true, role: true },
  });
}

async function main() {
  const admin = await upsertUser(e.SEED_ADMIN_EMAIL, e.SEED_ADMIN_PASSWORD, "Alex Admin", e.SEED_ADMIN_PHONE, "ADMIN");
  const holder = await upsertUser(e.SEED_USER_EMAIL, e.SEED_USER_PASSWORD, "Jordan Smith", e.SEED_USER_PHONE, "USER");
  // Capabilities add their own demo data through prisma/seed-*.ts modules registered here.
  const extras = await import("./seed-extras");
  await extras.seedExtras(db, { adminId: admin.id, holderId: holder.id });
  console.log(`seeded: admin ${admin.email}, policyholder ${holder.email}`);
}

main()
  .catch((err) => {
    console.error("seed failed:", err);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
