"use client";

import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { ActionResult } from "@/lib/errors";

/**
 * react-hook-form wired to one zod schema (the same one the server action parses) and to a server
 * action's ActionResult: server field errors land beside their fields, the rest in `formError`.
 */
export function useServerForm<S extends z.ZodType<FieldValues, FieldValues>, R>(
  schema: S,
  action: (input: z.input<S>) => Promise<ActionResult<R>>,
  opts: { defaultValues?: DefaultValues<z.input<S>>; onSuccess?: (data: R, message?: string) => void | Promise<void> } = {},
) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    defaultValues: opts.defaultValues,
    mode: "onTouched",
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);

  const onSubmit = form.handleSubmit(async () => {
    setFormError(null);
    setSuccess(null);
    // Send what the user typed: the server parses it with the same schema and never trusts client output.
    const result = await action(form.getValues());
    if (result.ok) {
      setSuccess(result.message ?? null);
      await opts.onSuccess?.(result.data, result.message);
      return;
    }
    for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
      form.setError(field as Path<z.input<S>>, { type: "server", message }, { shouldFocus: true });
    }
    setFormError(result.message);
  });

  const errorOf = (name: string): string | undefined => {
    const parts = name.split(".");
    let e: unknown = form.formState.errors;
    for (const p of parts) e = (e as Record<string, unknown> | undefined)?.[p];
    return (e as { message?: string } | undefined)?.message;
  };

  return { form, onSubmit, formError, success, errorOf, pending: form.formState.isSubmitting };
}
