import type { NotificationKind } from "@/lib/notifications/templates";

/** Each kind in words, for people reading a list of notifications. */
export const KIND_LABELS: Record<NotificationKind, string> = {
  policy_created: "Policy created",
  claim_submitted: "Claim received",
  claim_decided: "Claim decided",
  claim_paid: "Claim paid",
  renewal_confirmed: "Renewal confirmed",
  policy_expiring: "Policy ending soon",
  policy_expired: "Policy expired",
  policy_cancelled: "Policy cancelled",
  negative_feedback_alert: "Negative feedback alert",
};

export type NotificationStatus = "QUEUED" | "SENDING" | "SENT" | "FAILED";
export const NOTIFICATION_STATUSES: NotificationStatus[] = ["QUEUED", "SENDING", "SENT", "FAILED"];

export const STATUS_LABELS: Record<NotificationStatus, string> = { QUEUED: "Queued", SENDING: "Sending", SENT: "Sent", FAILED: "Failed" };

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind as NotificationKind] ?? kind.replace(/_/g, " ");
}

export function statusLabel(status: string): string {
  return STATUS_LABELS[status as NotificationStatus] ?? status;
}
