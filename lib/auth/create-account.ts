import "server-only";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { signupSchema, type Role } from "@/lib/auth/schemas";
import { smsNumberProblem } from "@/lib/phone/sms-number";

/**
 * Creates a policyholder account from untrusted input. Validation failures and a taken email come
 * back as AppError with field messages; the password is stored only as an argon2id hash. Only numbers
 * that can receive texts are accepted, and the number starts unverified (nothing is sent to it but the
 * verification code until the user confirms it).
 */
export async function createAccount(db: Db, input: unknown, role: Role = "USER"): Promise<{ id: string; email: string }> {
  const parsed = signupSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const i of parsed.error.issues) fieldErrors[String(i.path[0] ?? "form")] ??= i.message;
    throw new AppError("INVALID_INPUT", "Please check the highlighted fields.", fieldErrors);
  }
  const { name, email, phone, password } = parsed.data;
  const phoneProblem = smsNumberProblem(phone);
  if (phoneProblem) throw new AppError("INVALID_INPUT", "Please check the highlighted fields.", { phone: phoneProblem });
  const emailTaken = { email: "An account with this email already exists. Sign in instead." };
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new AppError("CONFLICT", "An account with this email already exists.", emailTaken);
  }
  const passwordHash = await hashPassword(password);
  try {
    return await db.user.create({ data: { name, email, phone, passwordHash, role }, select: { id: true, email: true } });
  } catch (e) {
    // Two sign-ups racing for one email: the unique index decides.
    if ((e as { code?: string }).code === "P2002") throw new AppError("CONFLICT", "An account with this email already exists.", emailTaken);
    throw e;
  }
}
