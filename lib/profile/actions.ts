"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { AppError, fieldErrorsFrom, toActionError, type ActionResult } from "@/lib/errors";
import { requireUser } from "@/lib/auth/session";
import { profileSchema } from "@/lib/profile/schemas";
import { processProfilePhoto } from "@/lib/profile/photo";

/** Saves the signed-in user's own name and phone. */
export async function updateProfileAction(input: unknown): Promise<ActionResult> {
  try {
    const user = await requireUser();
    const parsed = profileSchema.safeParse(input);
    if (!parsed.success) throw new AppError("INVALID_INPUT", undefined, fieldErrorsFrom(parsed.error.issues));
    await db.user.update({ where: { id: user.id }, data: parsed.data });
    revalidatePath("/", "layout");
    return { ok: true, data: undefined, message: "Profile saved" };
  } catch (e) {
    return toActionError(e);
  }
}

/** Replaces the signed-in user's photo; nothing changes unless the new one is a valid image. */
export async function uploadPhotoAction(formData: FormData): Promise<ActionResult> {
  try {
    const user = await requireUser();
    const file = formData.get("photo");
    if (!(file instanceof File)) throw new AppError("INVALID_INPUT", "Choose a photo to upload.", { photo: "Choose a photo to upload." });
    const photo = await processProfilePhoto(new Uint8Array(await file.arrayBuffer()));
    await db.user.update({ where: { id: user.id }, data: { photo: new Uint8Array(photo), photoUpdatedAt: new Date() } });
    revalidatePath("/", "layout");
    return { ok: true, data: undefined, message: "Photo updated" };
  } catch (e) {
    return toActionError(e);
  }
}
