import Link from "next/link";
import { formatDistanceStrict } from "date-fns";
import { adminOrNotFound } from "@/lib/auth/session";
import { getClaimForAdmin } from "@/lib/admin/queries";
import { actionLabel } from "@/lib/admin/audit-log";
import { INCIDENT_HOURS } from "@/lib/claims/claim-options";
import { EFFECTIVE_STATUS_LABELS } from "@/lib/policies/policy-status";
import { formatMoney } from "@/lib/policies/money";
import { formatPolicyDate } from "@/lib/policies/policy-dates";
import { Card, PageTitle } from "@/components/ui/Card";
import { FactList, factsFrom } from "@/components/ui/FactList";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { claimBadge } from "@/components/claims/status-badge";
import { ClaimDecisionForm } from "@/components/admin/ClaimDecisionForm";
import { adminPageMetadata } from "@/lib/admin/page-metadata";
import { Breadcrumb } from "@/components/ui/Breadcrumb";

export const generateMetadata = adminPageMetadata("Claim");

const pct = new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 1 });
const num = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 3 });
const WHEN = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/London" });
const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

export default async function AdminClaimPage({ params }: { params: Promise<{ id: string }> }) {
  await adminOrNotFound();
  const { id } = await params;
  const c = await getClaimForAdmin(id);
  const now = new Date();
  return (
    <div className="space-y-6">
      <Breadcrumb links={[["Claims desk", "/admin/claims"]]} current={c.number} />
      <div className="flex flex-wrap items-start justify-between gap-3">
        <PageTitle subtitle={`Submitted ${formatDistanceStrict(c.submittedAt, now)} ago by ${c.holder.name}`}>
          Claim <span className="font-mono">{c.number}</span>
        </PageTitle>
        <StatusBadge {...claimBadge(c.status)} />
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <h2 className="text-lg font-semibold">Fraud assessment</h2>
            <div className="mt-3 flex flex-wrap items-baseline gap-x-6 gap-y-2">
              <p>
                <span className="text-3xl font-bold tabular-nums" data-testid="claim-probability">
                  {pct.format(c.fraudProbability)}
                </span>{" "}
                <span className="text-sm text-slate-600">probability of fraud</span>
              </p>
              <p className="text-sm">
                Anomaly score <span className="font-semibold tabular-nums">{num.format(c.anomalyScore)}</span>
              </p>
              <p className="text-sm">
                Model says <span className="font-semibold">{c.fraudDecision === "investigate" ? "investigate" : "approve"}</span>
              </p>
            </div>
            <p className="mt-1 text-xs text-slate-600">
              Scored by the {c.modelKind} model, version <span className="font-mono">{c.modelVersion}</span> (<Link href="/admin/models" className="underline">model versions</Link>).
            </p>
            <h3 className="mt-4 text-sm font-semibold">Why</h3>
            {c.reasons.length ? (
              <ul className="mt-1 space-y-1 text-sm">
                {c.reasons.map((r) => (
                  <li key={r.feature} className="flex flex-wrap justify-between gap-2">
                    <span>{r.text}</span>
                    <span className={`tabular-nums ${r.direction === "raises" ? "text-red-800" : "text-green-800"}`}>
                      {r.direction === "raises" ? "raises" : "lowers"} it by {pct.format(Math.abs(r.impact))}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-1 text-sm text-slate-600">No single fact moved this claim&apos;s score noticeably.</p>
            )}
          </Card>
          <Card>
            <h2 className="text-lg font-semibold">The claim</h2>
            <FactList
              rows={[
                ["Date of the incident", formatPolicyDate(c.incidentDate)],
                ["Time of the incident", INCIDENT_HOURS[c.incidentHour]?.label ?? String(c.incidentHour)],
                ["Amount claimed", formatMoney(c.amountCents)],
                ["Cover held for it", formatMoney(c.reservedCents)],
                ["Police report available", c.policeReport === null ? "Not known" : c.policeReport ? "Yes" : "No"],
                ["Witnesses", String(c.witnesses)],
                ...factsFrom(c.detailRows),
              ]}
            />
            <h3 className="mt-4 text-sm font-semibold">In the holder&apos;s words</h3>
            <p className="mt-1 whitespace-pre-wrap break-words text-sm">{c.description}</p>
            <h3 className="mt-4 text-sm font-semibold">Attachments</h3>
            {c.attachments.length ? (
              <ul className="mt-1 space-y-1 text-sm">
                {c.attachments.map((a) => (
                  <li key={a.id}>
                    <a href={a.href} className="text-brand-700 underline">
                      {a.fileName}
                    </a>{" "}
                    <span className="text-slate-600">({kb(a.sizeBytes)})</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-1 text-sm text-slate-600">No attachments.</p>
            )}
          </Card>
          <Card>
            <h2 className="text-lg font-semibold">Audit trail</h2>
            <ol className="mt-3 space-y-3 text-sm">
              {c.trail.map((e) => (
                <li key={e.id} className="border-l-2 border-slate-200 pl-3">
                  <p className="font-medium">{actionLabel(e.action)}</p>
                  <p className="text-slate-600">
                    {WHEN.format(e.createdAt)} · {e.actorName ?? (e.actorRole === "SYSTEM" ? "System" : e.actorRole === "API" ? "API client" : "Deleted account")}
                  </p>
                  {e.note ? <p className="mt-1 whitespace-pre-wrap break-words">{e.note}</p> : null}
                </li>
              ))}
            </ol>
          </Card>
        </div>
        <div className="space-y-6">
          <Card>
            <h2 className="mb-3 text-lg font-semibold">Decision</h2>
            {c.policy.status === "CANCELLED" ? (
              <p className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">The policy has been cancelled since; this claim can still be decided.</p>
            ) : null}
            <ClaimDecisionForm claimId={c.id} status={c.status} nextStatuses={c.nextStatuses} />
          </Card>
          <Card>
            <h2 className="text-lg font-semibold">Policy</h2>
            <FactList
              rows={[
                ["Number", <span key="n" className="font-mono">{c.policy.number}</span>],
                ["Type", c.policy.typeLabel],
                ["Status", EFFECTIVE_STATUS_LABELS[c.policy.status]],
                ["Cover", `${formatPolicyDate(c.policy.startDate)} – ${formatPolicyDate(c.policy.endDate)}`],
                ["Sum insured", formatMoney(c.policy.sumInsuredCents)],
                ["Cover left", formatMoney(c.policy.remainingCoverCents)],
              ]}
            />
          </Card>
          <Card>
            <h2 className="text-lg font-semibold">Policyholder</h2>
            <FactList
              rows={[
                ["Name", <Link key="n" href={`/admin/users/${c.holder.id}`} className="text-brand-700 underline">{c.holder.name}</Link>],
                ["Email", c.holder.email],
                ["Phone", c.holder.phone],
                ["Customer since", formatPolicyDate(c.holder.createdAt)],
                ...(c.holder.disabled ? ([["Account", "Disabled"]] as [string, string][]) : []),
              ]}
            />
            <h3 className="mt-4 text-sm font-semibold">Their other claims</h3>
            {c.otherClaims.length ? (
              <ul className="mt-1 space-y-1 text-sm">
                {c.otherClaims.map((o) => (
                  <li key={o.id} className="flex flex-wrap justify-between gap-2">
                    <Link href={`/admin/claims/${o.id}`} className="font-mono text-brand-700 underline">
                      {o.number}
                    </Link>
                    <span className="text-slate-700">
                      {o.statusLabel} · {formatMoney(o.amountCents)} · {pct.format(o.fraudProbability)}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-1 text-sm text-slate-600">None.</p>
            )}
          </Card>
        </div>
      </div>
    </div>
  );
}
