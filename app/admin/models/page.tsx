import { adminOrNotFound } from "@/lib/auth/session";
import { listModelVersions, type DriftReport, type ModelKindView } from "@/lib/admin/model-versions";
import { promoteModelFormAction, registerBundledModelsFormAction, rollBackModelFormAction } from "@/lib/admin/actions";
import { Card, PageTitle } from "@/components/ui/Card";
import { ReasonForm } from "@/components/admin/ReasonForm";
import { CountBarChart } from "@/components/charts/CountBarChart";
import { adminPageMetadata } from "@/lib/admin/page-metadata";

export const generateMetadata = adminPageMetadata("Model versions");

const pct = new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 1 });
const num = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 3 });
const int = new Intl.NumberFormat("en-GB");
const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

const KIND_NAME = { motor: "Motor", general: "General" } as const;
const BAND_TEXT = {
  stable: "stable (below 0.1: live claims look like the ones the model was validated on)",
  moderate: "moderate shift (0.1–0.2: worth watching)",
  significant: "significant shift (above 0.2: review the model or retrain it on recent claims)",
} as const;

export default async function AdminModelsPage() {
  await adminOrNotFound();
  const kinds = await listModelVersions();
  return (
    <div className="space-y-6">
      <PageTitle subtitle="Every registered fraud model, which one scores new claims, and whether live claims still look like its training data. A model only triages: a person decides every claim it sends to investigation.">
        Model versions
      </PageTitle>
      {kinds.map((k) => (
        <KindSection key={k.kind} k={k} />
      ))}
      <Card>
        <h2 className="text-lg font-semibold">Register the bundled models</h2>
        <p className="mb-3 text-sm text-slate-600">
          Adds the model files committed with the app (ml/fraud/model) to the registry if they are not there yet; it does not make them active. Models
          trained with <code>npm run ml:train -- --data file.csv --register</code> are registered the same way.
        </p>
        <ReasonForm
          action={registerBundledModelsFormAction}
          hidden={{}}
          id="register-note"
          label="Note for the audit trail (optional)"
          submitLabel="Register bundled models"
          pendingLabel="Registering…"
          variant="secondary"
          required={false}
        />
      </Card>
    </div>
  );
}

