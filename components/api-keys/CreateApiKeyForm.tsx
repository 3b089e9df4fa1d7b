"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { createApiKeySchema } from "@/lib/api-keys/schemas";
import { createApiKeyAction } from "@/lib/api-keys/actions";
import { useServerForm } from "@/components/forms/use-server-form";
import { TextField } from "@/components/ui/Field";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { FormMessage } from "@/components/ui/FormMessage";

type Created = { name: string; prefix: string; key: string };

/**
 * Creates a key and shows it once. The key lives only in this component's state: the server keeps its
 * hash, so after "Done" or a reload nobody can see it again.
 */
export function CreateApiKeyForm() {
  const router = useRouter();
  const [created, setCreated] = useState<Created | null>(null);
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  const { form, onSubmit, formError, errorOf, pending } = useServerForm(createApiKeySchema, createApiKeyAction, {
    defaultValues: { name: "" },
    onSuccess: (data) => {
      setCreated(data);
      setCopied("idle");
      form.reset({ name: "" });
      router.refresh();
    },
  });

  const copy = async () => {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.key);
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
  };

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <div className="sm:w-96">
          <TextField label="Key name" hint="The system that will use it, e.g. “Broker portal”" autoComplete="off" {...form.register("name")} error={errorOf("name")} />
        </div>
        {/* pt-6 lines the button up with the input (below the label) whether or not a hint or error shows */}
        <div className="sm:pt-6 [&>button]:w-full sm:[&>button]:w-auto">
          <SubmitButton pending={pending} pendingLabel="Creating…">
            Create key
          </SubmitButton>
        </div>
      </form>
      <FormMessage error={formError} />
      {created ? (
        // keyed by the key: a second key remounts the panel, so its input takes focus again
        <section key={created.key} aria-labelledby="new-key-heading" className="rounded-lg border border-amber-400 bg-amber-50 p-4">
          <h2 id="new-key-heading" className="font-semibold text-slate-900">
            Key “{created.name}” created: copy it now
          </h2>
          <p className="mt-1 text-sm text-amber-900" role="status">
            This is the only time the key is shown. We store only a fingerprint of it, so it cannot be shown again: put it in the calling system&apos;s
            secret store now. If it is lost, revoke it and create another.
          </p>
          <div className="mt-3 flex flex-col gap-2 sm:flex-row sm:items-center">
            <label htmlFor="new-api-key" className="sr-only">
              New API key
            </label>
            <input
              id="new-api-key"
              data-testid="new-api-key"
              readOnly
              // focused and selected when shown, so the key can be copied straight away with the keyboard
              autoFocus
              value={created.key}
              onFocus={(e) => e.currentTarget.select()}
              className="w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-xs sm:text-sm"
            />
            <div className="flex shrink-0 gap-2">
              <button type="button" onClick={copy} className="rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800">
                Copy key
              </button>
              <button type="button" onClick={() => setCreated(null)} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-100">
                Done
              </button>
            </div>
          </div>
          <p aria-live="polite" className="mt-2 text-sm">
            {copied === "copied" ? <span className="text-green-800">Copied to the clipboard.</span> : null}
            {copied === "failed" ? <span className="text-red-800">The browser refused to copy: select the key and copy it yourself.</span> : null}
          </p>
        </section>
      ) : null}
    </div>
  );
}
