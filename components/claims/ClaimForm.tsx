"use client";

import { useMemo, useRef } from "react";
import { useRouter } from "next/navigation";
import type { FieldValues } from "react-hook-form";
import type { z } from "zod";
import { submitClaimAction } from "@/lib/claims/actions";
import { claimFormDefaults, claimFormSchema, claimKindFor, motorTotalCents, DESCRIPTION_MAX, type ClaimPolicyContext } from "@/lib/claims/schemas";
import { AUTHORITIES, COLLISION_INCIDENTS, COLLISION_TYPES, INCIDENT_HOURS, INCIDENT_TYPES, SEVERITIES, UK_REGIONS, YES_NO } from "@/lib/claims/claim-options";
import { ATTACHMENT_ACCEPT, ATTACHMENT_HINT, ATTACHMENT_MAX_BYTES, MAX_ATTACHMENTS, attachmentTooLargeMessage, tooManyAttachmentsMessage } from "@/lib/claims/attachment-rules";
import { formatMoney } from "@/lib/policies/money";
import { todayIso } from "@/lib/policies/policy-dates";
import type { ActionResult } from "@/lib/errors";
import { useServerForm } from "@/components/forms/use-server-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/Field";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { FormMessage } from "@/components/ui/FormMessage";

type AnySchema = z.ZodType<FieldValues, FieldValues>;
type Submitted = { id: string; number: string; status: string };

const withPlaceholder = (placeholder: string, options: { value: string; label: string }[]) => [{ value: "", label: placeholder }, ...options];

/**
 * The claim form for one policy. The schema is built from the policy's period and cover left, the
 * same way the server builds it; the server validates again and reserves the cover atomically.
 * Motor claims give the amount as its parts and see the total computed as they type.
 */
