import { adminOrNotFound } from "@/lib/auth/session";
import { listModelVersions } from "@/lib/admin/model-versions";
import { Card, PageTitle } from "@/components/ui/Card";
import { adminPageMetadata } from "@/lib/admin/page-metadata";

export const generateMetadata = adminPageMetadata("Model versions");

const pct = new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 1 });
const num = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 3 });
const int = new Intl.NumberFormat("en-GB");

export default async function AdminModelsPage() {
  await adminOrNotFound();
  const models = await listModelVersions();
  return (
    <div className="space-y-6">
      <PageTitle subtitle="The fraud models scoring claims now. A model only triages: a person decides every claim it sends to investigation.">
        Model versions
      </PageTitle>
      {models.map((m) => (
        <Card key={m.kind}>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 className="text-lg font-semibold">{m.kind === "motor" ? "Motor" : "General"} model</h2>
            <span className="font-mono text-sm" data-testid={`model-version-${m.kind}`}>
              {m.version}
            </span>
          </div>
          <p className="text-sm text-slate-600">{m.usedFor}</p>
          {m.card ? (
            <div className="mt-4 grid gap-6 lg:grid-cols-2">
              <div className="space-y-3 text-sm">
                <p>{m.card.intendedUse}</p>
                <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                  <dt className="text-slate-600">Trained on</dt>
                  <dd>
                    {m.card.data.file} · {int.format(m.card.data.rows)} claims, {pct.format(m.card.data.fraudRate)} fraud
                  </dd>
                  <dt className="text-slate-600">Forest</dt>
                  <dd>
                    {m.card.search
                      ? `${m.card.params.nEstimators} trees on ${int.format(m.card.search.featureCount)} features, ${pct.format(m.card.search.maxFeatures)} per tree, depth ${m.card.search.maxDepth} (chosen on inner folds), seed ${m.card.seed}`
                      : `${m.card.params.nEstimators} trees, ${pct.format(m.card.params.maxFeatures)} of features, depth ${m.card.params.maxDepth}, seed ${m.card.seed}`}
                  </dd>
                  <dt className="text-slate-600">Investigate when</dt>
                  <dd>
                    probability ≥ {num.format(m.card.threshold.value)} or anomaly ≥ {num.format(m.card.anomalyThreshold)}
                  </dd>
                  <dt className="text-slate-600">Training time</dt>
                  <dd>{num.format(m.card.trainingSeconds)} s</dd>
                </dl>
                <table className="w-full text-left">
                  <caption className="mb-1 text-left font-semibold">
                    {m.card.folds}-fold nested cross-validation: each fold judged at a threshold chosen without it
                  </caption>
                  <thead>
                    <tr className="text-slate-600">
                      <th scope="col" className="py-1 font-medium">
                        <span className="sr-only">Figure</span>
                      </th>
                      <th scope="col" className="py-1 font-medium">ROC-AUC</th>
                      <th scope="col" className="py-1 font-medium">PR-AUC</th>
                      <th scope="col" className="py-1 font-medium">Precision</th>
                      <th scope="col" className="py-1 font-medium">Recall</th>
                      <th scope="col" className="py-1 font-medium">F1</th>
                    </tr>
                  </thead>
                  <tbody>
                    {[
                      { name: "Honest", hint: "", m: m.card.cv, className: "" },
                      ...(m.card.optimistic
                        ? [{ name: "Optimistic", hint: " (threshold picked on the same predictions)", m: m.card.optimistic, className: "text-slate-600" }]
                        : []),
                    ].map((row) => (
                      <tr key={row.name} className={row.className}>
                        <th scope="row" className="py-1 pr-2 font-medium">
                          {row.name}
                          {row.hint && <span className="sr-only">{row.hint}</span>}
                        </th>
                        <td className="py-1">{num.format(row.m.rocAuc)}</td>
                        <td className="py-1">{num.format(row.m.prAuc)}</td>
                        <td className="py-1">{pct.format(row.m.precision)}</td>
                        <td className="py-1">{pct.format(row.m.recall)}</td>
                        <td className="py-1">{num.format(row.m.f1)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {m.card.optimistic && (
                  <p className="text-slate-600">
                    The optimistic row picks the threshold on the very predictions it is scored on, which flatters F1; expect the honest row.
                  </p>
                )}
                <p className="text-slate-700">
                  Of {int.format(m.card.cv.rows)} claims (honest): {int.format(m.card.cv.confusion.truePositives)} frauds caught,{" "}
                  {int.format(m.card.cv.confusion.falseNegatives)} missed, {int.format(m.card.cv.confusion.falsePositives)} genuine claims sent to
                  investigation.
                </p>
                <p className="text-slate-700">
                  Never used as inputs: {m.card.excludedColumns.map((c) => c.column).join(", ")}.
                </p>
              </div>
              <div>
                <h3 className="mb-2 text-sm font-semibold">Strongest features</h3>
                <ul className="space-y-1.5 text-sm">
                  {m.card.topFeatures.map((f) => (
                    <li key={f.feature}>
                      <div className="flex justify-between gap-2">
                        <span>{f.feature}</span>
                        <span className="tabular-nums text-slate-600">{pct.format(f.importance)}</span>
                      </div>
                      <div aria-hidden className="mt-0.5 h-2 rounded bg-slate-100">
                        <div className="h-2 rounded bg-brand-600" style={{ width: `${Math.min(100, (f.importance / m.card!.topFeatures[0].importance) * 100)}%` }} />
                      </div>
                    </li>
                  ))}
                </ul>
              </div>
            </div>
          ) : (
            <p className="mt-3 text-sm text-amber-800">This model has no card: retrain it with npm run ml:train to describe it.</p>
          )}
        </Card>
      ))}
      <p className="text-sm text-slate-600">To retrain: npm run ml:generate, then npm run ml:train (see the README). The version is a hash of the model file.</p>
    </div>
  );
}
