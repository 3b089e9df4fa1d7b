import { z } from "zod";
import { choice, isoDate, pounds, text, toNumber, wholeNumber } from "@/lib/policies/schemas";
import { isRealIsoDate, todayIso } from "@/lib/policies/policy-dates";
import { formatMoney, poundsToCents } from "@/lib/policies/money";
import { formatPolicyDate } from "@/lib/policies/policy-dates";
import type { PolicyType } from "@/lib/policies/policy-types";
import { AUTHORITY_VALUES, COLLISION_INCIDENTS, COLLISION_TYPE_VALUES, INCIDENT_TYPE_VALUES, SEVERITY_VALUES, UK_REGION_VALUES } from "@/lib/claims/claim-options";

/*
 * The claim form's schema, shared by the browser (zodResolver) and the server action (safeParse).
 * It depends on the policy the claim is on (its period and remaining cover), so it is built per
 * policy by `claimFormSchema(context)`. Car and bike claims ask the motor incident attributes the
 * motor fraud model uses and the amount as its parts; the other types ask one amount. The server
 * re-checks the cover atomically when it reserves it: the check here is for a message in the form.
 */

export const DESCRIPTION_MIN = 20;
export const DESCRIPTION_MAX = 2000;
export const MAX_WITNESSES = 20;
/** One claim's largest part or amount, in pounds (the largest sum insured any policy type allows). */
const MAX_CLAIM_POUNDS = 2_000_000;

/** What the schema needs to know about the policy: its type, period (calendar dates) and cover left. */
export type ClaimPolicyContext = { type: PolicyType; startDate: string; endDate: string; remainingCoverCents: number };

export type ClaimKind = "motor" | "general";
export const claimKindFor = (type: PolicyType): ClaimKind => (type === "car" || type === "bike" ? "motor" : "general");

export const coverLeftMessage = (remainingCoverCents: number) => `You have ${formatMoney(remainingCoverCents)} of cover left on this policy`;

const yesNo = (required: string) => z.enum(["yes", "no"], { error: required });

function incidentDate(ctx: ClaimPolicyContext) {
  return isoDate("Enter the date of the incident").superRefine((v, issue) => {
    if (!isRealIsoDate(v)) return;
    if (v > todayIso()) issue.addIssue({ code: "custom", message: "The incident date cannot be in the future" });
    else if (v < ctx.startDate || v > ctx.endDate)
      issue.addIssue({
        code: "custom",
        message: `The incident must be within the policy period (${formatPolicyDate(ctx.startDate)} to ${formatPolicyDate(ctx.endDate)})`,
      });
  });
}

function common(ctx: ClaimPolicyContext) {
  return {
    incidentDate: incidentDate(ctx),
    incidentHour: z.preprocess(
      toNumber,
      z.number({ error: "Choose the hour of the incident" }).int("Choose the hour of the incident").min(0, "Choose an hour from the list").max(23, "Choose an hour from the list"),
    ),
    description: text("Describe what happened", DESCRIPTION_MAX, `Use at most ${DESCRIPTION_MAX} characters`).refine(
      (s) => s.length >= DESCRIPTION_MIN,
      `Tell us a little more: at least ${DESCRIPTION_MIN} characters`,
    ),
    policeReport: yesNo("Say whether a police report is available"),
    witnesses: wholeNumber("Enter the number of witnesses (0 if none)", 0, MAX_WITNESSES, `Enter a number between 0 and ${MAX_WITNESSES}`),
  };
}

const part = (what: string) => pounds(`Enter the ${what} amount in pounds (0 if none)`, 0, MAX_CLAIM_POUNDS, `Enter an amount between £0 and £2,000,000`);

/** The motor total in pence: injury + property + vehicle, each typed in pounds. Empty or bad parts count as 0. */
export function motorTotalCents(parts: { injuryAmount?: unknown; propertyAmount?: unknown; vehicleAmount?: unknown }): number {
  let total = 0;
  for (const v of [parts.injuryAmount, parts.propertyAmount, parts.vehicleAmount]) {
    const n = toNumber(v);
    if (typeof n === "number" && Number.isFinite(n) && n >= 0) total += poundsToCents(n);
  }
  return total;
}

