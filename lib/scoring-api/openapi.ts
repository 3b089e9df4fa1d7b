import { MOTOR_COLUMN_SPECS, MOTOR_INPUT_COLUMNS, describeColumn, type ColumnSpec } from "@/lib/scoring-api/motor-claim-schema";
import { MAX_CLAIMS_PER_REQUEST, MAX_LISTED_ERRORS } from "@/lib/scoring-api/score-claims";

/**
 * OpenAPI 3.1 description of the scoring API, generated from the same column specs the validator
 * uses, so the published contract cannot drift from what is enforced. Served at /api/v1/openapi.json.
 */

function columnSchema(spec: ColumnSpec): Record<string, unknown> {
  const missing = [{ type: "null" }, { type: "string", enum: ["?", ""] }];
  const description = [describeColumn(spec), spec.description].filter(Boolean).join(". ");
  switch (spec.type) {
    case "integer":
    case "number":
      return { description, oneOf: [{ type: spec.type, minimum: spec.min, maximum: spec.max }, { type: "string", description: "the same number written as text" }, ...missing] };
    case "text":
      return { description, oneOf: [{ type: "string", maxLength: spec.maxLength }, { type: "number" }, ...missing] };
    case "date":
      return { description, oneOf: [{ type: "string", examples: ["1/25/2026", "25-01-2026", "2026-01-25"] }, ...missing] };
    case "yes-no":
      return { description, oneOf: [{ type: "string", enum: ["YES", "NO"] }, { type: "boolean" }, ...missing] };
    case "csl":
      return { description, oneOf: [{ type: "string", pattern: "^\\d+\\s*/\\s*\\d+$" }, ...missing] };
  }
}

export function scoringApiDescription(limits: { requestsPerMinute: number; maxBodyBytes: number }) {
  const error = (codes: string[]) => ({
    description: codes.join(", "),
    content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
  });
  return {
    openapi: "3.1.0",
    info: {
      title: "Safeguard fraud scoring API",
      version: "1",
      description: `Scores motor claims (the public motor-fraud CSV layout) with the fraud model the claims team uses. Send one claim object or an array of up to ${MAX_CLAIMS_PER_REQUEST.toLocaleString("en-US")}; at most ${limits.requestsPerMinute} requests per key per minute and ${limits.maxBodyBytes.toLocaleString("en-US")} bytes per request. "investigate" sends a claim to a person; the API never rejects a claim by itself.`,
    },
    servers: [{ url: "/" }],
    security: [{ apiKey: [] }],
    paths: {
      "/api/v1/claims/score": {
        post: {
          summary: "Score motor claims for fraud",
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: { oneOf: [{ $ref: "#/components/schemas/MotorClaim" }, { type: "array", minItems: 1, maxItems: MAX_CLAIMS_PER_REQUEST, items: { $ref: "#/components/schemas/MotorClaim" } }] },
              },
            },
          },
          responses: {
            "200": { description: "Every claim scored, in request order", content: { "application/json": { schema: { $ref: "#/components/schemas/ScoreResponse" } } } },
            "400": error(["invalid_json", "invalid_claims (with fields: index, column, message)"]),
            "401": error(["unauthorized: no key, a wrong key or a revoked key (WWW-Authenticate: Bearer)"]),
            "413": error(["body_too_large", "too_many_claims"]),
            "415": error(["unsupported_media_type: send Content-Type: application/json"]),
            "429": error(["rate_limited: wait Retry-After seconds"]),
            "500": error(["internal"]),
          },
        },
      },
    },
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "A key from Admin → API keys (sgk_live_…)" } },
      schemas: {
        MotorClaim: {
          type: "object",
          additionalProperties: false,
          required: MOTOR_INPUT_COLUMNS.filter((c) => MOTOR_COLUMN_SPECS[c].required),
          properties: Object.fromEntries(MOTOR_INPUT_COLUMNS.map((c) => [c, columnSchema(MOTOR_COLUMN_SPECS[c])])),
        },
        ScoreResponse: {
          type: "object",
          required: ["model", "count", "results"],
          properties: {
            model: {
              type: "object",
              properties: { kind: { const: "motor" }, version: { type: "string" }, threshold: { type: "number" }, anomalyThreshold: { type: "number" } },
            },
            count: { type: "integer" },
            results: {
              type: "array",
              items: {
                type: "object",
                required: ["index", "probability", "decision", "anomalyScore", "reasons", "modelVersion", "modelKind"],
                properties: {
                  index: { type: "integer", description: "position in the request" },
                  policyNumber: { type: ["string", "null"] },
                  probability: { type: "number", minimum: 0, maximum: 1 },
                  decision: { enum: ["approve", "investigate"], description: "investigate when probability ≥ threshold or anomalyScore ≥ anomalyThreshold" },
                  anomalyScore: { type: "number" },
                  reasons: {
                    type: "array",
                    items: {
                      type: "object",
                      properties: { feature: { type: "string" }, text: { type: "string" }, direction: { enum: ["raises", "lowers"] }, impact: { type: "number" } },
                    },
                  },
                  modelVersion: { type: "string" },
                  modelKind: { const: "motor" },
                },
              },
            },
          },
        },
        Error: {
          type: "object",
          required: ["error"],
          properties: {
            error: {
              type: "object",
              required: ["code", "message"],
              properties: {
                code: { type: "string" },
                message: { type: "string" },
                fields: {
                  type: "array",
                  description: `at most ${MAX_LISTED_ERRORS} listed`,
                  items: { type: "object", properties: { index: { type: "integer" }, column: { type: ["string", "null"] }, message: { type: "string" } } },
                },
                errorCount: { type: "integer" },
              },
            },
          },
        },
      },
    },
  };
}
