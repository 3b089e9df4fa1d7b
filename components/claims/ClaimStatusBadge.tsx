import { CLAIM_STATUS_LABELS, type ClaimStatus } from "@/lib/claims/claim-transitions";

const STYLES: Record<ClaimStatus, string> = {
  SUBMITTED: "bg-sky-100 text-sky-900",
  UNDER_REVIEW: "bg-amber-100 text-amber-900",
  APPROVED: "bg-green-100 text-green-900",
  REJECTED: "bg-red-100 text-red-900",
  PAID: "bg-emerald-200 text-emerald-950",
};

export function ClaimStatusBadge({ status }: { status: ClaimStatus }) {
  return (
    <span className={`inline-block whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-semibold ${STYLES[status]}`} data-testid="claim-status">
      {CLAIM_STATUS_LABELS[status]}
    </span>
  );
}
