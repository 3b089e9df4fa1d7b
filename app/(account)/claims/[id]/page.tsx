import Link from "next/link";
import { userOrRedirect } from "@/lib/auth/session";
import { getMyClaim } from "@/lib/claims/queries";
import { INCIDENT_HOURS } from "@/lib/claims/claim-options";
import { formatMoney } from "@/lib/policies/money";
import { formatPolicyDate } from "@/lib/policies/policy-dates";
import { Card, PageTitle } from "@/components/ui/Card";
import { FactList, factsFrom, type Fact } from "@/components/ui/FactList";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { claimBadge } from "@/components/claims/status-badge";
import { Breadcrumb } from "@/components/ui/Breadcrumb";

export const metadata = { title: "Claim" };

const WHEN = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Europe/London" });
const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await userOrRedirect(`/claims/${id}`);
  const claim = await getMyClaim(id);
  const facts: Fact[] = [
    ["Policy", `${claim.policyTypeLabel} insurance ${claim.policyNumber}`],
    ["Date of the incident", formatPolicyDate(claim.incidentDate)],
    ["Time of the incident", INCIDENT_HOURS[claim.incidentHour]?.label ?? String(claim.incidentHour)],
    ["Amount claimed", formatMoney(claim.amountCents)],
    ["Police report available", claim.policeReport ? "Yes" : "No"],
    ["Witnesses", String(claim.witnesses)],
    ...factsFrom(claim.detailRows),
  ];
  return (
    <div className="space-y-6">
      <Breadcrumb links={[["My claims", "/claims"]]} current={claim.number} />
      <div className="flex flex-wrap items-start justify-between gap-3">
        <PageTitle subtitle={<span className="font-mono">{claim.number}</span>}>Claim on {claim.policyTypeLabel.toLowerCase()} policy</PageTitle>
        <StatusBadge {...claimBadge(claim.status)} />
      </div>
      <div className="grid gap-6 md:grid-cols-3">
        <div className="space-y-6 md:col-span-2">
          <Card>
            <h2 className="text-lg font-semibold">What you told us</h2>
            <FactList rows={facts} />
            <h3 className="mt-4 text-sm font-semibold text-slate-800">What happened</h3>
            <p className="mt-1 text-sm whitespace-pre-line break-words text-slate-800">{claim.description}</p>
            <p className="mt-4 text-sm">
              <Link href={`/policies/${claim.policyId}`} className="font-medium text-brand-700 underline">
                Open policy {claim.policyNumber}
              </Link>
            </p>
          </Card>
          <Card>
            <h2 className="text-lg font-semibold">Photos and documents</h2>
            {claim.attachments.length === 0 ? (
              <p className="mt-2 text-sm text-slate-700">No files attached.</p>
            ) : (
              <ul className="mt-2 space-y-1 text-sm">
                {claim.attachments.map((a) => (
                  <li key={a.id}>
                    <a href={a.href} download className="font-medium text-brand-700 underline">
                      {a.fileName}
                    </a>{" "}
                    <span className="text-slate-600">({kb(a.sizeBytes)})</span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
        <Card className="self-start">
          <h2 className="text-lg font-semibold">Progress</h2>
          <ol className="mt-3 space-y-4 border-l-2 border-slate-200 pl-4" aria-label="Claim progress">
            {claim.timeline.map((e) => (
              <li key={e.id} data-testid="timeline-entry">
                <p className="text-sm font-semibold text-slate-900">{e.label}</p>
                <p className="text-xs text-slate-600">
                  <time dateTime={e.at.toISOString()}>{WHEN.format(e.at)}</time>
                </p>
                {e.note ? <p className="mt-1 text-sm text-slate-800">{e.note}</p> : null}
              </li>
            ))}
          </ol>
        </Card>
      </div>
    </div>
  );
}
