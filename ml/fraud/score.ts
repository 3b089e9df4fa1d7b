import "server-only";

/**
 * Server-side entry point of the fraud scorer for the app (claims use `scoreClaim`). The
 * implementation lives in scorer-core.ts so CLIs, benchmark and tests can use it without the
 * server-only guard; the models are loaded once per process on first use.
 */
export { defaultFraudModel, scoreClaim, type FraudScore, type FraudReason } from "./scorer-core";
export type { AppClaimInput, AppPolicyType } from "./app-mapping";
