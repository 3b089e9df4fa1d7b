import { PNG } from "pngjs";
import jsQR from "jsqr";
import type { Browser, Page } from "@playwright/test";
import { test, expect, signUp, signIn, expectAccessible, ADMIN, DEMO_HOLDER, smsSent, e164 } from "./fixtures";
import { dayFromToday, FILL_POLICY_FORM, label } from "./policy-forms";

// Each journey signs up its own users, so they run side by side.
test.describe.configure({ mode: "parallel" });

type Journey = {
  type: string;
  label: string;
  /** fills a valid form */
  fill: (page: Page) => Promise<void>;
  /** makes one field invalid: the field's id and the message expected beside it, then the fix */
  invalid: { field: string; message: string | RegExp; set: (page: Page) => Promise<void>; fix: (page: Page) => Promise<void> };
  registration?: string;
};

const JOURNEYS: Journey[] = [
  {
    type: "car",
    label: "Car",
    registration: "AB12 CDE",
    fill: FILL_POLICY_FORM.car,
    invalid: {
      field: "year",
      message: /^Enter a year between 1950 and \d{4}$/,
      set: (page) => label(page, "Year of manufacture").fill("1900"),
      fix: (page) => label(page, "Year of manufacture").fill("2019"),
    },
  },
  {
    type: "bike",
    label: "Bike",
    registration: "BK21 XYZ",
    fill: FILL_POLICY_FORM.bike,
    invalid: {
      field: "engineSizeCc",
      message: "Enter an engine size between 49cc and 2,500cc",
      set: (page) => label(page, "Engine size (cc)").fill("20"),
      fix: (page) => label(page, "Engine size (cc)").fill("471"),
    },
  },
  {
    type: "travel",
    label: "Travel",
    fill: FILL_POLICY_FORM.travel,
    invalid: {
      field: "returnDate",
      message: "The return date must be after the departure date",
      set: (page) => label(page, "Return date").fill(dayFromToday(0)),
      fix: (page) => label(page, "Return date").fill(dayFromToday(10)),
    },
  },
  {
    type: "health",
    label: "Health",
    fill: FILL_POLICY_FORM.health,
    invalid: {
      field: "heightCm",
      message: "Enter a height between 120 and 230 cm",
      set: (page) => label(page, "Height (cm)").fill("300"),
      fix: (page) => label(page, "Height (cm)").fill("175"),
    },
  },
  {
    type: "business",
    label: "Business",
    fill: FILL_POLICY_FORM.business,
    invalid: {
      field: "postcode",
      message: "Enter a UK postcode, for example SW1A 1AA",
      set: (page) => label(page, "Postcode").fill("12345"),
      fix: (page) => label(page, "Postcode").fill("LS1 4AP"),
    },
  },
  {
    type: "home",
    label: "Home",
    fill: FILL_POLICY_FORM.home,
    invalid: {
      field: "sumInsured",
      message: "Cover cannot be more than the home is worth",
      set: (page) => label(page, "Sum insured (£)").fill("400000"),
      fix: (page) => label(page, "Sum insured (£)").fill("300000"),
    },
  },
];

/** Reads the QR code in a PNG the way a phone would. */
function decodeQr(png: Buffer): string {
  const img = PNG.sync.read(png);
  const code = jsQR(new Uint8ClampedArray(img.data), img.width, img.height);
  if (!code) throw new Error("no QR code found in the PNG");
  return code.data;
}

async function asSecondUser(browser: Browser, policyId: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await signUp(page);
    const res = await page.goto(`/policies/${policyId}`);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Policy not found" })).toBeVisible();
    for (const route of ["qr", "document"]) expect((await page.request.get(`/api/policies/${policyId}/${route}`)).status()).toBe(404);
    await page.goto("/policies");
    await expect(page.getByText("You have no policies yet.")).toBeVisible();
  } finally {
    await context.close();
  }
}

