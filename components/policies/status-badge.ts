import { EFFECTIVE_STATUS_LABELS, type EffectiveStatus } from "@/lib/policies/policy-status";
import type { BadgeTone, StatusBadgeProps } from "@/components/ui/StatusBadge";

const TONES: Record<EffectiveStatus, BadgeTone> = {
  ACTIVE: "success",
  NOT_STARTED: "info",
  EXPIRED: "warning",
  LAPSED: "danger",
  CANCELLED: "neutral",
};

/** A policy's effective status for <StatusBadge>. */
export function policyBadge(status: EffectiveStatus): StatusBadgeProps {
  return { tone: TONES[status], label: EFFECTIVE_STATUS_LABELS[status] };
}
