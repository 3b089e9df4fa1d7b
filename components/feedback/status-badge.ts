import type { BadgeTone, StatusBadgeProps } from "@/components/ui/StatusBadge";

const BADGES: Record<string, [string, BadgeTone]> = {
  OPEN: ["Awaiting reply", "warning"],
  ANSWERED: ["Answered", "info"],
  RESOLVED: ["Resolved", "success"],
  positive: ["Positive", "success"],
  neutral: ["Neutral", "neutral"],
  negative: ["Negative", "danger"],
};

/** A feedback status or sentiment for <StatusBadge>. */
export function feedbackBadge(value: string): StatusBadgeProps {
  const [label, tone] = BADGES[value] ?? [value, "neutral"];
  return { tone, label };
}
