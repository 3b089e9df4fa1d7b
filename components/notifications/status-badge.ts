import { statusLabel } from "@/lib/notifications/describe-notification";
import type { BadgeTone, StatusBadgeProps } from "@/components/ui/StatusBadge";

const TONES: Record<string, BadgeTone> = {
  SENT: "success",
  QUEUED: "neutral",
  SENDING: "info",
  FAILED: "danger",
  HELD: "warning",
  EXPIRED: "danger",
  LIMITED: "danger",
};

/** A notification's delivery status for <StatusBadge>. */
export function notificationBadge(status: string): StatusBadgeProps {
  return { tone: TONES[status] ?? "neutral", label: statusLabel(status) };
}
