import "server-only";
import type { Db, Tx } from "@/lib/db";
import { env } from "@/lib/env";
import type { ModelKind } from "@/ml/fraud/dataset-schema";
import type { ModelCard } from "@/ml/fraud/model-file";
import { defaultFraudModel, parseFraudModel, scoreRecord, type FraudScore, type LoadedFraudModel } from "@/ml/fraud/scorer-core";
import { appClaimToRecord, type AppClaimInput } from "@/ml/fraud/app-mapping";
import type { RawRecord } from "@/ml/fraud/dataset-schema";

/*
 * The model each app instance scores with: the kind's active registry version. The active version id
 * is read from the database at most once per kind every MODEL_CACHE_SECONDS (default 5), so a promote
 * or roll back reaches every instance within that time without a restart, and scoring a claim costs
 * no query beyond that cached read. A version's model (about 1 MB of JSON) is loaded and parsed once
 * per process and kept in a small LRU by version. With nothing active (empty registry) the committed
 * files in ml/fraud/model are the fallback.
 */

type ActiveEntry = { readAt: number; versionId: string | null };

export type ActiveModelSource = {
  /** The model to score a new claim of `kind` with. */
  activeModel: (db: Db | Tx, kind: ModelKind) => Promise<LoadedFraudModel>;
  /** How many versions are parsed and held in this process (for tests and metrics). */
  loadedCount: () => number;
};

/** How many parsed versions a process keeps (two kinds, plus a version being switched to or from). */
const DEFAULT_MAX_LOADED = 4;

export function createActiveModelSource(opts: { ttlMs: number; now?: () => number; maxLoaded?: number }): ActiveModelSource {
  const now = opts.now ?? Date.now;
  const maxLoaded = opts.maxLoaded ?? DEFAULT_MAX_LOADED;
  const active = new Map<ModelKind, ActiveEntry>();
  const loaded = new Map<string, LoadedFraudModel>();

  async function activeVersionId(db: Db | Tx, kind: ModelKind): Promise<string | null> {
    const cached = active.get(kind);
    if (cached && now() - cached.readAt < opts.ttlMs) return cached.versionId;
    const row = await db.activeModel.findUnique({ where: { kind }, select: { modelVersionId: true } });
    const versionId = row?.modelVersionId ?? null;
    active.set(kind, { readAt: now(), versionId });
    return versionId;
  }

  async function load(db: Db | Tx, versionId: string): Promise<LoadedFraudModel | null> {
    const hit = loaded.get(versionId);
    if (hit) {
      // most recently used last
      loaded.delete(versionId);
      loaded.set(versionId, hit);
      return hit;
    }
    const row = await db.modelVersion.findUnique({ where: { id: versionId }, select: { model: true, card: true, version: true } });
    if (!row) return null;
    const model = parseFraudModel(row.model, row.card as unknown as ModelCard, row.version);
    loaded.set(versionId, model);
    while (loaded.size > maxLoaded) loaded.delete(loaded.keys().next().value as string);
    return model;
  }

  return {
    async activeModel(db, kind) {
      const versionId = await activeVersionId(db, kind);
      return (versionId && (await load(db, versionId))) || defaultFraudModel(kind);
    },
    loadedCount: () => loaded.size,
  };
}

let processSource: ActiveModelSource | undefined;

/** The process's source, with the configured cache time. */
function source(): ActiveModelSource {
  processSource ??= createActiveModelSource({ ttlMs: env().MODEL_CACHE_SECONDS * 1000 });
  return processSource;
}

/** The active model of a kind for this process (cached read; see above). */
export function activeFraudModel(db: Db | Tx, kind: ModelKind): Promise<LoadedFraudModel> {
  return source().activeModel(db, kind);
}

/** A claim scorer bound to one loaded model (resolve the model before a transaction, score inside it). */
export function claimScorerFor(model: LoadedFraudModel): (input: AppClaimInput) => FraudScore {
  return (input) => scoreRecord(model, appClaimToRecord(input).record);
}

/** The scoring API's motor scorer bound to one loaded model. */
export function motorScorerFor(model: LoadedFraudModel) {
  return {
    score: (record: RawRecord): FraudScore => scoreRecord(model, record),
    model: () => ({ kind: "motor" as const, version: model.version, threshold: model.file.threshold, anomalyThreshold: model.file.anomalyThreshold }),
  };
}
