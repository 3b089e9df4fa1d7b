import { todayIso } from "@/lib/policies/policy-dates";
import { claimFormDefaults } from "@/lib/claims/schemas";
import type { PolicyType } from "@/lib/policies/policy-types";

/**
 * A valid claim form for a policy type, as the browser sends it (strings, pounds), for the tests,
 * the benchmark and the demo seed. `amountPounds` is the total (for motor claims, the vehicle part).
 */
export function exampleClaimInput(type: PolicyType, opts: { incidentDate?: string; amountPounds?: number; now?: Date } = {}): Record<string, string> {
  const incidentDate = opts.incidentDate ?? todayIso(opts.now);
  const amount = String(opts.amountPounds ?? 400);
  const common = { incidentDate, incidentHour: "14", description: "Something was damaged and I would like to claim for the repair.", policeReport: "no", witnesses: "1" };
  if (type === "car" || type === "bike")
    return {
      ...claimFormDefaults(type),
      ...common,
      incidentType: "Parked Car",
      collisionType: "",
      severity: "Minor Damage",
      authoritiesContacted: "None",
      region: "South West",
      city: "Bristol",
      vehiclesInvolved: "1",
      propertyDamage: "no",
      bodilyInjuries: "0",
      injuryAmount: "0",
      propertyAmount: "0",
      vehicleAmount: amount,
    };
  return { ...claimFormDefaults(type), ...common, amount };
}
