import { readFileSync } from "node:fs";
import path from "node:path";
import { appClaimToRecord, type AppClaimInput } from "./app-mapping";
import type { ModelKind, RawRecord } from "./dataset-schema";
import { anomalyVector, encodeAttributes } from "./encode-features";
import { featureDefinitionFor, type AttributeSpec, type Attributes } from "./features";
import { anomalyScore } from "./isolation-forest";
import { SUPPORTED_MODEL_FORMATS, modelVersion, type FraudModelFile, type ModelCard } from "./model-file";
import { blendProbability } from "./logistic";
import { predictFraudProbability } from "./train-forest";

/**
 * Scoring without the server-only guard, for CLIs, the benchmark and tests; the app imports
 * score.ts. A claim is investigated when its fraud probability reaches the card's threshold OR
 * its anomaly score reaches the anomaly threshold: the supervised forest only knows claims like
 * its training data, so a claim unlike all of them is sent to a person even if the forest is
 * confident it is genuine.
 */

/**
 * One reason: an attribute whose value moved this claim's probability, in an adjuster's words.
 * A type alias, not an interface: it is stored in a Json column (Claim.fraudReasons), and only aliases are
 * assignable to Prisma's JSON input type.
 */
export type FraudReason = {
  feature: string;
  text: string;
  direction: "raises" | "lowers";
  /** Change in fraud probability (0–1) caused by this attribute versus a typical genuine claim. */
  impact: number;
};

/** The result of scoring one claim. */
export interface FraudScore {
  probability: number;
  anomaly: number;
  decision: "approve" | "investigate";
  reasons: FraudReason[];
  modelVersion: string;
  modelKind: ModelKind;
}

/** A model ready to score: model.json contents, its card (if present) and its version id. */
export interface LoadedFraudModel {
  file: FraudModelFile;
  card: ModelCard | null;
  version: string;
}

/** At most this many reasons are returned; smaller effects are noise to an adjuster. */
const MAX_REASONS = 5;
const MIN_REASON_IMPACT = 0.01;

/** Folder holding the committed default models (model/motor, model/general). */
export function defaultModelFolder(): string {
  // process.cwd() is the repo root for Next, tsx and vitest alike; import.meta paths differ under bundling.
  return path.join(process.cwd(), "ml/fraud/model");
}

/** Path of a kind's default model.json. */
export function defaultModelPath(kind: ModelKind): string {
  return path.join(defaultModelFolder(), kind, "model.json");
}

/** Reads model.json and, next to it, card.json (see parseFraudModel). */
export function loadFraudModel(modelPath: string): LoadedFraudModel {
  const serialized = readFileSync(modelPath, "utf8");
  let card: ModelCard | null = null;
  try {
    card = JSON.parse(readFileSync(path.join(path.dirname(modelPath), "card.json"), "utf8")) as ModelCard;
  } catch {
    card = null;
  }
  return parseFraudModel(serialized, card, modelPath);
}

/**
 * A model from model.json's exact text and its card (files or the model registry). The version is
 * recomputed from the text and must match the card's, so a hand-edited or half-copied model is refused.
 */
export function parseFraudModel(serialized: string, card: ModelCard | null, source = "model"): LoadedFraudModel {
  const file = JSON.parse(serialized) as FraudModelFile;
  if (!SUPPORTED_MODEL_FORMATS.includes(file.format)) throw new Error(`${source}: unsupported model format ${String(file.format)}`);
  const version = modelVersion(file.kind, serialized);
  if (card && card.version !== version) throw new Error(`${source}: card describes ${card.version}, model is ${version}`);
  return { file, card, version };
}

/** Fraud probability of derived attributes: the forest, blended with the logistic model when the file has one (format 2). */
export function probabilityOfAttributes(model: LoadedFraudModel, attributes: Attributes): number {
  const row = encodeAttributes(model.file.encoding, attributes);
  return blendProbability(model.file.blend, predictFraudProbability(model.file.forest, row), row);
}

/** Anomaly score of derived attributes (≈0.5 ordinary, → 1 unlike the training data). */
export function anomalyOfAttributes(model: LoadedFraudModel, attributes: Attributes): number {
  return anomalyScore(model.file.isolationForest, anomalyVector(model.file.encoding, attributes));
}