function KindSection({ k }: { k: ModelKindView }) {
  const name = KIND_NAME[k.kind];
  return (
    <Card>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">{name} model</h2>
        <span className="text-sm">
          Active: <span className="font-mono" data-testid={`model-version-${k.kind}`}>{k.activeVersion}</span>
        </span>
      </div>
      <p className="text-sm text-slate-600">{k.usedFor}</p>
      {k.fallback && (
        <p className="mt-2 text-sm text-amber-800">
          No registered version is active: claims are scored by the committed model files ({k.fallback.version}, {int.format(k.fallback.claimsScored)} claims
          scored). Run <code>npm run setup</code> or register the bundled models below, then promote one.
        </p>
      )}

      <div className="mt-4 overflow-x-auto" role="region" aria-label={`${name} versions`} tabIndex={0}>
        <table className="w-full min-w-[56rem] text-left text-sm" data-testid={`versions-${k.kind}`}>
          <caption className="mb-1 text-left font-semibold">
            {name} versions, newest first: cross-validated figures (honest = threshold chosen without the fold it is judged on)
          </caption>
          <thead>
            <tr className="text-slate-600">
              <th scope="col" className="py-1 pr-3 font-medium">Version</th>
              <th scope="col" className="py-1 pr-3 font-medium">ROC-AUC</th>
              <th scope="col" className="py-1 pr-3 font-medium">F1 honest (optimistic)</th>
              <th scope="col" className="py-1 pr-3 font-medium">Precision / recall</th>
              <th scope="col" className="py-1 pr-3 font-medium">Threshold</th>
              <th scope="col" className="py-1 pr-3 font-medium">Data</th>
              <th scope="col" className="py-1 pr-3 font-medium">Registered</th>
              <th scope="col" className="py-1 pr-3 font-medium">Claims scored</th>
              <th scope="col" className="py-1 font-medium">Action</th>
            </tr>
          </thead>
          <tbody>
            {k.versions.map((v) => (
              <tr key={v.id} className={`border-t border-slate-100 align-top ${v.active ? "bg-brand-50" : ""}`} data-testid={`version-row-${v.version}`}>
                <th scope="row" className="py-2 pr-3 font-mono font-medium">
                  {v.version}
                  {v.active && <span className="ml-2 rounded bg-green-100 px-1.5 py-0.5 font-sans text-xs font-semibold text-green-900">Active</span>}
                </th>
                <td className="py-2 pr-3">{num.format(v.metrics.rocAuc)}</td>
                <td className="py-2 pr-3">
                  {num.format(v.metrics.f1)}
                  {v.metrics.optimisticF1 !== null && <span className="text-slate-600"> ({num.format(v.metrics.optimisticF1)})</span>}
                </td>
                <td className="py-2 pr-3">
                  {pct.format(v.metrics.precision)} / {pct.format(v.metrics.recall)}
                </td>
                <td className="py-2 pr-3">{num.format(v.metrics.threshold)}</td>
                <td className="py-2 pr-3">
                  {v.card.data.file}
                  <br />
                  <span className="text-slate-600">
                    {int.format(v.card.data.rows)} rows, {pct.format(v.card.data.fraudRate)} fraud, sha256 <span className="font-mono">{v.card.data.sha256.slice(0, 10)}</span>
                  </span>
                </td>
                <td className="py-2 pr-3">
                  {v.createdBy}
                  <br />
                  <span className="text-slate-600">{when.format(v.createdAt)} UTC</span>
                </td>
                <td className="py-2 pr-3">{int.format(v.claimsScored)}</td>
                <td className="py-2">
                  {v.active ? (
                    <span className="text-slate-600">Scoring new claims</span>
                  ) : (
                    <details>
                      <summary className="cursor-pointer font-semibold text-brand-700">Promote…</summary>
                      <div className="mt-2 w-72">
                        <ReasonForm
                          action={promoteModelFormAction}
                          hidden={{ kind: k.kind, versionId: v.id, expectedActiveId: k.activeId }}
                          id={`promote-reason-${v.id}`}
                          label={`Why promote ${v.version}? (optional)`}
                          hint="New claims are scored with it in every app instance within seconds."
                          submitLabel={`Confirm promote ${v.version}`}
                          pendingLabel="Promoting…"
                          variant="primary"
                          required={false}
                        />
                      </div>
                    </details>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {k.versions.length === 0 && <p className="mt-2 text-sm text-slate-600">No {k.kind} versions are registered yet.</p>}
      </div>

      {k.versions
        .filter((v) => v.active)
        .map((v) => (
          <div key={v.id} className="mt-4 text-sm" data-testid={`model-inputs-${k.kind}`}>
            <h3 className="font-semibold">Inputs of the active version</h3>
            <p className="text-slate-700">
              Probability:{" "}
              {v.card.forestWeight >= 1
                ? "random forest alone"
                : v.card.forestWeight <= 0
                  ? "logistic model alone"
                  : `${pct.format(v.card.forestWeight)} random forest + ${pct.format(1 - v.card.forestWeight)} logistic model (weight chosen on inner folds)`}
              .
            </p>
            <p className="text-slate-700">
              Strongest: {v.card.topFeatures.map((f) => `${f.feature} (${pct.format(f.importance)})`).join(", ")}.
            </p>
            <p className="text-slate-700">
              Never used as inputs: {v.card.excludedColumns.map((c) => `${c.column} (${c.reason})`).join("; ")}.
            </p>
          </div>
        ))}

      {k.rollbackTo && (
        <details className="mt-4">
          <summary className="cursor-pointer text-sm font-semibold text-red-800">Roll back to {k.rollbackTo}…</summary>
          <div className="mt-2 max-w-md">
            <ReasonForm
              action={rollBackModelFormAction}
              hidden={{ kind: k.kind, expectedActiveId: k.activeId }}
              id={`rollback-reason-${k.kind}`}
              label="Why roll back? (optional)"
              hint={`Makes ${k.rollbackTo}, the version active before the current one, active again.`}
              submitLabel={`Confirm roll back to ${k.rollbackTo}`}
              pendingLabel="Rolling back…"
              variant="danger"
              required={false}
            />
          </div>
        </details>
      )}

      {k.history.length > 0 && (
        <div className="mt-4 text-sm">
          <h3 className="font-semibold">Activation history</h3>
          <ul className="mt-1 space-y-0.5 text-slate-700">
            {k.history.map((h) => (
              <li key={h.id}>
                {when.format(h.createdAt)} UTC — {h.action === "rollback" ? "rolled back to" : h.action === "promote" ? "promoted" : "activated"}{" "}
                <span className="font-mono">{h.modelVersion.version}</span> by {h.actorName}
                {h.reason ? `: “${h.reason}”` : ""}
              </li>
            ))}
          </ul>
        </div>
      )}

      <DriftSection kind={k.kind} drift={k.drift} />
    </Card>
  );
}

function DriftSection({ kind, drift }: { kind: ModelKindView["kind"]; drift: DriftReport }) {
  return (
    <div className="mt-6 border-t border-slate-200 pt-4">
      <h3 className="font-semibold">Drift of the active model</h3>
      <p className="text-sm text-slate-600">
        Population stability index (PSI) of the fraud probabilities of the claims the active version scored in the last 30 days (the newest 2,000 at
        most) against the out-of-fold probabilities its card recorded. Below 0.1 is stable, 0.1–0.2 a moderate shift worth watching, above 0.2 a
        significant shift: the model is scoring claims unlike the ones it was validated on.
      </p>
      {drift.status === "no-reference" && <p className="mt-2 text-sm text-slate-700">This model&apos;s card has no reference distribution: retrain it to record one.</p>}
      {drift.status === "too-few" && (
        <p className="mt-2 text-sm text-slate-700">
          Only {int.format(drift.claims)} claims scored by this version in the last 30 days: too few to compare distributions.
        </p>
      )}
      {drift.status === "ok" && (
        <div className="mt-2 space-y-3 text-sm">
          <p data-testid={`drift-${kind}`}>
            Fraud probability PSI <strong>{num.format(drift.probability.psi)}</strong> over {int.format(drift.claims)} claims: {BAND_TEXT[drift.probability.band]}.
          </p>
          {drift.probability.band === "significant" && (
            <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-2 text-amber-900">
              Warning: PSI above 0.2. Live fraud scores differ from what this model was validated on; check recent claims and consider retraining.
            </p>
          )}
          <CountBarChart
            description={`${KIND_NAME[kind]} model: share of claims per fraud-probability band, reference (out of fold) and live`}
            unit="percent"
            rows={drift.probability.rows.map((r) => ({ name: r.name, reference: r.reference, live: r.live }))}
            series={[
              { key: "reference", label: "Reference (card, out of fold)", colour: "#94a3b8" },
              { key: "live", label: "Live (last 30 days)", colour: "#1e40af" },
            ]}
            grouped
          />
          <table className="text-left">
            <caption className="mb-1 text-left font-semibold">PSI of the model&apos;s top five inputs</caption>
            <thead>
              <tr className="text-slate-600">
                <th scope="col" className="pr-4 font-medium">Input</th>
                <th scope="col" className="pr-4 font-medium">PSI</th>
                <th scope="col" className="font-medium">Reading</th>
              </tr>
            </thead>
            <tbody>
              {drift.inputs.map((i) => (
                <tr key={i.label}>
                  <th scope="row" className="pr-4 font-normal">{i.label}</th>
                  <td className="pr-4 tabular-nums">{num.format(i.psi)}</td>
                  <td>{i.band === "significant" ? "significant shift (above 0.2)" : i.band === "moderate" ? "moderate shift" : "stable"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
