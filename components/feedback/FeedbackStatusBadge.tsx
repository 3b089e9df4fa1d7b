const STYLES: Record<string, [string, string]> = {
  OPEN: ["Awaiting reply", "bg-amber-100 text-amber-900"],
  ANSWERED: ["Answered", "bg-blue-100 text-blue-900"],
  RESOLVED: ["Resolved", "bg-green-100 text-green-900"],
  positive: ["Positive", "bg-green-100 text-green-900"],
  neutral: ["Neutral", "bg-slate-200 text-slate-900"],
  negative: ["Negative", "bg-red-100 text-red-900"],
};

/** A feedback status or sentiment in words, never colour alone. */
export function FeedbackBadge({ value }: { value: string }) {
  const [label, cls] = STYLES[value] ?? [value, "bg-slate-200 text-slate-900"];
  return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${cls}`}>{label}</span>;
}
