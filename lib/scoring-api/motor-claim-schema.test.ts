import { describe, expect, it } from "vitest";
import { MOTOR_COLUMNS } from "@/ml/fraud/dataset-schema";
import { generateSyntheticClaims } from "@/ml/fraud/synthetic";
import { defaultFraudModel, scoreRecord } from "@/ml/fraud/scorer-core";
import { MOTOR_COLUMN_SPECS, MOTOR_INPUT_COLUMNS, parseMotorClaim } from "./motor-claim-schema";
import { scoreClaimsBody, type MotorScorer } from "./score-claims";

const [csvRow] = generateSyntheticClaims("motor", 1, 5).records;
/** The same claim as a JSON client would send it: numbers as numbers, "?" where the CSV has it. */
function jsonClaim(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of MOTOR_INPUT_COLUMNS) {
    const v = csvRow[c];
    out[c] = v === null ? "?" : MOTOR_COLUMN_SPECS[c].type === "integer" || MOTOR_COLUMN_SPECS[c].type === "number" ? Number(v) : v;
  }
  return { ...out, ...overrides };
}

const errorsOf = (value: unknown) => {
  const r = parseMotorClaim(value, 3);
  return r.ok ? [] : r.errors;
};

describe("motor claim schema", () => {
  it("has a spec for every input column of the motor CSV layout and none for the label", () => {
    expect([...MOTOR_INPUT_COLUMNS, "fraud_reported"]).toEqual([...MOTOR_COLUMNS]);
    expect(Object.keys(MOTOR_COLUMN_SPECS).sort()).toEqual([...MOTOR_INPUT_COLUMNS].sort());
  });

  it("accepts a CSV row as strings and the same row as numbers, giving the scorer the same record", () => {
    const fromStrings = parseMotorClaim({ ...csvRow }, 0);
    const fromJson = parseMotorClaim(jsonClaim(), 0);
    expect(fromStrings.ok && fromJson.ok).toBe(true);
    if (!fromStrings.ok || !fromJson.ok) return;
    expect(fromJson.record).toEqual(fromStrings.record);
    expect(Object.keys(fromJson.record).sort()).toEqual([...MOTOR_INPUT_COLUMNS].sort());
  });

  it("treats null, '?', '' and absent columns as missing, and normalises dates, yes/no and grouped numbers", () => {
    const claim = jsonClaim({ collision_type: "?", police_report_available: null, property_damage: "yes", umbrella_limit: "", total_claim_amount: "52,080", incident_date: "2026-03-07" });
    delete claim.auto_model;
    const r = parseMotorClaim(claim, 0);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.record.collision_type).toBeNull();
    expect(r.record.police_report_available).toBeNull();
    expect(r.record.umbrella_limit).toBeNull();
    expect(r.record.auto_model).toBeNull();
    expect(r.record.property_damage).toBe("YES");
    expect(r.record.total_claim_amount).toBe("52080");
    expect(r.record.incident_date).toBe("3/7/2026");
  });

  it("names the row and column of every bad value", () => {
    const errors = errorsOf(jsonClaim({ age: 7, incident_hour_of_the_day: 24.5, policy_bind_date: "31/02/2026", witnesses: "two", property_damage: "maybe", policy_csl: "lots", auto_year: true }));
    const byColumn = Object.fromEntries(errors.map((e) => [e.column, e.message]));
    expect(errors.every((e) => e.index === 3)).toBe(true);
    expect(Object.keys(byColumn).sort()).toEqual(["age", "auto_year", "incident_hour_of_the_day", "policy_bind_date", "policy_csl", "property_damage", "witnesses"]);
    expect(byColumn.age).toBe("Must be a whole number from 16 to 120, or null when unknown.");
    expect(byColumn.incident_hour_of_the_day).toMatch(/whole number from 0 to 23/);
    expect(byColumn.policy_bind_date).toMatch(/M\/D\/YYYY, DD-MM-YYYY or YYYY-MM-DD/);
    expect(byColumn.property_damage).toMatch(/YES or NO/);
  });

  it("requires the columns a score cannot do without", () => {
    const claim = jsonClaim({ incident_severity: "?" });
    delete claim.incident_date;
    const errors = errorsOf(claim);
    expect(errors.map((e) => e.column).sort()).toEqual(["incident_date", "incident_severity"]);
    expect(errors[0].message).toMatch(/^Required: /);
  });

  it("refuses unknown columns and the fraud label, by name", () => {
    const errors = errorsOf(jsonClaim({ fraud_reported: "Y", shoe_size: 9 }));
    expect(errors).toEqual([
      { index: 3, column: "fraud_reported", message: "fraud_reported is the fraud label, not an input: leave it out." },
      { index: 3, column: "shoe_size", message: "Unknown column: not part of the motor schema." },
    ]);
  });

  it("refuses a claim that is not an object", () => {
    for (const v of [null, 5, "claim", [jsonClaim()]]) {
      expect(errorsOf(v)).toEqual([{ index: 3, column: null, message: expect.stringMatching(/JSON object/) }]);
    }
  });

  it("refuses over-long text and out-of-range money", () => {
    const errors = errorsOf(jsonClaim({ incident_location: "x".repeat(201), total_claim_amount: -5 }));
    expect(errors.map((e) => e.column).sort()).toEqual(["incident_location", "total_claim_amount"]);
  });
});

