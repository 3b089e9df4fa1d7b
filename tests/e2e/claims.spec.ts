import fs from "node:fs";
import { randomBytes } from "node:crypto";
import sharp from "sharp";
import { PDFDocument } from "pdf-lib";
import type { Browser, Page } from "@playwright/test";
import { test, expect, signUp, signIn, expectAccessible, smsSent, e164, DEMO_HOLDER } from "./fixtures";
import { buyPolicy, dayFromToday, label } from "./policy-forms";

// Each journey signs up its own users, so they run side by side.
test.describe.configure({ mode: "parallel" });

const MODEL_VERSIONS = ["motor", "general"].map((k) => JSON.parse(fs.readFileSync(`ml/fraud/model/${k}/card.json`, "utf8")).version as string);
/** Words and values that only claims staff may see. */
const INTERNAL = ["fraud", "probability", "anomaly", "modelVersion", "modelInputs", "fraudReasons", ...MODEL_VERSIONS];

const jpeg = () => sharp({ create: { width: 320, height: 240, channels: 3, background: { r: 40, g: 90, b: 160 } } }).jpeg().toBuffer();
async function pdf(padBytes = 0): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([300, 200]).drawText("Garage repair estimate", { x: 20, y: 150 });
  if (padBytes) await doc.attach(randomBytes(padBytes), "scan.bin", { mimeType: "application/octet-stream" });
  return Buffer.from(await doc.save());
}

async function expectNoInternals(page: Page, path: string) {
  for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
    const res = await page.request.get(path, { headers });
    expect(res.status(), path).toBe(200);
    const body = await res.text();
    for (const secret of INTERNAL) expect(body, `${path} ${JSON.stringify(headers)} must not contain ${secret}`).not.toContain(secret);
  }
}

const coverRow = (page: Page) => page.locator("dl > div").filter({ has: page.locator("dt", { hasText: /^Remaining cover$/ }) });

async function fillCommon(page: Page, o: { date: string; hour?: string }) {
  await label(page, "Date of the incident").fill(o.date);
  if (o.hour) await label(page, "Hour of the incident").selectOption(o.hour);
  await label(page, "What happened").fill("Another car reversed into mine in the supermarket car park and drove off.");
  await label(page, "Police report available").selectOption("no");
  await label(page, "Number of witnesses").fill("1");
}

