import { processMetrics } from "@/lib/metrics/registry";

/**
 * Records how long scoring one claim took. Call it from claim submission around `scoreClaim`
 * (lib/claims/submit-claim.ts): `observeClaimScoring(performance.now() - started, result.decision)`.
 */
export function observeClaimScoring(ms: number, decision: string): void {
  processMetrics().claimScoring.observe({ decision }, ms / 1000);
}

/** Counts one sign-in refused by throttling (lib/auth/throttle.ts). */
export function countLoginThrottled(scope: "account" | "address"): void {
  processMetrics().loginThrottled.inc({ scope });
}

/** Counts an error Next reported through instrumentation's onRequestError. */
export function countRequestError(route: string, type: string): void {
  processMetrics().requestErrors.inc({ route: route || "(unknown)", type });
}
