import type { AppClaimInput, AppPolicyType } from "@/ml/fraud/app-mapping";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoToDbDate } from "@/lib/policies/policy-dates";
import { claimAmountCents, motorTotalCents, type ClaimFormOutput } from "@/lib/claims/schemas";
import { poundsToCents } from "@/lib/policies/money";
import { COLLISION_INCIDENTS } from "@/lib/claims/claim-options";

/** The side hit, only for collisions (a value left from an earlier choice of incident type is ignored). */
const sideHit = (v: { incidentType: string; collisionType?: string }) => (COLLISION_INCIDENTS.includes(v.incidentType) && v.collisionType ? v.collisionType : undefined);

/*
 * What the claims code knows about a claim, gathered into the fraud model's AppClaimInput. The
 * mapping from there to model features is ml/fraud/app-mapping.ts (the only one); this only picks
 * the app's fields.
 */

export type ClaimScoringFacts = {
  policy: { type: AppPolicyType; startDate: Date; premiumCents: number; sumInsuredCents: number; details: Record<string, unknown> };
  holder: { createdAt: Date };
  priorClaimsByHolder: number;
  priorClaimsOnPolicy: number;
  reportedAt: Date;
};

function dateOfBirth(details: Record<string, unknown>): Date | undefined {
  const v = details.driverDateOfBirth ?? details.dateOfBirth;
  return typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? isoToDbDate(v) : undefined;
}

/** The type-specific incident details stored with the claim (money in pence). */
export function claimDetails(v: ClaimFormOutput): Prisma.InputJsonObject {
  if (v.kind !== "motor") return {};
  return {
    incidentType: v.incidentType,
    collisionType: sideHit(v) ?? null,
    severity: v.severity,
    authoritiesContacted: v.authoritiesContacted,
    region: v.region,
    city: v.city,
    vehiclesInvolved: v.vehiclesInvolved,
    propertyDamage: v.propertyDamage === "yes",
    bodilyInjuries: v.bodilyInjuries,
    injuryAmountCents: poundsToCents(v.injuryAmount),
    propertyAmountCents: poundsToCents(v.propertyAmount),
    vehicleAmountCents: poundsToCents(v.vehicleAmount),
  };
}

/** The fraud model's input for a validated claim form on a policy. */
export function toAppClaimInput(v: ClaimFormOutput, facts: ClaimScoringFacts): AppClaimInput {
  const common = {
    incidentDate: isoToDbDate(v.incidentDate),
    reportedAt: facts.reportedAt,
    incidentHour: v.incidentHour,
    amountCents: claimAmountCents(v),
    witnesses: v.witnesses,
    policeReport: v.policeReport === "yes",
    priorClaimsOnPolicy: facts.priorClaimsOnPolicy,
  };
  const motor =
    v.kind === "motor"
      ? {
          amountCents: motorTotalCents(v),
          injuryAmountCents: poundsToCents(v.injuryAmount),
          propertyAmountCents: poundsToCents(v.propertyAmount),
          vehicleAmountCents: poundsToCents(v.vehicleAmount),
          incidentType: v.incidentType,
          collisionType: sideHit(v),
          severity: v.severity,
          authoritiesContacted: v.authoritiesContacted,
          vehiclesInvolved: v.vehiclesInvolved,
          propertyDamage: v.propertyDamage === "yes",
          bodilyInjuries: v.bodilyInjuries,
          state: v.region,
          city: v.city,
        }
      : {};
  return {
    policyType: facts.policy.type,
    policy: { startDate: facts.policy.startDate, premiumCents: facts.policy.premiumCents, sumInsuredCents: facts.policy.sumInsuredCents, details: facts.policy.details },
    holder: { dateOfBirth: dateOfBirth(facts.policy.details), customerSince: facts.holder.createdAt, priorClaimsByHolder: facts.priorClaimsByHolder },
    claim: { ...common, ...motor },
  };
}
