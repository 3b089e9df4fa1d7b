import type { Db } from "@/lib/db";
import { addDaysIso, todayIso } from "@/lib/policies/policy-dates";
import { exampleClaimInput } from "@/prisma/seed/claim-input-examples";
import { submitClaim } from "@/lib/claims/submit-claim";

/**
 * Demo claims for the demo policyholder on the demo car and home policies, filed through
 * submitClaim so each is scored by the real fraud model and routed as a real claim would be (so
 * admins have a queue to look at). Skipped when the holder already has claims (re-seeding).
 */
export async function seedDemoClaims(db: Db, holderId: string, now: Date = new Date()): Promise<void> {
  if ((await db.claim.count({ where: { userId: holderId } })) > 0) return;
  const policies = await db.policy.findMany({ where: { userId: holderId, number: { in: ["CAR-DEMA-7K3Q", "HOME-DEMA-4H9P"] } }, select: { id: true, type: true } });
  const car = policies.find((p) => p.type === "car");
  const home = policies.find((p) => p.type === "home");
  const today = todayIso(now);
  const demos: { policyId?: string; input: Record<string, string> }[] = [
    {
      policyId: car?.id,
      input: { ...exampleClaimInput("car", { incidentDate: addDaysIso(today, -40), amountPounds: 640 }), description: "My parked car was scratched along the driver's side overnight outside my house." },
    },
    {
      policyId: car?.id,
      input: {
        ...exampleClaimInput("car", { incidentDate: addDaysIso(today, -12) }),
        incidentType: "Multi-vehicle Collision",
        collisionType: "Rear Collision",
        severity: "Major Damage",
        authoritiesContacted: "Police",
        region: "London",
        city: "Croydon",
        vehiclesInvolved: "3",
        propertyDamage: "yes",
        bodilyInjuries: "1",
        injuryAmount: "1800",
        propertyAmount: "650",
        vehicleAmount: "3900",
        policeReport: "yes",
        witnesses: "2",
        incidentHour: "23",
        description: "A van ran into the back of my car at the lights, pushing it into the car in front. My passenger hurt her neck.",
      },
    },
    {
      policyId: home?.id,
      input: { ...exampleClaimInput("home", { incidentDate: addDaysIso(today, -20), amountPounds: 850 }), description: "A storm blew tiles off the roof and rain came through the bedroom ceiling." },
    },
    {
      policyId: home?.id,
      input: { ...exampleClaimInput("home", { incidentDate: addDaysIso(today, -3), amountPounds: 14_500 }), incidentHour: "2", witnesses: "0", description: "Burglars broke in through the back door at night and took a laptop, jewellery and a television." },
    },
  ];
  for (const d of demos) {
    if (!d.policyId) continue;
    await submitClaim(db, holderId, d.policyId, d.input, [], { now, store: {} });
  }
}
