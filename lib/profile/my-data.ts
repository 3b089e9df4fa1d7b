import "server-only";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { verifyPassword } from "@/lib/auth/password";
import { ACTIVE_USER } from "@/lib/auth/session-store";

/** Claim statuses that are still being handled: the account cannot be deleted while one exists. */
export const OPEN_CLAIM_STATUSES = ["SUBMITTED", "UNDER_REVIEW", "APPROVED"] as const;

/**
 * Everything the app holds about one person, as one JSON-ready object: profile, policies, claims, feedback
 * and messages. Every query filters on `userId`, so nobody else's rows can appear. Left out on purpose:
 * the password hash, the photo bytes (downloadable on its own), and claims' internal fraud triage
 * (probability, anomaly score, reasons, model inputs and version, decision), which is the insurer's
 * assessment, not data the person gave us. Feedback sentiment labels are internal triage too.
 */
export async function exportMyData(db: Db, userId: string, now: Date = new Date()) {
  const user = await db.user.findFirst({
    where: { id: userId, ...ACTIVE_USER },
    select: { id: true, name: true, email: true, phone: true, phoneVerifiedAt: true, role: true, createdAt: true, updatedAt: true, photoUpdatedAt: true },
  });
  if (!user) throw new AppError("NOT_FOUND");
  const [policies, claims, feedback, messages] = await Promise.all([
    db.policy.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { id: true, number: true, type: true, status: true, startDate: true, endDate: true, termMonths: true, sumInsuredCents: true, remainingCoverCents: true, premiumCents: true, currency: true, details: true, renewedFromId: true, createdAt: true },
    }),
    db.claim.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        number: true,
        policyId: true,
        status: true,
        incidentDate: true,
        incidentHour: true,
        description: true,
        policeReport: true,
        witnesses: true,
        amountCents: true,
        details: true,
        submittedAt: true,
        decidedAt: true,
        paidAt: true,
        attachments: { select: { fileName: true, contentType: true, sizeBytes: true, createdAt: true } },
      },
    }),
    db.feedback.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { id: true, topic: true, policyId: true, message: true, status: true, reply: true, repliedAt: true, createdAt: true },
    }),
    db.notification.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { kind: true, toPhone: true, body: true, status: true, createdAt: true, sentAt: true },
    }),
  ]);
  const { photoUpdatedAt, ...profile } = user;
  return {
    exportedAt: now.toISOString(),
    profile: { ...profile, hasPhoto: photoUpdatedAt !== null },
    policies,
    claims,
    feedback,
    messages,
  };
}

const ANONYMOUS_NAME = "Deleted account";

/**
 * Deletes a person's account at their request, after they re-enter their password. Refused, with the
 * reason, while a claim is still open (submitted, under review, or approved and not yet paid).
 *
 * Policies and claims are records an insurer must keep, and they point at the user row (the schema
 * cascades them on user delete), so the row is not deleted: it is anonymised in place — name, email,
 * phone, photo and password replaced, `deletedAt` set, every session ended. Personal data that is not
 * such a record is erased: feedback, text messages (queued ones never go out), the pending phone code,
 * and the sign-in counters keyed by the email. The policies and claims stay, no longer linked to anyone
 * identifiable. One transaction; the open-claim check is part of the conditional update itself.
 */
export async function deleteMyAccount(db: Db, userId: string, password: unknown, now: Date = new Date()): Promise<void> {
  const user = await db.user.findFirst({ where: { id: userId, ...ACTIVE_USER }, select: { email: true, role: true, passwordHash: true } });
  if (!user) throw new AppError("NOT_FOUND");
  if (typeof password !== "string" || !(await verifyPassword(user.passwordHash, password))) {
    throw new AppError("INVALID_INPUT", "Check the highlighted field.", { password: "That password is not right." });
  }
  if (user.role === "ADMIN") throw new AppError("FORBIDDEN", "Administrator accounts are closed by another administrator, not deleted from the profile page.");
  const openClaimMessage = "You have a claim that is still open. You can delete your account once it has been paid or closed.";
  await db.$transaction(async (tx) => {
    const anonymised = await tx.user.updateMany({
      where: { id: userId, ...ACTIVE_USER, claims: { none: { status: { in: [...OPEN_CLAIM_STATUSES] } } } },
      data: {
        name: ANONYMOUS_NAME,
        email: `deleted-${userId}@deleted.invalid`,
        phone: "",
        phoneVerifiedAt: null,
        passwordHash: "!deleted",
        photo: null,
        photoUpdatedAt: null,
        deletedAt: now,
      },
    });
    if (anonymised.count !== 1) {
      const open = await tx.claim.count({ where: { userId, status: { in: [...OPEN_CLAIM_STATUSES] } } });
      throw open > 0 ? new AppError("CONFLICT", openClaimMessage) : new AppError("NOT_FOUND");
    }
    await tx.authSession.deleteMany({ where: { userId } });
    await tx.phoneVerification.deleteMany({ where: { userId } });
    await tx.feedback.deleteMany({ where: { userId } });
    await tx.notification.deleteMany({ where: { userId } });
    await tx.rateLimitCounter.deleteMany({ where: { key: { startsWith: `login:account:${user.email}` } } });
  });
}

/** Whether the person has a claim that blocks deletion (for showing the reason before they try). */
export async function countOpenClaims(db: Db, userId: string): Promise<number> {
  return db.claim.count({ where: { userId, status: { in: [...OPEN_CLAIM_STATUSES] } } });
}
