import { describe, expect, it } from "vitest";
import { generateSyntheticClaims } from "@/ml/fraud/synthetic";
import { MOTOR_INPUT_COLUMNS, parseMotorClaim } from "./motor-claim-schema";
import { scoringApiDescription } from "./openapi";

describe("OpenAPI description of the scoring API", () => {
  const doc = scoringApiDescription({ requestsPerMinute: 60, maxBodyBytes: 2_097_152 });
  const claim = doc.components.schemas.MotorClaim;

  it("lists exactly the motor input columns and refuses others, as the validator does", () => {
    expect(Object.keys(claim.properties)).toEqual([...MOTOR_INPUT_COLUMNS]);
    expect(claim.additionalProperties).toBe(false);
    expect(doc.info.description).toMatch(/60 requests per key per minute and 2,097,152 bytes/);
  });

  it("marks as required exactly the columns whose absence the validator refuses", () => {
    const [row] = generateSyntheticClaims("motor", 1, 9).records;
    const refusedWhenMissing = MOTOR_INPUT_COLUMNS.filter((c) => {
      const copy: Record<string, unknown> = { ...row };
      delete copy[c];
      return !parseMotorClaim(copy, 0).ok;
    });
    expect([...claim.required].sort()).toEqual(refusedWhenMissing.sort());
    expect(claim.required.length).toBeGreaterThan(0);
  });

  it("documents every status the endpoint answers", () => {
    expect(Object.keys(doc.paths["/api/v1/claims/score"].post.responses).sort()).toEqual(["200", "400", "401", "413", "415", "429", "500"]);
  });
});
