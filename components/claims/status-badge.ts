import { CLAIM_STATUS_LABELS, type ClaimStatus } from "@/lib/claims/claim-transitions";
import type { BadgeTone, StatusBadgeProps } from "@/components/ui/StatusBadge";

const TONES: Record<ClaimStatus, BadgeTone> = {
  SUBMITTED: "info",
  UNDER_REVIEW: "warning",
  APPROVED: "success",
  REJECTED: "danger",
  PAID: "done",
};

/** A claim's status for <StatusBadge>; the tests find it by its test id. */
export function claimBadge(status: ClaimStatus): StatusBadgeProps {
  return { tone: TONES[status], label: CLAIM_STATUS_LABELS[status], testId: "claim-status" };
}
