import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { test, expect, signIn, expectAccessible, ADMIN, DEMO_HOLDER } from "./fixtures";
import { createPrismaClient } from "@/lib/db";

// The scoring API as another system uses it: an admin creates a key in the admin area, a client calls
// POST /api/v1/claims/score with it against the running production server, then the admin revokes it.

const port = process.env.E2E_PORT ?? "3100";
const dbUrl = process.env.E2E_DATABASE_URL ?? `file:${path.resolve("tests/.tmp", `e2e-${port}.db`)}`;
const card = JSON.parse(fs.readFileSync("ml/fraud/model/motor/card.json", "utf8")) as { version: string; threshold: { value: number }; anomaly: { threshold: number } };
const SCORE = "/api/v1/claims/score";
const MAX_BODY_BYTES = 2 * 1024 * 1024; // the default SCORING_API_MAX_BODY_BYTES

/** A claim as a client system sends it: the public motor layout, numbers as numbers, "?" for unknown. */
const claim = {
  months_as_customer: 328, age: 48, policy_number: "521585", policy_bind_date: "10/17/2014", policy_state: "OH",
  policy_csl: "250/500", policy_deductable: 1000, policy_annual_premium: 1406.91, umbrella_limit: 0, insured_zip: "466132",
  insured_sex: "MALE", insured_education_level: "MD", insured_occupation: "craft-repair", insured_hobbies: "sleeping",
  insured_relationship: "husband", "capital-gains": 53300, "capital-loss": 0, incident_date: "1/25/2026",
  incident_type: "Single Vehicle Collision", collision_type: "Side Collision", incident_severity: "Minor Damage",
  authorities_contacted: "Police", incident_state: "SC", incident_city: "Columbus", incident_location: "9935 4th Drive",
  incident_hour_of_the_day: 5, number_of_vehicles_involved: 1, property_damage: "YES", bodily_injuries: 1, witnesses: 2,
  police_report_available: "YES", total_claim_amount: 71610, injury_claim: 6510, property_claim: 13020, vehicle_claim: 52080,
  auto_make: "Saab", auto_model: "92x", auto_year: 2004,
};
const suspicious = { ...claim, policy_number: "700001", incident_severity: "Major Damage", insured_hobbies: "chess", policy_bind_date: "12/20/2025", police_report_available: "?", witnesses: 0 };

type Result = { index: number; policyNumber: string | null; probability: number; decision: string; anomalyScore: number; reasons: { feature: string; text: string }[]; modelVersion: string; modelKind: string };

function score(request: APIRequestContext, key: string | null, data: unknown, headers: Record<string, string> = {}) {
  return request.post(SCORE, {
    headers: { "Content-Type": "application/json", ...(key ? { Authorization: `Bearer ${key}` } : {}), ...headers },
    // a Buffer is sent as is (Playwright would JSON-encode a string once more under a JSON content type)
    data: Buffer.from(typeof data === "string" ? data : JSON.stringify(data)),
  });
}

function expectConsistent(r: Result) {
  expect(r.probability).toBeGreaterThanOrEqual(0);
  expect(r.probability).toBeLessThanOrEqual(1);
  const expected = r.probability >= card.threshold.value || r.anomalyScore >= card.anomaly.threshold ? "investigate" : "approve";
  expect(r.decision).toBe(expected);
  expect(r.modelVersion).toBe(card.version);
  expect(r.modelKind).toBe("motor");
  expect(Array.isArray(r.reasons)).toBe(true);
}

async function openApiKeys(page: Page) {
  await page.getByRole("link", { name: "Admin" }).click();
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "API keys" }).click();
  await expect(page.getByRole("heading", { name: "API keys", level: 1 })).toBeVisible();
}

/** Creates a key through the form and returns it as shown (once). */
async function createKey(page: Page, name: string): Promise<string> {
  await page.getByLabel("Key name").fill(name);
  await page.getByRole("button", { name: "Create key" }).click();
  await expect(page.getByRole("heading", { name: `Key “${name}” created: copy it now` })).toBeVisible();
  const key = await page.getByTestId("new-api-key").inputValue();
  expect(key).toMatch(/^sgk_live_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByTestId("new-api-key")).toBeFocused();
  return key;
}

// The "Copy key" button writes to the clipboard; the journey reads it back.
test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const rowOf = (page: Page, name: string) => page.getByTestId("api-key-row").filter({ has: page.getByRole("cell", { name, exact: true }) });

