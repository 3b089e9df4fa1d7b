import type { Metadata } from "next";
import { getVerifiedPolicyStatus } from "@/lib/verification/verify-cache";
import { formatPolicyDate } from "@/lib/policies/policy-dates";
import { EFFECTIVE_STATUS_LABELS, type EffectiveStatus } from "@/lib/policies/policy-status";

// Rendered per request (the signature is in the query string), from a per-policy cache of the stored
// facts (lib/verification/verify-cache.ts): expired by tag on every in-app change, re-read at the next
// start / end of cover, and the verdict itself worked out with this request's clock.
export const metadata: Metadata = { title: "Verify a policy", robots: { index: false, follow: false } };

const VERDICTS: Record<EffectiveStatus, { text: string; tone: "good" | "warn" | "bad" }> = {
  ACTIVE: { text: "Genuine policy — in force", tone: "good" },
  NOT_STARTED: { text: "Genuine policy — not in force yet", tone: "warn" },
  EXPIRED: { text: "Genuine policy — expired", tone: "warn" },
  LAPSED: { text: "Genuine policy — lapsed", tone: "bad" },
  CANCELLED: { text: "Genuine policy — cancelled", tone: "bad" },
};

const TONES = {
  good: "border-green-300 bg-green-50 text-green-900",
  warn: "border-amber-300 bg-amber-50 text-amber-900",
  bad: "border-red-300 bg-red-50 text-red-900",
};

/**
 * The public page a policy's QR code opens. No sign-in. Shows the verdict and a minimal set of facts;
 * every invalid case (no or wrong signature, unknown policy) renders the same page with status 200.
 */
export default async function VerifyPolicyPage({
  params,
  searchParams,
}: {
  params: Promise<{ policyId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { policyId } = await params;
  const { s } = await searchParams;
  const result = await getVerifiedPolicyStatus(policyId, typeof s === "string" ? s : undefined);

  if (!result.valid) {
    return (
      <div className="mx-auto max-w-lg">
        <div className={`rounded-xl border-2 p-6 ${TONES.bad}`}>
          <h1 className="text-2xl font-bold">This code is not valid</h1>
          <p className="mt-2">
            We could not match this QR code to a policy. It may have been altered or copied incorrectly. Ask the policyholder for
            their policy schedule, or contact us to check.
          </p>
        </div>
      </div>
    );
  }

  const verdict = VERDICTS[result.status];
  const status = EFFECTIVE_STATUS_LABELS[result.status];
  return (
    <div className="mx-auto max-w-lg space-y-4">
      <div className={`rounded-xl border-2 p-6 ${TONES[verdict.tone]}`}>
        <h1 className="text-2xl font-bold">{verdict.text}</h1>
        <p className="mt-1">This QR code was issued by Safeguard Insurance for the policy below.</p>
      </div>
      <dl className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white px-5">
        {[
          ["Status", status],
          ["Type", `${result.typeLabel} insurance`],
          ["Policy number", result.number],
          ["Valid from", formatPolicyDate(result.validFrom)],
          ["Valid to", `${formatPolicyDate(result.validTo)} (end of day)`],
          ["Policyholder", result.holderMasked],
          ...(result.registration ? [["Registration number", result.registration]] : []),
        ].map(([label, value]) => (
          <div key={label} className="grid grid-cols-2 gap-2 py-2">
            <dt className="font-medium text-slate-700">{label}</dt>
            <dd className="text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