async function asOtherUser(browser: Browser, paths: { claim: string; attachment: string; newClaim: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await signUp(page);
    expect((await page.goto(paths.claim))?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Claim not found" })).toBeVisible();
    expect((await page.request.get(paths.attachment)).status()).toBe(404);
    expect((await page.goto(paths.newClaim))?.status()).toBe(404);
    await page.goto("/claims");
    await expect(page.getByText("You have not filed any claims.")).toBeVisible();
  } finally {
    await context.close();
  }
}

test("car claim: bad input refused beside each field, over-cover refused, files checked, filed, scored, SMS sent, nothing internal shown, others see nothing", async ({ page, browser }) => {
  const holder = await signUp(page);
  const policy = await buyPolicy(page, "car"); // £11,000 of cover
  await page.getByRole("link", { name: "File a claim" }).click();
  await expect(page).toHaveURL(`/policies/${policy.id}/claims/new`);
  await expect(page.getByRole("heading", { name: "File a claim", level: 1 })).toBeVisible();
  await expectAccessible(page);

  // a future date and no hour: each message beside its field
  await fillCommon(page, { date: dayFromToday(1) });
  await label(page, "Type of incident").selectOption("Single Vehicle Collision");
  await expect(label(page, "Part of the vehicle hit")).toBeVisible();
  await label(page, "Type of incident").selectOption("Parked Car");
  await expect(label(page, "Part of the vehicle hit")).toHaveCount(0);
  await label(page, "Type of incident").selectOption("Single Vehicle Collision");
  await label(page, "Part of the vehicle hit").selectOption("Rear Collision");
  await label(page, "Damage").selectOption("Minor Damage");
  await label(page, "Who was contacted").selectOption("None");
  await label(page, "Region").selectOption("London");
  await label(page, "Town or city").fill("Croydon");
  await label(page, "Vehicles involved").fill("2");
  await label(page, "Other property damaged").selectOption("no");
  await label(page, "Property amount (£)").fill("120.50");
  await label(page, "Vehicle amount (£)").fill("20,000");
  await expect(page.getByTestId("claim-total")).toHaveText("£20,120.50");
  await page.getByRole("button", { name: "Submit claim" }).click();
  await expect(page.locator("#incidentDate-error")).toHaveText("The incident date cannot be in the future");
  await expect(page.locator("#incidentHour-error")).toHaveText("Choose the hour of the incident");
  await expect(label(page, "Date of the incident")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  // fixed: now the amount is over the cover left, refused beside the total
  await label(page, "Date of the incident").fill(dayFromToday(0));
  await label(page, "Hour of the incident").selectOption("14");
  await page.getByRole("button", { name: "Submit claim" }).click();
  await expect(page.locator("#amount-error")).toHaveText("You have £11,000 of cover left on this policy");
  await expect(page.locator("#incidentDate-error")).toHaveCount(0);

  // a file over 5 MB is refused before sending; a text file named .jpg is refused by the server
  await label(page, "Vehicle amount (£)").fill("800");
  await expect(page.getByTestId("claim-total")).toHaveText("£920.50");
  const files = label(page, "Attach photos or documents (optional)");
  await files.setInputFiles([{ name: "huge.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(6 * 1024 * 1024, 1) }]);
  await page.getByRole("button", { name: "Submit claim" }).click();
  await expect(page.locator("#attachments-error")).toHaveText("huge.pdf is larger than 5 MB. Choose a smaller file.");
  await files.setInputFiles([{ name: "receipt.jpg", mimeType: "image/jpeg", buffer: Buffer.from("This is a text file with a .jpg name.\n") }]);
  await page.getByRole("button", { name: "Submit claim" }).click();
  await expect(page.locator("#attachments-error")).toHaveText("receipt.jpg is not a photo or PDF we can read. Attach JPEG, PNG, WebP or PDF files.");
  await expect(page).toHaveURL(`/policies/${policy.id}/claims/new`);

  // a real photo and a real PDF: the claim is filed
  await files.setInputFiles([
    { name: "bumper.jpg", mimeType: "image/jpeg", buffer: await jpeg() },
    { name: "estimate.pdf", mimeType: "application/pdf", buffer: await pdf() },
  ]);
  await page.getByRole("button", { name: "Submit claim" }).click();
  await expect(page).toHaveURL(/\/claims\/c[a-z0-9]+$/);
  const claimId = page.url().split("/").pop()!;
  const number = (await page.locator("main h1 + p").textContent())!.trim();
  expect(number).toMatch(/^CLM-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
  await expect(page.getByTestId("claim-status")).toHaveText(/^(Approved|Under review)$/);
  const status = (await page.getByTestId("claim-status").textContent())!;
  await expect(page.getByTestId("timeline-entry")).toHaveCount(2);
  await expect(page.getByTestId("timeline-entry").first()).toContainText("Submitted");
  await expect(page.getByTestId("timeline-entry").nth(1)).toContainText(status);
  await expect(page.getByText("Damaged while parked")).toHaveCount(0);
  await expect(page.getByText("Rear of the vehicle")).toBeVisible();
  await expectAccessible(page);

  // attachments: downloadable by the holder, verified types, as attachments
  const photoLink = page.getByRole("link", { name: "bumper.jpg" });
  const photoHref = (await photoLink.getAttribute("href"))!;
  const photo = await page.request.get(photoHref);
  expect(photo.status()).toBe(200);
  expect(photo.headers()["content-type"]).toBe("image/jpeg");
  expect(photo.headers()["x-content-type-options"]).toBe("nosniff");
  expect(photo.headers()["content-disposition"]).toMatch(/^attachment; filename="bumper.jpg"/);
  expect((await sharp(await photo.body()).metadata()).format).toBe("jpeg");
  const doc = await page.request.get((await page.getByRole("link", { name: "estimate.pdf" }).getAttribute("href"))!);
  expect(doc.headers()["content-type"]).toBe("application/pdf");
  expect((await doc.body()).subarray(0, 5).toString()).toBe("%PDF-");

  // the holder's pages never carry the model's output, in HTML or in the RSC payload
  await expectNoInternals(page, `/claims/${claimId}`);
  await expectNoInternals(page, "/claims");
  await expectNoInternals(page, `/policies/${policy.id}`);

  // listed, with the cover updated on the policy
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Claims" }).click();
  const row = page.getByTestId("claim-row").filter({ hasText: number });
  await expect(row).toContainText("£920.50");
  await expect(row).toContainText(status);
  await expect(row).toContainText(policy.number);
  await expectAccessible(page);
  await page.goto(`/policies/${policy.id}`);
  await expect(coverRow(page)).toContainText("£10,079.50");
  await expect(page.getByTestId("claim-row").filter({ hasText: number })).toBeVisible();

  // the "claim received" SMS, with the outcome, reached Twilio
  const outcome = status === "Approved" ? "and approved it" : "A claims handler will review it";
  await expect
    .poll(() => smsSent().filter((m) => m.form.To === e164(holder.phone) && m.form.Body.includes(`claim ${number} for £920.50`) && m.form.Body.includes(outcome)).length, { timeout: 20_000 })
    .toBe(1);

  await asOtherUser(browser, { claim: `/claims/${claimId}`, attachment: photoHref, newClaim: `/policies/${policy.id}/claims/new` });
});

test("home claim: one amount, filed with five large files, cover updated; a claim above what is left is refused", async ({ page }) => {
  await signUp(page);
  const policy = await buyPolicy(page, "home"); // £300,000 of cover
  await page.goto(`/policies/${policy.id}/claims/new`);
  await expect(label(page, "Type of incident")).toHaveCount(0);
  await fillCommon(page, { date: dayFromToday(0), hour: "3" });
  await label(page, "Amount claimed (£)").fill("300,000.01");
  await page.getByRole("button", { name: "Submit claim" }).click();
  await expect(page.locator("#amount-error")).toHaveText("You have £300,000 of cover left on this policy");
  await label(page, "Amount claimed (£)").fill("1,500");
  // five files of almost 5 MB each go through (the post is about 24 MB)
  const big = await pdf(4_700_000);
  expect(big.byteLength).toBeLessThan(5 * 1024 * 1024);
  await label(page, "Attach photos or documents (optional)").setInputFiles(Array.from({ length: 5 }, (_, i) => ({ name: `scan-${i + 1}.pdf`, mimeType: "application/pdf", buffer: big })));
  await page.getByRole("button", { name: "Submit claim" }).click();
  await expect(page).toHaveURL(/\/claims\/c[a-z0-9]+$/, { timeout: 30_000 });
  await expect(page.getByTestId("claim-status")).toHaveText(/^(Approved|Under review)$/);
  await expect(page.getByRole("link", { name: /^scan-\d\.pdf$/ })).toHaveCount(5);
  await page.goto(`/policies/${policy.id}`);
  await expect(coverRow(page)).toContainText("£298,500");
});

test("the demo holder sees their seeded claims, and an expired policy says why it cannot take a claim", async ({ page }) => {
  await signIn(page, DEMO_HOLDER);
  await page.goto("/claims");
  await expect(page.getByTestId("claim-row")).toHaveCount(4);
  await page.goto("/policies");
  await page.getByTestId("policy-card").filter({ hasText: "TRAVEL-DEMA-2T8R" }).click();
  await expect(page.getByRole("link", { name: "File a claim" })).toHaveCount(0);
  await expect(page.getByTestId("claim-blocked")).toHaveText(/^This policy has expired, so it cannot take new claims/);
  await page.goto(`${page.url()}/claims/new`);
  await expect(page.getByTestId("claim-blocked")).toHaveText(/^This policy has expired/);
  await expect(page.getByRole("button", { name: "Submit claim" })).toHaveCount(0);
  await expectAccessible(page);
});