export function claimFormSchema(ctx: ClaimPolicyContext) {
  const overCover = (cents: number) => cents > ctx.remainingCoverCents;
  const motor = z
    .object({
      kind: z.literal("motor"),
      ...common(ctx),
      incidentType: choice(INCIDENT_TYPE_VALUES, "Choose what kind of incident it was"),
      // Only collisions have a side; the form hides the field otherwise and sends "".
      collisionType: z.union([z.literal(""), z.enum(COLLISION_TYPE_VALUES)], { error: "Choose which part of the vehicle was hit" }).optional(),
      severity: choice(SEVERITY_VALUES, "Choose how bad the damage is"),
      authoritiesContacted: choice(AUTHORITY_VALUES, "Choose who was contacted (No one is fine)"),
      region: choice(UK_REGION_VALUES, "Choose the region where it happened"),
      city: text("Enter the town or city where it happened", 60),
      vehiclesInvolved: wholeNumber("Enter the number of vehicles involved", 1, 10, "Enter a number between 1 and 10"),
      propertyDamage: yesNo("Say whether other property was damaged"),
      bodilyInjuries: wholeNumber("Enter the number of people injured (0 if none)", 0, 20, "Enter a number between 0 and 20"),
      injuryAmount: part("injury"),
      propertyAmount: part("property"),
      vehicleAmount: part("vehicle"),
    })
    .superRefine((v, issue) => {
      const isCollision = COLLISION_INCIDENTS.includes(v.incidentType);
      if (isCollision && !v.collisionType) issue.addIssue({ code: "custom", path: ["collisionType"], message: "Choose which part of the vehicle was hit" });
      if (v.incidentType === "Vehicle Theft" && v.vehiclesInvolved !== 1)
        issue.addIssue({ code: "custom", path: ["vehiclesInvolved"], message: "A theft involves only your vehicle: enter 1" });
      const total = motorTotalCents(v);
      if (total <= 0) issue.addIssue({ code: "custom", path: ["amount"], message: "Enter what you are claiming for in at least one of the amounts" });
      else if (overCover(total)) issue.addIssue({ code: "custom", path: ["amount"], message: coverLeftMessage(ctx.remainingCoverCents) });
    });

  const general = z.object({
    kind: z.literal("general"),
    ...common(ctx),
    amount: pounds("Enter the amount you are claiming in pounds", 1, MAX_CLAIM_POUNDS, "Enter an amount between £1 and £2,000,000").refine(
      (v) => !overCover(poundsToCents(v)),
      coverLeftMessage(ctx.remainingCoverCents),
    ),
  });

  return z.discriminatedUnion("kind", [motor, general]);
}

export type ClaimFormSchema = ReturnType<typeof claimFormSchema>;
export type ClaimFormInput = z.input<ClaimFormSchema>;
export type ClaimFormOutput = z.output<ClaimFormSchema>;

/** The amount claimed in pence: the motor parts' total, or the single amount. */
export function claimAmountCents(v: ClaimFormOutput): number {
  return v.kind === "motor" ? motorTotalCents(v) : poundsToCents(v.amount);
}

/** Empty form values for a policy type (the kind decides which fields appear). */
export function claimFormDefaults(type: PolicyType): Record<string, string> {
  const base = { incidentDate: "", incidentHour: "", description: "", policeReport: "", witnesses: "0" };
  return claimKindFor(type) === "motor"
    ? {
        kind: "motor",
        ...base,
        incidentType: "",
        collisionType: "",
        severity: "",
        authoritiesContacted: "",
        region: "",
        city: "",
        vehiclesInvolved: "1",
        propertyDamage: "",
        bodilyInjuries: "0",
        injuryAmount: "0",
        propertyAmount: "0",
        vehicleAmount: "0",
      }
    : { kind: "general", ...base, amount: "" };
}
