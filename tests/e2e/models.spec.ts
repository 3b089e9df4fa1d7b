import fs from "node:fs";
import path from "node:path";
import { test, expect, signIn, expectAccessible, ADMIN, retryWhileSqliteBusy } from "./fixtures";
import { createPrismaClient } from "@/lib/db";
import { modelVersion } from "@/ml/fraud/model-file";

// The model registry as an admin uses it: a second general-model version is registered (staged straight
// in the database, as `npm run ml:train -- --register` would), the admin promotes it on /admin/models,
// then rolls back to the version that was active before. The general kind is used so that journeys
// checking the motor model's version (the scoring API) are not affected while this one runs.

const port = process.env.E2E_PORT ?? "3100";
const dbUrl = process.env.E2E_DATABASE_URL ?? `file:${path.resolve("tests/.tmp", `e2e-${port}.db`)}`;

test("an admin promotes a registered version and rolls back to the previous one; both are in the audit log", async ({ page }) => {
  // A variant of the bundled general model that scores identically (a trailing newline): another hash, another version.
  const serialized = fs.readFileSync("ml/fraud/model/general/model.json", "utf8") + "\n";
  const bundled = JSON.parse(fs.readFileSync("ml/fraud/model/general/card.json", "utf8"));
  const version = modelVersion("general", serialized);
  const card = { ...bundled, version };
  const db = createPrismaClient(dbUrl);
  try {
    await retryWhileSqliteBusy(() =>
      db.modelVersion.upsert({
        where: { kind_version: { kind: "general", version } },
        update: {},
        create: { kind: "general", version, model: serialized, card, dataSha256: card.data.sha256, metrics: { rocAuc: 0.9, prAuc: 0.8, f1: 0.7, precision: 0.7, recall: 0.7, optimisticF1: 0.72, threshold: card.threshold.value }, createdBy: "e2e (ml:train)", source: "cli" },
      }),
    );
  } finally {
    await db.$disconnect();
  }

  await signIn(page, ADMIN);
  await page.goto("/admin/models");
  const active = page.getByTestId("model-version-general");
  await expect(active).toHaveText(bundled.version);
  await expectAccessible(page);

  const row = page.getByTestId(`version-row-${version}`);
  await row.getByText("Promote…").click();
  await row.getByLabel(`Why promote ${version}? (optional)`).fill("Retrained on last month's claims");
  await row.getByRole("button", { name: `Confirm promote ${version}` }).click();
  // the promoted row's form is replaced by "Scoring new claims" once the page refreshes: the active version is the signal
  await expect(active).toHaveText(version);
  await expect(page.getByTestId(`version-row-${version}`)).toContainText("Active");

  await page.getByText(`Roll back to ${bundled.version}…`).click();
  await page.getByLabel("Why roll back? (optional)").first().fill("Checking the rollback");
  await page.getByRole("button", { name: `Confirm roll back to ${bundled.version}` }).click();
  await expect(active).toHaveText(bundled.version);
  await expectAccessible(page);

  // both changes are in the audit trail, by this admin
  const check = createPrismaClient(dbUrl);
  try {
    // data is a Json column: read the model events and look inside them here (same on SQLite and PostgreSQL)
    const events = await check.auditEvent.findMany({ where: { targetType: "model", action: { in: ["model.promoted", "model.rolled_back"] } }, select: { action: true, actorRole: true, data: true } });
    const naming = (v: string) => events.filter((e) => JSON.stringify(e.data).includes(v)).map((e) => e.action);
    expect(naming(version)).toContain("model.promoted");
    expect(naming(bundled.version)).toContain("model.rolled_back");
  } finally {
    await check.$disconnect();
  }
});
