import { loggerFor } from "@/lib/logging/logger";

/** Error codes the UI maps to messages. Raw database errors never reach a user. */
export type AppErrorCode = "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "INVALID_INPUT" | "CONFLICT" | "RATE_LIMITED" | "INTERNAL";

const USER_MESSAGES: Record<AppErrorCode, string> = {
  UNAUTHORIZED: "Please sign in to continue.",
  FORBIDDEN: "You do not have access to this.",
  NOT_FOUND: "We could not find that.",
  INVALID_INPUT: "Please check the highlighted fields.",
  CONFLICT: "That conflicts with something that already exists.",
  RATE_LIMITED: "Too many attempts. Please wait a few minutes and try again.",
  INTERNAL: "Something went wrong on our side. Please try again.",
};

export class AppError extends Error {
  constructor(
    public readonly code: AppErrorCode,
    message?: string,
    public readonly fieldErrors?: Record<string, string>,
  ) {
    super(message ?? USER_MESSAGES[code]);
    this.name = "AppError";
  }
}

/** What every server action returns to its form. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; message: string; fieldErrors?: Record<string, string> };

/** Turns anything thrown in an action into a result a form can show; unexpected errors are logged, not leaked. */
export function toActionError(err: unknown): { ok: false; message: string; fieldErrors?: Record<string, string> } {
  if (err instanceof AppError) return { ok: false, message: err.message, fieldErrors: err.fieldErrors };
  // Next uses thrown errors for redirect()/notFound(); let those propagate.
  if (err && typeof err === "object" && "digest" in err && typeof (err as { digest: unknown }).digest === "string" && /^NEXT_/.test((err as { digest: string }).digest)) {
    throw err;
  }
  loggerFor("action").error({ err }, "unexpected error in a server action");
  return { ok: false, message: USER_MESSAGES.INTERNAL };
}

/** zod issues → { field: first message } for showing beside each field. */
export function fieldErrorsFrom(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of issues) {
    const key = i.path.map(String).join(".") || "form";
    out[key] ??= i.message;
  }
  return out;
}

/** True for a unique-constraint violation (Prisma's P2002), whichever database raised it. */
export function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002";
}