for (const j of JOURNEYS) {
  test(`${j.type}: Info Centre → buy (one invalid try) → listed → QR verifies → tampered code rejected → others see nothing`, async ({ page, browser }) => {
    const holder = await signUp(page);

    // Info Centre page for the type, then its buy link
    await page.goto(`/info/${j.type}`);
    await expect(page.getByRole("heading", { name: `${j.label} insurance`, level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "How the premium is worked out" })).toBeVisible();
    await expect(page.getByText("Insurance Premium Tax at")).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: `Buy ${j.label.toLowerCase()} insurance` }).first().click();
    await expect(page).toHaveURL(new RegExp(`/policies/new/${j.type}$`));
    await expect(page.getByRole("link", { name: new RegExp(`What ${j.label.toLowerCase()} insurance covers`) })).toHaveAttribute("href", `/info/${j.type}`);

    // the live quote appears once the form is complete
    await expect(page.getByText("Complete the form to see your price.")).toBeVisible();
    await j.fill(page);
    await expect(page.getByTestId("quote-premium")).toHaveText(/^£[\d,]+(\.\d\d)?$/);
    const quoted = await page.getByTestId("quote-premium").textContent();

    // one invalid submission: the message sits beside the field, nothing is bought
    await j.invalid.set(page);
    await page.getByRole("button", { name: "Buy this policy" }).click();
    await expect(page.locator(`#${j.invalid.field}-error`)).toHaveText(j.invalid.message);
    await expect(page.locator(`[name="${j.invalid.field}"]`).first()).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Complete the form to see your price.")).toBeVisible();
    await expectAccessible(page);
    await expect(page).toHaveURL(new RegExp(`/policies/new/${j.type}$`));

    await j.invalid.fix(page);
    await expect(page.locator(`#${j.invalid.field}-error`)).toHaveCount(0);
    await expect(page.getByTestId("quote-premium")).toHaveText(quoted!);
    await page.getByRole("button", { name: "Buy this policy" }).click();

    // the policy page: the server's price matches the quote
    await expect(page).toHaveURL(/\/policies\/c[a-z0-9]+$/);
    const policyId = page.url().split("/").pop()!;
    await expect(page.getByRole("heading", { name: `${j.label} insurance`, level: 1 })).toBeVisible();
    const number = (await page.locator("main h1 + p").textContent())!.trim();
    expect(number).toMatch(new RegExp(`^${j.type.toUpperCase()}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$`));
    await expect(page.getByText("In force", { exact: true })).toBeVisible();
    await expect(page.locator("dl > div").filter({ has: page.locator("dt", { hasText: /^Premium$/ }) })).toContainText(quoted!);
    await expect(page.getByRole("img", { name: `QR code to verify policy ${number}` })).toBeVisible();
    await expect(page.getByRole("link", { name: "File a claim" })).toHaveAttribute("href", `/policies/${policyId}/claims/new`);
    await expect(page.getByRole("link", { name: "Renew" })).toHaveCount(0);

    // the "policy created" SMS went out once, through the outbox and the real twilio client
    await expect
      .poll(() => smsSent().filter((m) => m.form.To === e164(holder.phone) && m.form.Body.includes(`policy ${number} is active`)).length, { timeout: 20_000 })
      .toBe(1);

    // listed in My policies
    await page.getByRole("link", { name: "My policies" }).first().click();
    const card = page.getByTestId("policy-card").filter({ hasText: number });
    await expect(card).toContainText(`${j.label} insurance`);
    await expect(card).toContainText("In force");
    await expect(card).toContainText("Remaining cover");

    // downloads: the QR PNG (decoded like a phone would) and the PDF schedule
    const qr = await page.request.get(`/api/policies/${policyId}/qr`);
    expect(qr.status()).toBe(200);
    expect(qr.headers()["content-type"]).toBe("image/png");
    expect(qr.headers()["content-disposition"]).toBe(`attachment; filename="policy-${number}-qr.png"`);
    const verifyUrl = new URL(decodeQr(await qr.body()));
    expect(verifyUrl.origin).toBe(new URL(page.url()).origin);
    expect(verifyUrl.pathname).toBe(`/verify/${policyId}`);
    const pdf = await page.request.get(`/api/policies/${policyId}/document`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

    // the public verify page, signed out, from the decoded URL
    await page.context().clearCookies();
    const verified = await page.goto(verifyUrl.toString());
    expect(verified?.status()).toBe(200);
    // the API route's document (pages/api/verify-qr): the static policy, no nonce, kept by no browser or CDN, not indexed
    const headers = await verified!.allHeaders();
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'unsafe-inline'/);
    expect(headers["content-security-policy"]).not.toContain("nonce-");
    expect(headers["cache-control"]).toContain("no-store");
    expect(headers["x-robots-tag"]).toBe("noindex, nofollow");
    expect(headers["x-frame-options"]).toBe("DENY");
    await expect(page.getByRole("heading", { name: "Genuine policy — in force" })).toBeVisible();
    await expect(page.getByText(number)).toBeVisible();
    const surname = holder.name.split(" ").pop()!;
    await expect(page.getByText(`${holder.name[0]}. ${surname[0].toUpperCase()}${"*".repeat(surname.length - 1)}`, { exact: true })).toBeVisible();
    await expect(page.getByText(holder.name)).toHaveCount(0);
    if (j.registration) await expect(page.getByText(j.registration, { exact: true })).toBeVisible();
    await expect(page.getByText("07911")).toHaveCount(0);
    await expect(page.getByText("@example.com")).toHaveCount(0);
    if (j.type === "car") await expectAccessible(page);

    // one changed character in the signature → not valid, same status as an unknown policy
    const sig = verifyUrl.searchParams.get("s")!;
    const tampered = new URL(verifyUrl);
    tampered.searchParams.set("s", sig.slice(0, 5) + (sig[5] === "A" ? "B" : "A") + sig.slice(6));
    const bad = await page.goto(tampered.toString());
    expect(bad?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "This code is not valid" })).toBeVisible();
    await expect(page.getByText(number)).toHaveCount(0);
    const unknown = await page.goto(`/verify/cm0000000000000000000000x?s=${sig}`);
    expect(unknown?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "This code is not valid" })).toBeVisible();

    // another user: not found, and the downloads refuse too
    await asSecondUser(browser, policyId);
  });
}

