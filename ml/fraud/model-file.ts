import { createHash } from "node:crypto";
import type { ModelKind } from "./dataset-schema";
import type { AttributeSpec, Attributes, ExcludedColumn } from "./features";
import type { FeatureEncoding } from "./encode-features";
import type { IsolationForestModel } from "./isolation-forest";
import type { DriftReference } from "./drift";
import type { ClassificationMetrics } from "./metrics";
import type { ForestJson, ForestParams } from "./train-forest";
import type { ModelBlend } from "./logistic";
import type { AdditiveOptions, FitChoice, PipelineCandidate } from "./train";

/**
 * The two files a trained model consists of. `model.json` holds everything scoring needs and is a
 * pure function of (data, seed, parameters) — so its hash is the version id. `card.json` documents
 * it (metrics, provenance, timings) and is allowed to differ between runs only in the timings.
 */

/**
 * Format tag written into model.json, bumped when its layout changes. 2 (2026-11-25) adds `blend`
 * (forest weight + logistic model); 1 has none and means the forest alone. Both load.
 */
export const MODEL_FORMAT = "insurance-fraud-model/2";
/** Every format the scorer and the registry accept. */
export const SUPPORTED_MODEL_FORMATS: readonly string[] = ["insurance-fraud-model/1", MODEL_FORMAT];

/** Contents of model.json. */
export interface FraudModelFile {
  format: typeof MODEL_FORMAT | "insurance-fraud-model/1";
  kind: ModelKind;
  attributes: AttributeSpec[];
  encoding: FeatureEncoding;
  /** Fraud probability at or above which a claim is sent to investigation. */
  threshold: number;
  /** Anomaly score at or above which a claim is sent to investigation regardless of probability. */
  anomalyThreshold: number;
  /** A typical genuine claim (median / most common value per attribute among non-fraud rows); reasons compare against it. */
  reasonBaseline: Attributes;
  forest: ForestJson;
  /** Format 2: how the forest and the additive (logistic) model are combined; absent in format 1 (forest only). */
  blend?: ModelBlend;
  isolationForest: IsolationForestModel;
}

/** One feature with its share of the forest's total impurity decrease. */
export interface FeatureImportance {
  feature: string;
  importance: number;
}

/** Contents of card.json. */
export interface ModelCard {
  version: string;
  kind: ModelKind;
  format: string;
  intendedUse: string;
  data: { file: string; sha256: string; rows: number; fraudRate: number };
  seed: number;
  folds: number;
  params: ForestParams;
  threshold: { value: number; method: string };
  anomaly: { threshold: number; method: string; combination: string };
  crossValidation: {
    /** Honest: each outer fold judged at the threshold chosen without it (nested CV). */
    atThreshold: ClassificationMetrics;
    foldThresholds: number[];
    /** Optimistic: best-F1 cut chosen on the same out-of-fold probabilities it is measured on. */
    optimistic: ClassificationMetrics;
    atHalf: ClassificationMetrics;
    rocAucByFold: number[];
    /** The outer fits' forest alone and logistic model alone (cards from 2026-11-25 on). */
    partsRocAuc?: { forest: number; additive: number | null };
  };
  /** The inner-fold search: its candidates, and what it chose in each outer fold and for this model. */
  tuning: {
    innerFolds: number;
    trees: number;
    candidates: PipelineCandidate[];
    /** The logistic model blended with the forest (cards from 2026-11-25 on; null = forest only). */
    additive?: AdditiveOptions | null;
    folds: FitChoice[];
    final: FitChoice;
  };
  trainingSetMetrics: ClassificationMetrics;
  features: FeatureImportance[];
  attributes: AttributeSpec[];
  excludedColumns: ExcludedColumn[];
  timings: { crossValidationSeconds: number; finalTrainingSeconds: number; totalSeconds: number };
  expectations: string;
  notes: string[];
  /** Reference distributions for drift (PSI) on live claims; cards trained before 2026-11-25 have none. */
  drift?: DriftReference;
}

/** Serialises model.json deterministically (fixed key order from construction, no timestamps). */
export function serializeModel(model: FraudModelFile): string {
  return JSON.stringify(model);
}

/** Version id: kind plus the first 12 hex digits of the SHA-256 of model.json's bytes. */
export function modelVersion(kind: ModelKind, serialized: string): string {
  return `${kind}-${createHash("sha256").update(serialized).digest("hex").slice(0, 12)}`;
}