/** Whole pounds for reasons ("£12,400"): adjusters are in the UK and the mapping gives the model pounds. */
const POUNDS = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });
const PLAIN_NUMBER = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/** A model value as adjusters read it: pounds, en-GB digit grouping, units spelled out. */
export function formatValue(spec: Pick<AttributeSpec, "unit">, value: number | string | null): string {
  if (value === null) return "not recorded";
  if (typeof value === "string") return `“${value}”`;
  switch (spec.unit) {
    case "money":
      return POUNDS.format(Math.round(value));
    case "share":
      return `${Math.round(value * 100)}%`;
    case "days":
      return `${PLAIN_NUMBER.format(Math.round(value))} days`;
    case "months":
      return `${Math.round(value)} months`;
    case "years":
      return `${Math.round(value)} years`;
    case "hour":
      return `${String(Math.round(value)).padStart(2, "0")}:00`;
    case "ratio":
      return `${value.toFixed(1)}×`;
    default:
      return PLAIN_NUMBER.format(value);
  }
}

/**
 * Reasons by occlusion: each attribute in turn is set to its value in a typical genuine claim
 * (stored in the model) and the change in probability is that attribute's impact. Works for any
 * model, reads in the claim's own terms, and costs one forest pass per attribute (well under 1 ms at p50).
 */
export function explainAttributes(model: LoadedFraudModel, attributes: Attributes, probability: number): FraudReason[] {
  const baseline = model.file.reasonBaseline;
  const reasons: FraudReason[] = [];
  for (const spec of model.file.attributes) {
    const value = attributes[spec.name] ?? null;
    const typical = baseline[spec.name] ?? null;
    if (value === typical) continue;
    const impact = probability - probabilityOfAttributes(model, { ...attributes, [spec.name]: typical });
    if (Math.abs(impact) < MIN_REASON_IMPACT) continue;
    const direction = impact > 0 ? "raises" : "lowers";
    const points = Math.round(Math.abs(impact) * 100);
    reasons.push({
      feature: spec.name,
      direction,
      impact,
      text: `${spec.label} is ${formatValue(spec, value)} (typical genuine claim: ${formatValue(spec, typical)}); this ${direction} the fraud estimate by ${points} point${points === 1 ? "" : "s"}.`,
    });
  }
  return reasons.sort((a, b) => Math.abs(b.impact) - Math.abs(a.impact) || a.feature.localeCompare(b.feature)).slice(0, MAX_REASONS);
}

/** Scores derived attributes: probability, anomaly, decision and reasons. */
export function scoreAttributes(model: LoadedFraudModel, attributes: Attributes): FraudScore {
  const probability = probabilityOfAttributes(model, attributes);
  const anomaly = anomalyOfAttributes(model, attributes);
  const reasons = explainAttributes(model, attributes, probability);
  const unusual = anomaly >= model.file.anomalyThreshold;
  if (unusual) {
    reasons.unshift({
      feature: "anomaly",
      direction: "raises",
      impact: anomaly - model.file.anomalyThreshold,
      text: `This claim is unlike the claims the model learned from (anomaly score ${anomaly.toFixed(2)}, limit ${model.file.anomalyThreshold.toFixed(2)}), so a person should review it whatever the fraud estimate.`,
    });
  }
  return {
    probability,
    anomaly,
    decision: probability >= model.file.threshold || unusual ? "investigate" : "approve",
    reasons,
    modelVersion: model.version,
    modelKind: model.file.kind,
  };
}

/** Scores one row of the model's CSV schema. */
export function scoreRecord(model: LoadedFraudModel, record: RawRecord): FraudScore {
  return scoreAttributes(model, featureDefinitionFor(model.file.kind).derive(record));
}

const loadedDefaults = new Map<ModelKind, LoadedFraudModel>();

/** The committed default model of a kind, loaded on first use and cached for the process. */
export function defaultFraudModel(kind: ModelKind): LoadedFraudModel {
  let model = loadedDefaults.get(kind);
  if (!model) {
    model = loadFraudModel(defaultModelPath(kind));
    loadedDefaults.set(kind, model);
  }
  return model;
}

/**
 * Scores an app claim with the default model for its policy type (motor for car/bike, general
 * otherwise). Synchronous; the first call per kind reads the model (10–25 ms measured), later calls don't.
 */
export function scoreClaim(input: AppClaimInput): FraudScore {
  const { kind, record } = appClaimToRecord(input);
  return scoreRecord(defaultFraudModel(kind), record);
}
