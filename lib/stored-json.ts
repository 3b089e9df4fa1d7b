import type { Prisma } from "@/lib/generated/prisma/client";

type JsonValue = Prisma.JsonValue;

/**
 * Json columns (policy and claim `details`, fraud reasons, feedback signals, …) come back from Prisma as
 * parsed JSON: the database guarantees it is JSON, not which shape. Our own code writes them after zod
 * validation, so a value of another shape (hand-edited row) is treated as empty rather than breaking the
 * page that shows it.
 */
export function storedObject(value: JsonValue | null | undefined): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** A stored JSON array (empty when the value is not one). */
export function storedArray(value: JsonValue | null | undefined): unknown[] {
  return Array.isArray(value) ? value : [];
}
