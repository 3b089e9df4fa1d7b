import { PNG } from "pngjs";
import jsQR from "jsqr";
import { test, expect, signUp, signIn, signOut, expectAccessible, ADMIN, smsSent, newUserData } from "./fixtures";
import { buyPolicy } from "./policy-forms";

// Oversight: an admin cancels a policy (the holder's QR check says cancelled at once, the holder gets
// an SMS), disables an account (signed out at the next click, cannot sign in) and re-enables it, and
// finds each of those in the audit log.

test.describe.configure({ mode: "parallel" });

function decodeQr(png: Buffer): string {
  const img = PNG.sync.read(png);
  const code = jsQR(new Uint8ClampedArray(img.data), img.width, img.height);
  if (!code) throw new Error("no QR code found in the PNG");
  return code.data;
}

test("an admin cancels a policy with a reason: the QR check says cancelled at once, the holder is texted, the audit log has it", async ({ page, browser }) => {
  const holder = await signUp(page, newUserData({ phone: "07911 222333" }));
  const policy = await buyPolicy(page, "business");
  // the QR code on the holder's policy page, read like a phone would
  const qr = await page.request.get(`/api/policies/${policy.id}/qr`);
  const verifyUrl = decodeQr(await qr.body());
  await signOut(page);
  // scanned once while in force, so the verify page's per-policy cache holds it when the admin cancels
  const scanner = await browser.newContext();
  try {
    const p = await scanner.newPage();
    await p.goto(verifyUrl);
    await expect(p.getByRole("heading", { name: "Genuine policy — in force" })).toBeVisible();
  } finally {
    await scanner.close();
  }

  await signIn(page, ADMIN);
  await page.goto("/admin/policies");
  await expect(page.getByText("Cancelling releases nothing automatically")).toBeVisible();
  await page.getByLabel("Policy number or holder").fill(holder.email.toUpperCase());
  await page.getByRole("button", { name: "Filter" }).click();
  const row = page.getByTestId("policy-row").filter({ hasText: policy.number });
  await expect(page.getByTestId("policy-row")).toHaveCount(1);
  await expectAccessible(page);
  await row.getByText(`Cancel ${policy.number}…`).click();
  await row.getByRole("button", { name: "Cancel policy" }).click();
  await expect(row.locator(`#cancel-reason-${policy.id}-error`)).toHaveText(/Say why the policy is cancelled/);
  await row.getByLabel("Reason for cancelling").fill("Premium payment reversed by the bank");
  await row.getByRole("button", { name: "Cancel policy" }).click();
  await expect(page.getByTestId("policy-row").filter({ hasText: policy.number })).toContainText("Cancelled");

  // the public check, signed out, from the QR code
  const anon = await browser.newContext();
  try {
    const p = await anon.newPage();
    await p.goto(verifyUrl);
    await expect(p.getByRole("heading", { name: "Genuine policy — cancelled" })).toBeVisible();
  } finally {
    await anon.close();
  }
  await expect
    .poll(() => smsSent().some((m) => m.form.To === "+447911222333" && m.form.Body.includes(`policy ${policy.number} has been cancelled`)), { timeout: 20_000 })
    .toBe(true);

  // the audit log: filter by action, the entry names the admin, links the policy and keeps the reason
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Audit log" }).click();
  await page.getByLabel("Action").selectOption("policy.cancelled");
  await page.getByRole("button", { name: "Filter" }).click();
  const entry = page.getByTestId("audit-row").filter({ hasText: "Premium payment reversed by the bank" });
  await expect(entry).toContainText("Policy cancelled");
  await expect(entry.getByRole("link", { name: `Policy ${policy.number}` })).toBeVisible();
  await expectAccessible(page);
});

test("a disabled account is signed out at its next click and cannot sign in; re-enabled it can", async ({ page, browser }) => {
  const holder = await signUp(page);
  await page.goto("/policies");

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  try {
    await signIn(admin, ADMIN);
    await admin.goto("/admin/users");
    await admin.getByLabel("Name, email or phone").fill(holder.email.toUpperCase());
    await admin.getByRole("button", { name: "Search" }).click();
    await admin.getByRole("link", { name: holder.name }).click();
    await expect(admin.getByRole("heading", { name: holder.name, level: 1 })).toBeVisible();
    await expectAccessible(admin);
    await admin.getByRole("button", { name: "Disable account" }).click();
    await expect(admin.locator("#disable-reason-error")).toHaveText(/Say why/);
    await admin.getByLabel("Reason for disabling").fill("Identity reported stolen");
    await admin.getByRole("button", { name: "Disable account" }).click();
    await expect(admin.getByTestId("account-state")).toContainText("Identity reported stolen");

    // the holder's next click: their session no longer works
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Feedback" }).click();
    await expect(page).toHaveURL(/\/login/);
    // and they cannot sign in again, with a clear message
    await page.getByLabel("Email").fill(holder.email);
    await page.getByLabel("Password").fill(holder.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("This account has been disabled.")).toBeVisible();

    // an admin cannot disable their own account
    await admin.goto("/admin/users?role=ADMIN&q=admin%40example.com");
    await admin.locator('table a[href^="/admin/users/"]').first().click();
    await expect(admin.getByTestId("account-state")).toContainText("you cannot disable yourself");
    await expect(admin.getByRole("button", { name: "Disable account" })).toHaveCount(0);

    // re-enable: they can sign in again
    await admin.goto("/admin/users?state=disabled");
    await admin.getByRole("link", { name: holder.name }).click();
    await admin.getByRole("button", { name: "Enable account" }).click();
    await expect(admin.getByTestId("account-state")).toContainText("Enabled");
    await page.context().clearCookies();
    await signIn(page, holder);

    // both changes are in the audit log
    await admin.goto("/admin/audit?action=user.");
    await expect(admin.getByTestId("audit-row").filter({ hasText: holder.name }).filter({ hasText: "User disabled" })).toContainText("Identity reported stolen");
    await expect(admin.getByTestId("audit-row").filter({ hasText: holder.name }).filter({ hasText: "User enabled" })).toHaveCount(1);
  } finally {
    await adminContext.close();
  }
});

test("a policyholder gets a 404 from every admin page and the export", async ({ page }) => {
  await signUp(page);
  for (const path of ["/admin", "/admin/claims", "/admin/claims/cm0000000000000000000000x", "/admin/users", "/admin/users/cm0000000000000000000000x", "/admin/policies", "/admin/audit"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
  expect((await page.request.get("/api/admin/claims/export")).status()).toBe(404);
});
