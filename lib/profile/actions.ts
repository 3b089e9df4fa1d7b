"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { AppError, toActionError, type ActionResult } from "@/lib/errors";
import { requireUser } from "@/lib/auth/session";
import { revokeAllAuthSessions } from "@/lib/auth/session-store";
import { processProfilePhoto } from "@/lib/profile/photo";
import { updateProfile } from "@/lib/profile/update-profile";
import { deleteMyAccount } from "@/lib/profile/my-data";
import { confirmPhoneVerification, sendPhoneVerificationCode } from "@/lib/phone/verify-phone";
import { expirePolicyVerification, policyIdsOfHolder } from "@/lib/verification/verify-cache";

/** Saves the signed-in user's own name and phone; a new number gets a verification code. */
export async function updateProfileAction(input: unknown): Promise<ActionResult> {
  try {
    const user = await requireUser();
    const { phoneChanged } = await updateProfile(db, user.id, input);
    let message = "Profile saved";
    if (phoneChanged) {
      message = await sendPhoneVerificationCode(db, user.id).then(
        () => "Profile saved. We sent a code to your new number: enter it below to confirm it.",
        (e) => `Profile saved. ${e instanceof AppError ? e.message : "We could not send a code just now."}`,
      );
    }
    revalidatePath("/", "layout");
    // the holder's (masked) name is on each of their policies' /verify pages
    expirePolicyVerification(await policyIdsOfHolder(db, user.id));
    return { ok: true, data: undefined, message };
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

/** Sends (again) a code to the signed-in user's own number. */
export async function sendVerificationCodeAction(): Promise<ActionResult> {
  try {
    const user = await requireUser();
    await sendPhoneVerificationCode(db, user.id);
    return { ok: true, data: undefined, message: "We sent a new code. It may take a minute to arrive." };
  } catch (e) {
    return toActionError(e);
  }
}

/** Confirms the signed-in user's number with the code from the text; waiting messages then go out. */
export async function verifyPhoneAction(input: unknown): Promise<ActionResult> {
  try {
    const user = await requireUser();
    const code = (input as { code?: unknown } | null)?.code;
    const { released } = await confirmPhoneVerification(db, user.id, code);
    revalidatePath("/", "layout");
    const more = released ? ` ${released} waiting message${released === 1 ? " is" : "s are"} on the way.` : "";
    return { ok: true, data: undefined, message: `Phone number verified.${more}` };
  } catch (e) {
    return toActionError(e);
  }
}

/** Ends every session of the signed-in user, this one included. */
export async function signOutEverywhereAction(): Promise<ActionResult> {
  try {
    const user = await requireUser();
    await revokeAllAuthSessions(db, user.id);
    return { ok: true, data: undefined, message: "Signed out of all devices" };
  } catch (e) {
    return toActionError(e);
  }
}

/** Deletes the signed-in user's account after they re-enter their password (see deleteMyAccount). */
export async function deleteAccountAction(input: unknown): Promise<ActionResult> {
  try {
    const user = await requireUser();
    const policyIds = await policyIdsOfHolder(db, user.id);
    await deleteMyAccount(db, user.id, (input as { password?: unknown } | null)?.password);
    // the account is anonymised (or gone): its policies' /verify pages must not show the old name
    expirePolicyVerification(policyIds);
    return { ok: true, data: undefined, message: "Your account has been deleted." };
  } catch (e) {
    return toActionError(e);
  }
}
