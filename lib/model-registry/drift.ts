import "server-only";
import { subDays } from "date-fns";
import type { Db } from "@/lib/db";
import type { ModelKind, RawRecord } from "@/ml/fraud/dataset-schema";
import { inputDistribution, populationStabilityIndex, probabilityDistribution, psiBand, type DriftReference } from "@/ml/fraud/drift";
import { featureDefinitionFor, type Attributes } from "@/ml/fraud/features";
import { storedObject } from "@/lib/stored-json";

/** Live claims are those of the last this many days … */
export const DRIFT_WINDOW_DAYS = 30;
/** … and at most this many of them, newest first (a bounded sample: never every claim). */
export const DRIFT_MAX_CLAIMS = 2000;
/** Below this many live claims PSI is not computed: a handful of claims is not a distribution. */
export const DRIFT_MIN_CLAIMS = 20;

export type DriftRow = { name: string; reference: number; live: number };

export type DriftComparison = { label: string; psi: number; band: ReturnType<typeof psiBand>; rows: DriftRow[] };

export type DriftReport =
  | { status: "no-reference" }
  | { status: "too-few"; claims: number }
  | { status: "ok"; claims: number; since: Date; probability: DriftComparison; inputs: DriftComparison[] };

function compare(label: string, reference: { labels: string[]; shares: number[] }, live: { shares: number[] }): DriftComparison {
  const psi = populationStabilityIndex(reference.shares, live.shares);
  return { label, psi, band: psiBand(psi), rows: reference.labels.map((name, i) => ({ name, reference: reference.shares[i], live: live.shares[i] })) };
}

/**
 * PSI of the fraud probabilities (and the top inputs) of the claims `version` scored in the last
 * 30 days, newest 2,000 at most, against the out-of-fold distribution its card recorded.
 */
export async function driftReport(db: Db, p: { kind: ModelKind; version: string; reference: DriftReference | undefined; now?: Date }): Promise<DriftReport> {
  if (!p.reference) return { status: "no-reference" };
  const since = subDays(p.now ?? new Date(), DRIFT_WINDOW_DAYS);
  const claims = await db.claim.findMany({
    where: { modelKind: p.kind, modelVersion: p.version, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    take: DRIFT_MAX_CLAIMS,
    select: { fraudProbability: true, modelInputs: true },
  });
  if (claims.length < DRIFT_MIN_CLAIMS) return { status: "too-few", claims: claims.length };
  const definition = featureDefinitionFor(p.kind);
  const rows: Attributes[] = claims.map((c) => definition.derive(storedObject(c.modelInputs) as RawRecord));
  return {
    status: "ok",
    claims: claims.length,
    since,
    probability: compare("Fraud probability", p.reference.probability.reference, probabilityDistribution(claims.map((c) => c.fraudProbability))),
    inputs: p.reference.inputs.map((input) => compare(input.binning.label, input.reference, inputDistribution(input.binning, rows))),
  };
}
