/** What a status means to the reader, as a colour; the label always says it in words too. */
export type BadgeTone = "success" | "info" | "warning" | "danger" | "neutral" | "done";

export type StatusBadgeProps = { tone: BadgeTone; label: string; testId?: string; className?: string };

const TONES: Record<BadgeTone, string> = {
  success: "bg-green-100 text-green-900",
  info: "bg-sky-100 text-sky-900",
  warning: "bg-amber-100 text-amber-900",
  danger: "bg-red-100 text-red-900",
  neutral: "bg-slate-200 text-slate-900",
  done: "bg-emerald-200 text-emerald-950",
};

/**
 * A status as a coloured pill with its label (never colour alone). Each capability maps its own
 * statuses to a tone and label (e.g. `policyBadge` in components/policies/status-badge.ts).
 */
export function StatusBadge({ tone, label, testId, className = "" }: StatusBadgeProps) {
  return (
    <span className={`inline-block whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-semibold ${TONES[tone]} ${className}`} data-testid={testId}>
      {label}
    </span>
  );
}
