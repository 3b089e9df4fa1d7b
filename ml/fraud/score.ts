import "server-only";
import type { RawRecord } from "./dataset-schema";
import { defaultFraudModel, scoreRecord, type FraudScore } from "./scorer-core";

/**
 * Server-side entry point of the fraud scorer for the app (claims use `scoreClaim`). The
 * implementation lives in scorer-core.ts so CLIs, benchmark and tests can use it without the
 * server-only guard; the models are loaded once per process on first use.
 */
export { defaultFraudModel, scoreClaim, type FraudScore, type FraudReason } from "./scorer-core";
export type { AppClaimInput, AppPolicyType } from "./app-mapping";

/** Scores one row of the motor CSV schema with the default motor model (the scoring API). */
export function scoreMotorRecord(record: RawRecord): FraudScore {
  return scoreRecord(defaultFraudModel("motor"), record);
}

/** Version and decision thresholds of the default motor model, for API responses. */
export function motorModelInfo(): { kind: "motor"; version: string; threshold: number; anomalyThreshold: number } {
  const model = defaultFraudModel("motor");
  return { kind: "motor", version: model.version, threshold: model.file.threshold, anomalyThreshold: model.file.anomalyThreshold };
}
