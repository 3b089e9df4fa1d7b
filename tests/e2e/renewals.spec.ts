import type { Page } from "@playwright/test";
import { addDaysIso, formatPolicyDate, lastDayOfTerm, todayIso } from "@/lib/policies/policy-dates";
import { test, expect, signUp, expectAccessible, smsSent, e164 } from "./fixtures";

// Each journey signs up its own holder and buys its own policy, so they run side by side.
test.describe.configure({ mode: "parallel" });

const label = (page: Page, text: string) => page.getByLabel(text, { exact: true });

/** Buys a bike policy starting today through the real form; returns its id and number. */
async function buyBike(page: Page, termMonths: 1 | 12, registration: string): Promise<{ id: string; number: string }> {
  await page.goto("/policies/new/bike");
  await label(page, "Registration number").fill(registration);
  await label(page, "Make").fill("Honda");
  await label(page, "Model").fill("CB500F");
  await label(page, "Year of manufacture").fill("2021");
  await label(page, "Engine size (cc)").fill("471");
  await label(page, "Bike value (£)").fill("5500");
  await label(page, "Sum insured (£)").fill("5000");
  await label(page, "Term").selectOption(String(termMonths));
  await expect(page.getByTestId("quote-premium")).toHaveText(/^£/);
  await page.getByRole("button", { name: "Buy this policy" }).click();
  await expect(page).toHaveURL(/\/policies\/c[a-z0-9]+$/);
  const number = (await page.locator("main h1 + p").textContent())!.trim();
  return { id: page.url().split("/").pop()!, number };
}

test("a policy bought today for 12 months offers no renewal yet and says from when it will", async ({ page }) => {
  await signUp(page);
  const policy = await buyBike(page, 12, "RN12 YRS");
  const lastDay = lastDayOfTerm(todayIso(), 12);
  const opens = formatPolicyDate(addDaysIso(lastDay, -30));
  const closes = formatPolicyDate(addDaysIso(lastDay, 30));

  await expect(page.getByRole("link", { name: "Renew" })).toHaveCount(0);
  await expect(page.getByTestId("renewal-notice")).toContainText(
    `You can renew this policy from ${opens}, 30 days before its last day of cover (${formatPolicyDate(lastDay)}), until ${closes}.`,
  );

  // going to the renew page directly is refused with the same dates, and offers nothing to confirm
  await page.goto(`/policies/${policy.id}/renew`);
  await expect(page.getByRole("heading", { name: "This policy cannot be renewed now" })).toBeVisible();
  await expect(page.getByTestId("renewal-refusal")).toContainText(`from ${opens}`);
  await expect(page.getByRole("button", { name: /Confirm renewal/ })).toHaveCount(0);
  await expectAccessible(page);
});

test("renewing inside the window: review, confirm, the new policy with its dates and price, the SMS, and no second renewal", async ({ page }) => {
  const holder = await signUp(page);
  const old = await buyBike(page, 1, "RN21 MTH");
  // A one-month policy is inside its renewal window from its first day (renewal opens 30 days before the last day).
  const lastDay = lastDayOfTerm(todayIso(), 1);
  const newStart = addDaysIso(lastDay, 1);
  const newEnd = lastDayOfTerm(newStart, 1);
  await expect(page.getByTestId("renewal-notice")).toContainText(`Renewal is open: renew by ${formatPolicyDate(lastDay)}`);

  // a second tab with the renew page open, to confirm again after the first renewal went through
  const other = await page.context().newPage();
  await other.goto(`/policies/${old.id}/renew`);
  await expect(other.getByRole("button", { name: /Confirm renewal/ })).toBeVisible();

  await page.getByRole("link", { name: "Renew" }).click();
  await expect(page).toHaveURL(`/policies/${old.id}/renew`);
  await expect(page.getByRole("heading", { name: "Renew your bike policy", level: 1 })).toBeVisible();
  const term = page.getByTestId("renewal-term");
  await expect(term).toContainText(`New policy starts${formatPolicyDate(newStart)}`);
  await expect(term).toContainText(`New policy ends${formatPolicyDate(newEnd)} (end of day)`);
  await expect(term).toContainText("Term1 month");
  // the re-quote shows the no-claims discount as its own line
  await expect(page.getByRole("row", { name: /No-claims discount \(10%\)/ })).toContainText("−£");
  await expect(page.getByTestId("no-claims-note")).toHaveText("No claim was approved on this policy, so you get a 10% no-claims discount.");
  await expect(page.getByText("CB500F")).toBeVisible(); // the details it keeps
  await expectAccessible(page);
  const price = (await page.getByTestId("quote-premium").textContent())!;

  await page.getByRole("button", { name: `Confirm renewal for ${price}` }).click();
  await expect(page).toHaveURL(/\/policies\/c[a-z0-9]+\?renewed=1$/);
  const renewalId = new URL(page.url()).pathname.split("/").pop()!;
  expect(renewalId).not.toBe(old.id);
  const number = (await page.locator("main h1 + p").textContent())!.trim();
  expect(number).toMatch(/^BIKE-/);
  expect(number).not.toBe(old.number);
  await expect(page.getByRole("status").filter({ hasText: "Renewal confirmed" })).toContainText(`Renewal confirmed: policy ${old.number} continues as ${number} from ${formatPolicyDate(newStart)}`);
  await expect(page.getByText("Not started yet", { exact: true })).toBeVisible();
  const facts = (name: string) => page.locator("dl > div").filter({ has: page.locator("dt", { hasText: new RegExp(`^${name}$`) }) });
  await expect(facts("Valid from")).toContainText(formatPolicyDate(newStart));
  await expect(facts("Valid to")).toContainText(`${formatPolicyDate(newEnd)} (end of day)`);
  await expect(facts("Premium")).toContainText(price);
  await expect(facts("Remaining cover")).toContainText("£5,000");
  await expect(page.getByTestId("renewal-notice")).toContainText(`This policy renews ${old.number}`);

  // the "renewal confirmed" SMS reached Twilio, once
  const phone = e164(holder.phone);
  await expect
    .poll(() => smsSent().filter((m) => m.form.To === phone && m.form.Body.includes(`policy ${old.number} is renewed as ${number}`)).length, { timeout: 20_000 })
    .toBe(1);

  // the old policy links to its renewal and offers no second one
  await page.getByTestId("renewal-notice").getByRole("link", { name: old.number }).click();
  await expect(page).toHaveURL(`/policies/${old.id}`);
  await expect(page.getByTestId("renewal-notice")).toContainText(`Renewed as ${number}`);
  await expect(page.getByRole("link", { name: "Renew" })).toHaveCount(0);

  // confirming from the tab opened before is refused; the renew page now says it is already renewed
  await other.getByRole("button", { name: /Confirm renewal/ }).click();
  await expect(other.getByText(`This policy has already been renewed`).first()).toBeVisible();
  await other.goto(`/policies/${old.id}/renew`);
  await expect(other.getByTestId("renewal-refusal")).toHaveText("This policy has already been renewed.");
  await expect(other.getByRole("link", { name: `Open the renewal, ${number}` })).toHaveAttribute("href", `/policies/${renewalId}`);
  await other.close();

  // still exactly one renewal and one SMS
  await page.goto("/policies");
  await expect(page.getByTestId("policy-card")).toHaveCount(2);
  expect(smsSent().filter((m) => m.form.Body.includes(`policy ${old.number} is renewed as`)).length).toBe(1);
});