export function ClaimForm({ policyId, context }: { policyId: string; context: ClaimPolicyContext }) {
  const router = useRouter();
  const files = useRef<HTMLInputElement>(null);
  const kind = claimKindFor(context.type);
  const schema = useMemo(() => claimFormSchema(context) as unknown as AnySchema, [context]);

  async function send(values: FieldValues): Promise<ActionResult<Submitted>> {
    const chosen = Array.from(files.current?.files ?? []);
    // These checks only save a wasted upload; the server verifies every file's content itself.
    if (chosen.length > MAX_ATTACHMENTS) return { ok: false, message: tooManyAttachmentsMessage, fieldErrors: { attachments: tooManyAttachmentsMessage } };
    const big = chosen.find((f) => f.size > ATTACHMENT_MAX_BYTES);
    if (big) return { ok: false, message: attachmentTooLargeMessage(big.name), fieldErrors: { attachments: attachmentTooLargeMessage(big.name) } };
    const data = new FormData();
    data.set("input", JSON.stringify(values));
    for (const f of chosen) data.append("attachments", f);
    try {
      return await submitClaimAction(policyId, data);
    } catch {
      const message = "We could not send your claim. If you attached large files, try fewer or smaller ones, then submit again.";
      return { ok: false, message, fieldErrors: chosen.length ? { attachments: message } : undefined };
    }
  }

  const { form, onSubmit, formError, errorOf, pending } = useServerForm(schema, send, {
    defaultValues: claimFormDefaults(context.type),
    onSuccess: (data) => {
      router.push(`/claims/${data.id}`);
      router.refresh();
    },
  });

  const incidentType = form.watch("incidentType") as string | undefined;
  const parts = form.watch(["injuryAmount", "propertyAmount", "vehicleAmount"]);
  const total = motorTotalCents({ injuryAmount: parts[0], propertyAmount: parts[1], vehicleAmount: parts[2] });
  const field = (name: string) => ({ ...form.register(name), error: errorOf(name) });
  const amountError = errorOf("amount");

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" aria-label="Claim">
      <input type="hidden" {...form.register("kind")} />
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">The incident</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField type="date" label="Date of the incident" min={context.startDate} max={todayIso()} {...field("incidentDate")} />
          <SelectField label="Hour of the incident" options={withPlaceholder("Choose the hour", INCIDENT_HOURS)} hint="Your best estimate is fine." {...field("incidentHour")} />
        </div>
        <TextAreaField
          label="What happened"
          rows={5}
          maxLength={DESCRIPTION_MAX}
          hint="In your own words: where you were, what happened and what was damaged or lost."
          {...field("description")}
        />
        {kind === "motor" ? (
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField label="Type of incident" options={withPlaceholder("Choose the type", INCIDENT_TYPES)} {...field("incidentType")} />
            {incidentType && COLLISION_INCIDENTS.includes(incidentType) ? (
              <SelectField label="Part of the vehicle hit" options={withPlaceholder("Choose the part", COLLISION_TYPES)} {...field("collisionType")} />
            ) : null}
            <SelectField label="Damage" options={withPlaceholder("Choose how bad", SEVERITIES)} {...field("severity")} />
            <SelectField label="Who was contacted" options={withPlaceholder("Choose who", AUTHORITIES)} {...field("authoritiesContacted")} />
            <SelectField label="Region" options={withPlaceholder("Choose the region", UK_REGIONS)} {...field("region")} />
            <TextField label="Town or city" autoComplete="off" {...field("city")} />
            <TextField label="Vehicles involved" inputMode="numeric" hint="Including yours." {...field("vehiclesInvolved")} />
            <SelectField label="Other property damaged" options={withPlaceholder("Choose", YES_NO)} hint="For example a wall, fence or another car." {...field("propertyDamage")} />
            <TextField label="People injured" inputMode="numeric" {...field("bodilyInjuries")} />
          </div>
        ) : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField label="Police report available" options={withPlaceholder("Choose", YES_NO)} {...field("policeReport")} />
          <TextField label="Number of witnesses" inputMode="numeric" {...field("witnesses")} />
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">What you are claiming</legend>
        <p className="text-sm text-slate-700" data-testid="cover-left">
          Cover left on this policy: <strong>{formatMoney(context.remainingCoverCents)}</strong>
        </p>
        {kind === "motor" ? (
          <>
            <div className="grid gap-4 sm:grid-cols-3">
              <TextField label="Injury amount (£)" inputMode="decimal" hint="Medical costs, lost earnings." {...field("injuryAmount")} />
              <TextField label="Property amount (£)" inputMode="decimal" hint="Other people's property." {...field("propertyAmount")} />
              <TextField label="Vehicle amount (£)" inputMode="decimal" hint="Repair or replacement." {...field("vehicleAmount")} />
            </div>
            <div>
              <label htmlFor="amount" className="block text-sm font-medium text-slate-800">
                Total claimed
              </label>
              <output
                id="amount"
                aria-live="polite"
                aria-describedby={amountError ? "amount-error" : "amount-hint"}
                className={`mt-1 block text-xl font-semibold ${amountError ? "text-red-700" : "text-slate-900"}`}
                data-testid="claim-total"
              >
                {formatMoney(total)}
              </output>
              {amountError ? (
                <p id="amount-error" role="alert" className="mt-1 text-sm text-red-700">
                  {amountError}
                </p>
              ) : (
                <p id="amount-hint" className="mt-1 text-xs text-slate-600">
                  Worked out from the three amounts above.
                </p>
              )}
            </div>
          </>
        ) : (
          <TextField label="Amount claimed (£)" inputMode="decimal" {...field("amount")} />
        )}
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="text-lg font-semibold">Photos and documents</legend>
        <TextField
          ref={files}
          type="file"
          multiple
          accept={ATTACHMENT_ACCEPT}
          label="Attach photos or documents (optional)"
          name="attachments"
          hint={ATTACHMENT_HINT}
          error={errorOf("attachments")}
        />
      </fieldset>

      <FormMessage error={formError} />
      <SubmitButton pending={pending} pendingLabel="Submitting…">
        Submit claim
      </SubmitButton>
    </form>
  );
}
