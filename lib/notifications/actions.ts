"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db";
import { requireRole } from "@/lib/auth/session";
import { AppError, toActionError, type ActionResult } from "@/lib/errors";
import { retryFailedNotification } from "@/lib/notifications/retry-failed-notification";

const retrySchema = z.object({ id: z.string().min(1).max(64) });

/** Admin only: queues a FAILED notification for another few attempts. */
export async function retryNotificationAction(input: unknown): Promise<ActionResult> {
  try {
    const admin = await requireRole("ADMIN");
    const parsed = retrySchema.safeParse(input);
    if (!parsed.success) throw new AppError("INVALID_INPUT", "That notification could not be found.");
    await retryFailedNotification(db, parsed.data.id, new Date(), admin.id);
    revalidatePath("/admin/notifications");
    return { ok: true, data: undefined, message: "Queued for another attempt" };
  } catch (e) {
    return toActionError(e);
  }
}
