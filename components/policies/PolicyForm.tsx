"use client";

import { useRouter } from "next/navigation";
import type { FieldValues } from "react-hook-form";
import type { z } from "zod";
import { createPolicyAction } from "@/lib/policies/actions";
import { POLICY_SCHEMAS } from "@/lib/policies/schemas";
import { FORM_SECTIONS, formDefaults, type FieldSpec } from "@/lib/policies/form-fields";
import { toPolicyDraft } from "@/lib/policies/policy-draft";
import { quotePremium } from "@/lib/policies/rating";
import { todayIso } from "@/lib/policies/policy-dates";
import { POLICY_TYPE_INFO, type PolicyType } from "@/lib/policies/policy-types";
import type { PolicyInput } from "@/lib/policies/schemas";
import { useServerForm } from "@/components/forms/use-server-form";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/ui/Field";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { FormMessage } from "@/components/ui/FormMessage";
import { QuotePanel } from "@/components/policies/QuotePanel";
import { CheckboxGroup } from "@/components/policies/CheckboxGroup";

type AnySchema = z.ZodType<FieldValues, FieldValues>;

/**
 * The buying form for any policy type, rendered from its field list. The live price runs the same
 * schema and rating function as the server; the server re-validates and re-prices on submit.
 */
export function PolicyForm({ type }: { type: PolicyType }) {
  const router = useRouter();
  const schema = POLICY_SCHEMAS[type] as unknown as AnySchema;
  const { form, onSubmit, formError, errorOf, pending } = useServerForm(
    schema,
    createPolicyAction as (input: unknown) => ReturnType<typeof createPolicyAction>,
    {
      defaultValues: formDefaults(type, todayIso()),
      onSuccess: (data) => {
        router.push(`/policies/${data.id}`);
        router.refresh();
      },
    },
  );

  // Re-rendered on every change: parse what is typed and price it, exactly as the server will.
  const values = form.watch();
  const parsed = POLICY_SCHEMAS[type].safeParse(values);
  const quote = parsed.success ? quotePremium(toPolicyDraft(parsed.data as PolicyInput)) : null;
  const termMonths = Number(values.termMonths ?? 12);
  const periodLabel = type === "travel" ? "For the whole trip" : termMonths === 12 ? "For 12 months" : `For ${termMonths} month${termMonths === 1 ? "" : "s"}`;

  const renderField = (f: FieldSpec) => {
    const reg = form.register(f.name);
    const error = errorOf(f.name);
    switch (f.kind) {
      case "text":
        return <TextField key={f.name} label={f.label} hint={f.hint} placeholder={f.placeholder} autoComplete={f.autoComplete ?? "off"} {...reg} error={error} />;
      case "textarea":
        return <TextAreaField key={f.name} label={f.label} hint={f.hint} rows={2} autoComplete={f.autoComplete} {...reg} error={error} />;
      case "number":
        return <TextField key={f.name} label={f.label} hint={f.hint} inputMode={f.inputMode} placeholder={f.placeholder} autoComplete="off" {...reg} error={error} />;
      case "date":
        return <TextField key={f.name} type="date" label={f.label} hint={f.hint} autoComplete={f.autoComplete} {...reg} error={error} />;
      case "select":
        return (
          <SelectField
            key={f.name}
            label={f.label}
            hint={f.hint}
            options={f.placeholder ? [{ value: "", label: f.placeholder }, ...f.options] : f.options}
            {...reg}
            error={error}
          />
        );
      case "checkbox":
        return <CheckboxField key={f.name} label={f.label} hint={f.hint} {...reg} error={error} />;
      case "checkboxes":
        return <CheckboxGroup key={f.name} legend={f.label} name={f.name} options={f.options} hint={f.hint} error={error} register={reg} />;
    }
  };

  const termOptions = POLICY_TYPE_INFO[type].termOptions;
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <form onSubmit={onSubmit} noValidate className="space-y-6 lg:col-span-2" aria-label={`${POLICY_TYPE_INFO[type].label} insurance quote`}>
        {FORM_SECTIONS[type].map((section) => (
          <fieldset key={section.title} className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <legend className="px-1 text-lg font-semibold text-slate-900">{section.title}</legend>
            {section.fields.map(renderField)}
            {section.title === "Your cover" && termOptions.length === 1 ? (
              <p className="text-sm text-slate-700">Term: {termOptions[0]} months.</p>
            ) : null}
          </fieldset>
        ))}
        <FormMessage error={formError} />
        <SubmitButton pending={pending} pendingLabel="Buying your policy…">
          Buy this policy
        </SubmitButton>
      </form>
      <div className="lg:sticky lg:top-4 lg:self-start">
        <QuotePanel quote={quote} periodLabel={periodLabel} />
      </div>
    </div>
  );
}
