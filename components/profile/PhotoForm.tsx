"use client";

import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { uploadPhotoAction } from "@/lib/profile/actions";
import { PHOTO_ACCEPT, PHOTO_MAX_BYTES } from "@/lib/profile/schemas";
import { TextField } from "@/components/ui/Field";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { FormMessage } from "@/components/ui/FormMessage";

/** Photo upload. The size check here only saves a wasted upload; the server verifies the content itself. */
export function PhotoForm({ hasPhoto, version }: { hasPhoto: boolean; version: string }) {
  const router = useRouter();
  const inputRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | undefined>();
  const [success, setSuccess] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setError(undefined);
    setSuccess(null);
    const file = inputRef.current?.files?.[0];
    if (!file) return setError("Choose a photo to upload.");
    if (file.size > PHOTO_MAX_BYTES) return setError("That photo is larger than 2 MB. Choose a smaller one.");
    const data = new FormData(e.currentTarget);
    startTransition(async () => {
      const res = await uploadPhotoAction(data);
      if (!res.ok) return setError(res.fieldErrors?.photo ?? res.message);
      setSuccess(res.message ?? "Photo updated");
      if (inputRef.current) inputRef.current.value = "";
      router.refresh();
    });
  }

  return (
    <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
      {hasPhoto ? (
        // eslint-disable-next-line @next/next/no-img-element -- private, per-user image behind an authorised route
        <img src={`/api/profile/photo?v=${version}`} alt="Your profile photo" width={96} height={96} className="h-24 w-24 rounded-full border border-slate-200 object-cover" />
      ) : (
        <div aria-hidden className="flex h-24 w-24 items-center justify-center rounded-full bg-slate-200 text-xs text-slate-700">
          No photo
        </div>
      )}
      <form onSubmit={onSubmit} noValidate className="flex-1 space-y-3">
        <TextField ref={inputRef} label="Profile photo" name="photo" type="file" accept={PHOTO_ACCEPT} error={error} hint="JPEG, PNG or WebP, up to 2 MB." />
        <FormMessage success={success} />
        <SubmitButton pending={pending} pendingLabel="Uploading…" variant="secondary">
          Upload photo
        </SubmitButton>
      </form>
    </div>
  );
}
