import { statusLabel } from "@/lib/notifications/describe-notification";

const STYLES: Record<string, string> = {
  SENT: "bg-green-100 text-green-900 ring-green-300",
  QUEUED: "bg-slate-100 text-slate-900 ring-slate-300",
  SENDING: "bg-blue-100 text-blue-900 ring-blue-300",
  FAILED: "bg-red-100 text-red-900 ring-red-300",
  HELD: "bg-amber-100 text-amber-900 ring-amber-300",
  EXPIRED: "bg-red-100 text-red-900 ring-red-300",
  LIMITED: "bg-red-100 text-red-900 ring-red-300",
};

/** A notification's delivery status as a coloured badge that says it in words. */
export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${STYLES[status] ?? STYLES.QUEUED}`}>
      {statusLabel(status)}
    </span>
  );
}
