import { EFFECTIVE_STATUS_LABELS, type EffectiveStatus } from "@/lib/policies/policy-status";

const STYLES: Record<EffectiveStatus, string> = {
  ACTIVE: "bg-green-100 text-green-900",
  NOT_STARTED: "bg-sky-100 text-sky-900",
  EXPIRED: "bg-amber-100 text-amber-900",
  LAPSED: "bg-red-100 text-red-900",
  CANCELLED: "bg-slate-200 text-slate-800",
};

export function StatusBadge({ status }: { status: EffectiveStatus }) {
  return <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${STYLES[status]}`}>{EFFECTIVE_STATUS_LABELS[status]}</span>;
}