test("an admin creates a key, a client scores claims with it, and after revocation the key is refused", async ({ page, request }) => {
  const name = `Broker portal ${randomUUID().slice(0, 6)}`;
  await signIn(page, ADMIN);
  await openApiKeys(page);
  await expectAccessible(page);

  const key = await createKey(page, name);
  await expect(page.getByText("This is the only time the key is shown.")).toBeVisible();
  await page.getByRole("button", { name: "Copy key" }).click();
  await expect(page.getByText("Copied to the clipboard.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
  await expectAccessible(page);
  const row = rowOf(page, name);
  await expect(row).toContainText(`${key.slice(0, 17)}…`);
  await expect(row).toContainText("Active");
  await expect(row).toContainText("Never");
  await expect(row).toContainText("by Alex Admin");

  // Shown once: after a reload the key is nowhere on the page, only its prefix.
  await page.reload();
  await expect(rowOf(page, name)).toBeVisible();
  await expect(page.getByTestId("new-api-key")).toHaveCount(0);
  expect(await page.content()).not.toContain(key);

  // 401 without a key, with a wrong one, and with a well-formed key that does not exist.
  const none = await score(request, null, claim);
  expect(none.status()).toBe(401);
  expect(none.headers()["www-authenticate"]).toMatch(/^Bearer /);
  expect(await none.json()).toMatchObject({ error: { code: "unauthorized" } });
  const wrong = await score(request, key.slice(0, -2) + (key.endsWith("AA") ? "BB" : "AA"), claim);
  expect(wrong.status()).toBe(401);
  expect(wrong.headers()["www-authenticate"]).toMatch(/^Bearer .*invalid_token/);

  // 400 with field errors: bad JSON, then a bad row (by index and column), and the fraud label as an input.
  const badJson = await score(request, key, '{"age": 48,');
  expect(badJson.status()).toBe(400);
  expect(await badJson.json()).toMatchObject({ error: { code: "invalid_json", message: expect.stringMatching(/not valid JSON/) } });
  const badRow = await score(request, key, [claim, { ...claim, age: 7, incident_hour_of_the_day: "25" }, { ...claim, fraud_reported: "Y" }]);
  expect(badRow.status()).toBe(400);
  const badRowBody = await badRow.json();
  expect(badRowBody.error.code).toBe("invalid_claims");
  expect(badRowBody.error.fields.map((f: { index: number; column: string }) => [f.index, f.column])).toEqual([
    [1, "age"],
    [1, "incident_hour_of_the_day"],
    [2, "fraud_reported"],
  ]);
  expect(badRowBody.error.fields[0].message).toBe("Must be a whole number from 16 to 120, or null when unknown.");

  // 415 for a body that is not JSON; 413 for one over the cap (declared length, and streamed without one).
  const form = await request.post(SCORE, { headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/x-www-form-urlencoded" }, data: "age=48" });
  expect(form.status()).toBe(415);
  const big = await score(request, key, JSON.stringify(Array.from({ length: 1 }, () => ({ ...claim, incident_location: "x".repeat(MAX_BODY_BYTES) }))));
  expect(big.status()).toBe(413);
  expect(await big.json()).toMatchObject({ error: { code: "body_too_large" } });

  // 200 for one claim and for an array, with the model the card describes.
  const one = await score(request, key, claim);
  expect(one.status()).toBe(200);
  const oneBody = (await one.json()) as { model: { version: string; threshold: number }; count: number; results: Result[] };
  expect(oneBody.count).toBe(1);
  expect(oneBody.model.version).toBe(card.version);
  expect(oneBody.model.threshold).toBe(card.threshold.value);
  expect(oneBody.results[0].policyNumber).toBe("521585");
  expectConsistent(oneBody.results[0]);

  const many = await score(request, key, [claim, suspicious, { ...claim, policy_number: "521586", collision_type: null, property_damage: "?" }]);
  expect(many.status()).toBe(200);
  const manyBody = (await many.json()) as { count: number; results: Result[] };
  expect(manyBody.count).toBe(3);
  expect(manyBody.results.map((r) => r.policyNumber)).toEqual(["521585", "700001", "521586"]);
  manyBody.results.forEach(expectConsistent);
  expect(manyBody.results[0].probability).toBe(oneBody.results[0].probability);
  expect(manyBody.results[1].decision).toBe("investigate");
  expect(manyBody.results[1].reasons.length).toBeGreaterThan(0);

  // The admin sees that the key has been used.
  await page.reload();
  await expect(rowOf(page, name)).not.toContainText("Never");

  // Revoke, with a confirmation step; the same key is then refused like a wrong one.
  await rowOf(page, name).getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(page.getByText(`Systems using “${name}” will be refused at once.`)).toBeVisible();
  await expect(rowOf(page, name).getByRole("button", { name: "Cancel" })).toBeFocused();
  await rowOf(page, name).getByRole("button", { name: "Cancel" }).click();
  await expect(rowOf(page, name)).toContainText("Active");
  await rowOf(page, name).getByRole("button", { name: `Revoke ${name}` }).click();
  await rowOf(page, name).getByRole("button", { name: "Yes, revoke" }).click();
  await expect(rowOf(page, name)).toContainText("Revoked");
  await expect(rowOf(page, name).getByRole("button", { name: `Revoke ${name}` })).toHaveCount(0);
  const revoked = await score(request, key, claim);
  expect(revoked.status()).toBe(401);
  expect(revoked.headers()["www-authenticate"]).toMatch(/^Bearer /);

  // Both changes are in the audit trail, by the admin.
  const db = createPrismaClient(dbUrl);
  try {
    const id = await rowOf(page, name).getAttribute("data-key-id");
    const events = await db.auditEvent.findMany({ where: { targetType: "api_key", targetId: id! }, orderBy: { createdAt: "asc" }, select: { action: true, actorRole: true } });
    expect(events).toEqual([
      { action: "api_key.created", actorRole: "ADMIN" },
      { action: "api_key.revoked", actorRole: "ADMIN" },
    ]);
  } finally {
    await db.$disconnect();
  }
});

test("the API describes itself in OpenAPI, with the columns and limits it enforces", async ({ request }) => {
  const res = await request.get("/api/v1/openapi.json");
  expect(res.status()).toBe(200);
  const doc = await res.json();
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.components.schemas.MotorClaim.properties)).toEqual(Object.keys(claim));
  expect(doc.paths[SCORE].post.responses["429"]).toBeDefined();
  expect(doc.info.description).toContain("60 requests per key per minute");
});

test("a body streamed without Content-Length is cut off at the cap", async ({ page, baseURL }) => {
  await signIn(page, ADMIN);
  await openApiKeys(page);
  const key = await createKey(page, `Streaming client ${randomUUID().slice(0, 6)}`);
  // fetch streams a ReadableStream body chunked: the request has no Content-Length for the server to check.
  let sent = 0;
  const chunk = new TextEncoder().encode(" ".repeat(64 * 1024));
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === 0) controller.enqueue(new TextEncoder().encode("["));
      if (sent > MAX_BODY_BYTES * 2) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  const res = await fetch(`${baseURL}${SCORE}`, {
    method: "POST",
    headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
    body,
    duplex: "half",
  } as RequestInit);
  expect(res.status).toBe(413);
  expect(await res.json()).toMatchObject({ error: { code: "body_too_large" } });
});

test("a key that exceeds its rate gets 429 with Retry-After", async ({ page, request }) => {
  await signIn(page, ADMIN);
  await openApiKeys(page);
  const key = await createKey(page, `Hasty client ${randomUUID().slice(0, 6)}`);
  // Sequential requests until the first refusal: at most one minute boundary can fall inside the run,
  // so with the default 60 a minute a refusal comes within 121 requests.
  let refused: Awaited<ReturnType<typeof score>> | null = null;
  for (let i = 0; i < 121 && !refused; i++) {
    const res = await score(request, key, "[]");
    if (res.status() === 429) refused = res;
    else expect(res.status()).toBe(400);
  }
  expect(refused, "a 429 within 121 requests").not.toBeNull();
  const retryAfter = Number(refused!.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(await refused!.json()).toMatchObject({ error: { code: "rate_limited" } });
});

test("a policyholder gets 404 for the API keys page and cannot create or revoke keys by posting to the actions", async ({ page, browser, baseURL }) => {
  // The admin's own use of the page reveals the actions' ids (as any page visitor's browser would see them).
  await signIn(page, ADMIN);
  await openApiKeys(page);
  const actionId = async (click: () => Promise<void>) => {
    const [req] = await Promise.all([page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]), click()]);
    return req.headers()["next-action"];
  };
  const targetName = `Kept key ${randomUUID().slice(0, 6)}`;
  const createId = await actionId(async () => {
    await page.getByLabel("Key name").fill(targetName);
    await page.getByRole("button", { name: "Create key" }).click();
  });
  const targetKey = await page.getByTestId("new-api-key").inputValue();
  const targetId = await rowOf(page, targetName).getAttribute("data-key-id");
  const throwaway = `Throwaway ${randomUUID().slice(0, 6)}`;
  await createKey(page, throwaway);
  const revokeId = await actionId(async () => {
    await rowOf(page, throwaway).getByRole("button", { name: `Revoke ${throwaway}` }).click();
    await rowOf(page, throwaway).getByRole("button", { name: "Yes, revoke" }).click();
  });
  await expect(rowOf(page, throwaway)).toContainText("Revoked");

  const holderContext = await browser.newContext({ baseURL });
  const holder = await holderContext.newPage();
  try {
    await signIn(holder, DEMO_HOLDER);
    expect((await holder.goto("/admin/api-keys"))?.status()).toBe(404);
    await expect(holder.getByRole("link", { name: "API keys" })).toHaveCount(0);

    const post = (id: string, args: unknown[]) =>
      holder.request.post("/", {
        headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: baseURL! },
        data: JSON.stringify(args),
      });
    const holderName = `Holder key ${randomUUID().slice(0, 6)}`;
    const created = await post(createId, [{ name: holderName }]);
    const createdText = await created.text();
    expect(createdText).toContain("You do not have access to this.");
    expect(createdText).not.toContain("sgk_live_");
    const revoked = await post(revokeId, [{ id: targetId }]);
    expect(await revoked.text()).toContain("You do not have access to this.");
  } finally {
    await holderContext.close();
  }

  // Nothing changed: no key for the holder, the admin's key still active and still working.
  await page.reload();
  await expect(rowOf(page, targetName)).toContainText("Active");
  await expect(page.getByText(/Holder key/)).toHaveCount(0);
  const res = await page.request.post(SCORE, { headers: { Authorization: `Bearer ${targetKey}`, "Content-Type": "application/json" }, data: JSON.stringify(claim) });
  expect(res.status()).toBe(200);
});