describe("scoring a request body (validation + the real motor model)", () => {
  const model = defaultFraudModel("motor");
  const scorer: MotorScorer = {
    score: (r) => scoreRecord(model, r),
    model: () => ({ kind: "motor", version: model.version, threshold: model.file.threshold, anomalyThreshold: model.file.anomalyThreshold }),
  };

  it("scores one object and an array alike, in order, echoing the policy number", async () => {
    const one = await scoreClaimsBody(jsonClaim(), scorer);
    const many = await scoreClaimsBody([jsonClaim(), jsonClaim({ policy_number: "P-2", incident_severity: "Major Damage", insured_hobbies: "chess" })], scorer);
    expect(one.ok && many.ok).toBe(true);
    if (!one.ok || !many.ok) return;
    expect(one.body.count).toBe(1);
    expect(many.body.results.map((r) => r.index)).toEqual([0, 1]);
    expect(many.body.results[1].policyNumber).toBe("P-2");
    expect(many.body.results[0].probability).toBe(one.body.results[0].probability);
    for (const r of many.body.results) {
      expect(r.probability).toBeGreaterThanOrEqual(0);
      expect(r.probability).toBeLessThanOrEqual(1);
      expect(r.decision).toBe(r.probability >= model.file.threshold || r.anomalyScore >= model.file.anomalyThreshold ? "investigate" : "approve");
      expect(r.modelVersion).toBe(model.version);
    }
    expect(many.body.results[1].probability).toBeGreaterThan(many.body.results[0].probability);
  });

  it("scores nothing when any claim is bad, and lists every problem by index", async () => {
    const r = await scoreClaimsBody([jsonClaim(), jsonClaim({ age: "old" }), jsonClaim({ witnesses: -1 })], scorer);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe("invalid_claims");
    expect(r.body.error.fields?.map((f) => [f.index, f.column])).toEqual([
      [1, "age"],
      [2, "witnesses"],
    ]);
  });

  it("lets other work run while it scores a large batch", async () => {
    let scored = 0;
    const counting: MotorScorer = { ...scorer, score: (r) => (scored++, scorer.score(r)) };
    const pending = scoreClaimsBody(Array.from({ length: 100 }, () => jsonClaim()), counting);
    const seen = new Promise<number>((resolve) => setImmediate(() => resolve(scored)));
    const [outcome, scoredWhenOtherWorkRan] = await Promise.all([pending, seen]);
    expect(outcome.ok && outcome.body.count).toBe(100);
    expect(scoredWhenOtherWorkRan).toBeGreaterThan(0);
    expect(scoredWhenOtherWorkRan).toBeLessThan(100);
  });

  it("refuses an empty array (400) and more claims than allowed (413)", async () => {
    const empty = await scoreClaimsBody([], scorer);
    expect(!empty.ok && empty.status).toBe(400);
    const tooMany = await scoreClaimsBody([jsonClaim(), jsonClaim(), jsonClaim()], scorer, 2);
    expect(!tooMany.ok && tooMany.status).toBe(413);
    expect(!tooMany.ok && tooMany.body.error.code).toBe("too_many_claims");
  });
});
