import { z } from "zod";

// One entry per kind: the payload's zod schema and the SMS text. Messages are short and plain and carry
// only what the recipient already knows (their own policy number, a claim reference, a date).

const money = z.number().int().nonnegative();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/);

const dateText = (iso: string) =>
  new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(iso));
const moneyText = (cents: number, currency = "GBP") =>
  new Intl.NumberFormat("en-GB", { style: "currency", currency, maximumFractionDigits: cents % 100 === 0 ? 0 : 2 }).format(cents / 100);

export const TEMPLATES = {
  policy_created: {
    schema: z.object({ policyNumber: z.string(), typeLabel: z.string(), startDate: isoDate, endDate: isoDate }),
    render: (p: { policyNumber: string; typeLabel: string; startDate: string; endDate: string }) =>
      `Safeguard: your ${p.typeLabel} policy ${p.policyNumber} is active from ${dateText(p.startDate)} to ${dateText(p.endDate)}. View it and its QR code in your account.`,
  },
  claim_submitted: {
    // outcome: what happened on submission (approved automatically, or waiting for a claims handler)
    schema: z.object({ policyNumber: z.string(), claimRef: z.string(), amountCents: money, outcome: z.enum(["APPROVED", "UNDER_REVIEW"]).optional() }),
    render: (p: { policyNumber: string; claimRef: string; amountCents: number; outcome?: "APPROVED" | "UNDER_REVIEW" }) =>
      p.outcome === "APPROVED"
        ? `Safeguard: we received claim ${p.claimRef} for ${moneyText(p.amountCents)} on policy ${p.policyNumber} and approved it. Payment details are in your account.`
        : p.outcome === "UNDER_REVIEW"
          ? `Safeguard: we received claim ${p.claimRef} for ${moneyText(p.amountCents)} on policy ${p.policyNumber}. A claims handler will review it and we will text you when it is decided.`
          : `Safeguard: we received claim ${p.claimRef} for ${moneyText(p.amountCents)} on policy ${p.policyNumber}. We will text you when it is decided.`,
  },
  claim_decided: {
    schema: z.object({ policyNumber: z.string(), claimRef: z.string(), decision: z.enum(["APPROVED", "REJECTED"]), amountCents: money.optional() }),
    render: (p: { policyNumber: string; claimRef: string; decision: "APPROVED" | "REJECTED"; amountCents?: number }) =>
      p.decision === "APPROVED"
        ? `Safeguard: claim ${p.claimRef} on policy ${p.policyNumber} is approved${p.amountCents !== undefined ? ` for ${moneyText(p.amountCents)}` : ""}. Details are in your account.`
        : `Safeguard: claim ${p.claimRef} on policy ${p.policyNumber} was not approved. The reasons are in your account.`,
  },
  claim_paid: {
    schema: z.object({ policyNumber: z.string(), claimRef: z.string(), amountCents: money }),
    render: (p: { policyNumber: string; claimRef: string; amountCents: number }) =>
      `Safeguard: we have paid ${moneyText(p.amountCents)} for claim ${p.claimRef} on policy ${p.policyNumber}. It should reach your account within 3 working days.`,
  },
  renewal_confirmed: {
    schema: z.object({ policyNumber: z.string(), newPolicyNumber: z.string(), endDate: isoDate }),
    render: (p: { policyNumber: string; newPolicyNumber: string; endDate: string }) =>
      `Safeguard: policy ${p.policyNumber} is renewed as ${p.newPolicyNumber}, in force until ${dateText(p.endDate)}.`,
  },
  policy_expiring: {
    schema: z.object({ policyNumber: z.string(), endDate: isoDate, daysLeft: z.number().int().nonnegative() }),
    render: (p: { policyNumber: string; endDate: string; daysLeft: number }) =>
      `Safeguard: policy ${p.policyNumber} ends on ${dateText(p.endDate)} (${p.daysLeft === 0 ? "today" : p.daysLeft === 1 ? "tomorrow" : `in ${p.daysLeft} days`}). Renew in your account to stay covered.`,
  },
  policy_expired: {
    /** renewUntil: the last day of the grace period, for a policy that can still be renewed */
    schema: z.object({ policyNumber: z.string(), endDate: isoDate, renewUntil: isoDate.optional() }),
    render: (p: { policyNumber: string; endDate: string; renewUntil?: string }) =>
      `Safeguard: policy ${p.policyNumber} expired on ${dateText(p.endDate)} and no longer covers you.${p.renewUntil ? ` You can renew it in your account until ${dateText(p.renewUntil)}.` : ""}`,
  },
  policy_lapsed: {
    schema: z.object({ policyNumber: z.string(), endDate: isoDate }),
    render: (p: { policyNumber: string; endDate: string }) =>
      `Safeguard: policy ${p.policyNumber} has lapsed: it ended on ${dateText(p.endDate)} and was not renewed. Buy a new policy in your account to be covered.`,
  },
  policy_cancelled: {
    schema: z.object({ policyNumber: z.string(), typeLabel: z.string() }),
    render: (p: { policyNumber: string; typeLabel: string }) =>
      `Safeguard: your ${p.typeLabel} policy ${p.policyNumber} has been cancelled and no longer covers you. Claims already filed will still be decided. Details are in your account.`,
  },
  negative_feedback_alert: {
    // Alerts are coalesced (one SMS per admin per ADMIN_ALERT_INTERVAL_MINUTES): the text names the newest
    // item and how many negative items are waiting for a reply in all.
    schema: z.object({ feedbackRef: z.string(), topic: z.string(), waiting: z.number().int().positive().optional() }),
    render: (p: { feedbackRef: string; topic: string; waiting?: number }) =>
      p.waiting && p.waiting > 1
        ? `Safeguard admin: negative customer feedback ${p.feedbackRef} (${p.topic}) needs a reply; ${p.waiting} negative items are waiting. Open the admin dashboard.`
        : `Safeguard admin: negative customer feedback ${p.feedbackRef} (${p.topic}) needs a reply. Open the admin dashboard.`,
  },
  phone_verification: {
    schema: z.object({ code: z.string().regex(/^\d{6}$/), minutes: z.number().int().positive() }),
    render: (p: { code: string; minutes: number }) =>
      `Safeguard: ${p.code} is your code to confirm this number. It expires in ${p.minutes} minutes. We never ask for it by phone.`,
  },
} as const;

export type NotificationKind = keyof typeof TEMPLATES;
export type PayloadOf<K extends NotificationKind> = Parameters<(typeof TEMPLATES)[K]["render"]>[0];
export const NOTIFICATION_KINDS = Object.keys(TEMPLATES) as NotificationKind[];

/** Validates a payload for its kind and renders the SMS text; throws on a payload that does not fit. */
export function renderNotification<K extends NotificationKind>(kind: K, payload: PayloadOf<K>): { payload: PayloadOf<K>; body: string } {
  const t = TEMPLATES[kind];
  const parsed = t.schema.parse(payload) as PayloadOf<K>;
  return { payload: parsed, body: (t.render as (p: PayloadOf<K>) => string)(parsed) };
}
