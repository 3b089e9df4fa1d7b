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
  policy_lapsed: "Policy lapsed",
  policy_cancelled: "Policy cancelled",
  negative_feedback_alert: "Negative feedback alert",
  phone_verification: "Phone verification code",
};

/**
 * QUEUED → SENDING → SENT | FAILED is delivery. Three statuses mean "not sent, on purpose", each shown to the
 * person with its reason so nothing disappears silently: HELD (waiting until the phone number is verified),
 * EXPIRED (the number was not verified within 24 hours), LIMITED (over the hourly or daily SMS cap).
 */
export type NotificationStatus = "QUEUED" | "SENDING" | "SENT" | "FAILED" | "HELD" | "EXPIRED" | "LIMITED";
export const NOTIFICATION_STATUSES: NotificationStatus[] = ["QUEUED", "SENDING", "SENT", "FAILED", "HELD", "EXPIRED", "LIMITED"];

export const STATUS_LABELS: Record<NotificationStatus, string> = {
  QUEUED: "Queued",
  SENDING: "Sending",
  SENT: "Sent",
  FAILED: "Failed",
  HELD: "Waiting for phone verification",
  EXPIRED: "Not sent: phone not verified",
  LIMITED: "Not sent: message limit reached",
};

/** What a person should know about a message that was not sent, in a sentence. */
export const STATUS_EXPLANATIONS: Partial<Record<NotificationStatus, string>> = {
  HELD: "We will send this as soon as you confirm your phone number on your profile page (within 24 hours).",
  EXPIRED: "Not sent because your phone number was not confirmed within 24 hours. The details are in your account.",
  LIMITED: "Not sent because too many texts went to this number recently. The details are in your account.",
};

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind as NotificationKind] ?? kind.replace(/_/g, " ");
}

export function statusLabel(status: string): string {
  return STATUS_LABELS[status as NotificationStatus] ?? status;
}
