import type { Db } from "@/lib/db";
import { addDaysIso, isoToDbDate, lastDayOfTerm, todayIso } from "@/lib/policies/policy-dates";
import { quotePremium } from "@/lib/policies/rating";
import { travelTermMonths, type PolicyDraft } from "@/lib/policies/policy-draft";

/**
 * Demo policies for the demo policyholder: a car policy inside its renewal window, a home policy in
 * mid-term and an expired travel policy. Fixed numbers make re-seeding idempotent (existing rows are
 * left as they are); no SMS is queued for demo data.
 */
export async function seedDemoPolicies(db: Db, holderId: string, now: Date = new Date()): Promise<void> {
  const today = todayIso(now);
  const carStart = addDaysIso(today, -340);
  const homeStart = addDaysIso(today, -60);
  const tripOut = addDaysIso(today, -120);
  const tripBack = addDaysIso(today, -106);
  const demos: { number: string; draft: PolicyDraft }[] = [
    {
      number: "CAR-DEMA-7K3Q",
      draft: {
        type: "car",
        startDate: carStart,
        endDate: lastDayOfTerm(carStart, 12),
        termMonths: 12,
        sumInsuredCents: 14_000_00,
        details: {
          registration: "KX19 RTA",
          make: "Ford",
          model: "Focus",
          year: 2019,
          vehicleValueCents: 14_500_00,
          annualMileage: 8_000,
          driverDateOfBirth: "1988-04-12",
          licenceYears: 15,
          priorClaims: 0,
          educationLevel: "College",
          occupation: "prof-specialty",
          hobbies: "hiking",
          relationship: "husband",
          deductibleCents: 500_00,
          combinedSingleLimit: "250/500",
          umbrellaLimitCents: 0,
        },
      },
    },
    {
      number: "HOME-DEMA-4H9P",
      draft: {
        type: "home",
        startDate: homeStart,
        endDate: lastDayOfTerm(homeStart, 12),
        termMonths: 12,
        sumInsuredCents: 320_000_00,
        details: {
          address: "14 Orchard Lane, Bristol",
          postcode: "BS6 5AB",
          propertyType: "house",
          yearBuilt: 1934,
          propertyValueCents: 365_000_00,
          securityFeatures: ["burglar-alarm", "deadlocks", "smoke-alarms"],
        },
      },
    },
    {
      number: "TRAVEL-DEMA-2T8R",
      draft: {
        type: "travel",
        startDate: tripOut,
        endDate: tripBack,
        termMonths: travelTermMonths(tripOut, tripBack),
        sumInsuredCents: 2_000_000_00,
        details: { destination: "Portugal", region: "europe", departureDate: tripOut, returnDate: tripBack, travellers: 2, tripCostCents: 1_850_00, reason: "holiday" },
      },
    },
  ];
  for (const { number, draft } of demos) {
    const { premiumCents } = quotePremium(draft);
    const expired = draft.endDate < today;
    await db.policy.upsert({
      where: { number },
      update: {},
      create: {
        number,
        userId: holderId,
        type: draft.type,
        status: expired ? "EXPIRED" : "ACTIVE",
        startDate: isoToDbDate(draft.startDate),
        endDate: isoToDbDate(draft.endDate),
        termMonths: draft.termMonths,
        sumInsuredCents: draft.sumInsuredCents,
        remainingCoverCents: draft.sumInsuredCents,
        premiumCents,
        details: draft.details,
      },
    });
  }
}
