import "server-only";
import type { Db } from "@/lib/db";
import { AppError, fieldErrorsFrom } from "@/lib/errors";
import { profileSchema } from "@/lib/profile/schemas";
import { smsNumberProblem } from "@/lib/phone/sms-number";

/**
 * Saves a user's own name and phone. A new number must be able to receive texts and starts unverified:
 * its earlier code is discarded, and messages wait (HELD) until the new number is confirmed.
 * Returns whether the number changed (the caller then sends a code to it).
 */
export async function updateProfile(db: Db, userId: string, input: unknown): Promise<{ phoneChanged: boolean }> {
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", undefined, fieldErrorsFrom(parsed.error.issues));
  const { name, phone } = parsed.data;
  return db.$transaction(async (tx) => {
    const current = await tx.user.findFirst({ where: { id: userId, deletedAt: null }, select: { phone: true } });
    if (!current) throw new AppError("NOT_FOUND");
    if (current.phone === phone) {
      await tx.user.update({ where: { id: userId }, data: { name } });
      return { phoneChanged: false };
    }
    const problem = smsNumberProblem(phone);
    if (problem) throw new AppError("INVALID_INPUT", undefined, { phone: problem });
    await tx.user.update({ where: { id: userId }, data: { name, phone, phoneVerifiedAt: null } });
    await tx.phoneVerification.deleteMany({ where: { userId } });
    return { phoneChanged: true };
  });
}