test("the Info Centre lists every type and the demo holder's renewable policy offers Renew", async ({ page }) => {
  await page.goto("/info");
  for (const j of JOURNEYS) await expect(page.getByRole("link", { name: `About ${j.label.toLowerCase()} insurance` })).toHaveAttribute("href", `/info/${j.type}`);
  await expectAccessible(page);
  await signIn(page, DEMO_HOLDER);
  await page.goto("/policies");
  await page.getByTestId("policy-card").filter({ hasText: "CAR-DEMA-7K3Q" }).click();
  await expect(page.getByRole("link", { name: "Renew" })).toHaveAttribute("href", /\/policies\/c[a-z0-9]+\/renew$/);
  await expect(page.getByRole("link", { name: "File a claim" })).toBeVisible();
  await page.goto("/policies");
  await page.getByTestId("policy-card").filter({ hasText: "TRAVEL-DEMA-2T8R" }).click();
  await expect(page.getByText("Expired", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "File a claim" })).toHaveCount(0);
});

test("an admin lists every policy and filters by type and status", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Policies" }).click();
  await expect(page.getByRole("heading", { name: "Policies", level: 1 })).toBeVisible();
  await expect(page.getByRole("cell", { name: "HOME-DEMA-4H9P" })).toBeVisible();
  await page.getByLabel("Type").selectOption("car");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/type=car/);
  await expect(page.getByRole("cell", { name: "CAR-DEMA-7K3Q" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "HOME-DEMA-4H9P" })).toHaveCount(0);
  await page.getByLabel("Type").selectOption("");
  await page.getByLabel("Status").selectOption("EXPIRED");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("cell", { name: "TRAVEL-DEMA-2T8R" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "CAR-DEMA-7K3Q" })).toHaveCount(0);
  await expectAccessible(page);
});
