import type { Metadata } from "next";
import { formatPolicyDate } from "@/lib/policies/policy-dates";
import { EFFECTIVE_STATUS_LABELS, type EffectiveStatus } from "@/lib/policies/policy-status";
import type { PublicPolicyStatus } from "@/lib/verification/public-status";

// What the public QR page shows (README "Static pages and caches"): /verify/<id>?s=<signature> is rewritten (proxy.ts
// checks the signature, lib/verification/verify-rewrites.mjs routes on it) to one of the two pages of this folder, the verdict (verify-internal/[policyId]/[day]) or NotValid.

export const verifyMetadata: Metadata = { title: "Verify a policy", robots: { index: false, follow: false } };

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

/** Every invalid case (no or wrong signature, unknown policy) shows exactly this, with status 200. */
export function NotValid() {
  return (
    <div className="mx-auto max-w-lg">
      <div className={`rounded-xl border-2 p-6 ${TONES.bad}`}>
        <h1 className="text-2xl font-bold">This code is not valid</h1>
        <p className="mt-2">
          We could not match this QR code to a policy. It may have been altered or copied incorrectly. Ask the policyholder for their
          policy schedule, or contact us to check.
        </p>
      </div>
    </div>
  );
}

/** The verdict and a minimal set of facts (PublicPolicyStatus holds nothing else). */
export function Verdict({ result }: { result: PublicPolicyStatus }) {
  if (!result.valid) return <NotValid />;
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
