import type { Page } from "@playwright/test";
import { test, expect, signUp, signIn, signOut, expectAccessible, ADMIN, smsSent, newUserData } from "./fixtures";
import { buyPolicy, dayFromToday, label } from "./policy-forms";

// The claims desk, end to end: a holder files two claims that need a person (above the £1,000
// auto-approval limit), an admin approves one and rejects the other from the desk, marks the
// approved one paid; the holder sees each outcome and gets each decision by SMS.

/** Files a claim on the policy through the real form; returns the claim's number and page URL. */
async function fileClaim(page: Page, policyId: string, amount: string, what: string): Promise<{ number: string; url: string }> {
  await page.goto(`/policies/${policyId}/claims/new`);
  await label(page, "Date of the incident").fill(dayFromToday(0));
  await label(page, "Hour of the incident").selectOption("14");
  await label(page, "What happened").fill(what);
  await label(page, "Police report available").selectOption("yes");
  await label(page, "Number of witnesses").fill("1");
  await label(page, "Amount claimed (£)").fill(amount);
  await page.getByRole("button", { name: "Submit claim" }).click();
  await expect(page).toHaveURL(/\/claims\/c[a-z0-9]+$/);
  await expect(page.getByTestId("claim-status")).toHaveText("Under review");
  const number = (await page.locator("main h1 + p").textContent())!.trim();
  return { number, url: new URL(page.url()).pathname };
}

const remainingCover = async (page: Page, policyId: string) => {
  await page.goto(`/policies/${policyId}`);
  return (await page.locator("dt", { hasText: "Remaining cover" }).locator("xpath=following-sibling::dd[1]").textContent())!.trim();
};

test("a claims handler approves one claim, rejects another (a note is required), marks the first paid; the holder sees each outcome and gets each SMS", async ({ page }) => {
  const holder = await signUp(page, newUserData({ phone: "07911 222444" }));
  const policy = await buyPolicy(page, "home");
  const coverBefore = await remainingCover(page, policy.id);
  const a = await fileClaim(page, policy.id, "2500", "A pipe burst in the bathroom and flooded the kitchen ceiling below it.");
  const b = await fileClaim(page, policy.id, "4200", "A storm blew tiles off the roof and rain came in through the loft.");
  const coverWithBoth = await remainingCover(page, policy.id);
  expect(coverWithBoth).not.toBe(coverBefore);
  await signOut(page);

  await signIn(page, ADMIN);
  await page.getByRole("link", { name: "Admin" }).click();
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Claims" }).click();
  await expect(page.getByRole("heading", { name: "Claims desk", level: 1 })).toBeVisible();
  await expectAccessible(page);

  // search by the policy number: both claims, under review, each with a probability and an age
  await page.getByLabel("Claim or policy number").fill(policy.number);
  await page.getByLabel("Status").selectOption("UNDER_REVIEW");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${policy.number}.*status=UNDER_REVIEW|status=UNDER_REVIEW.*q=${policy.number}`));
  const rows = page.getByTestId("queue-row");
  await expect(rows).toHaveCount(2);
  for (const r of await rows.all()) {
    await expect(r.getByTestId("queue-probability")).toHaveText(/^\d{1,3}%$/);
    await expect(r).toContainText("Under review");
    await expect(r).toContainText(/\d+ seconds?|\d+ minutes?/);
  }
  // the filters survive the back button
  await page.goto("/admin");
  await page.goBack();
  await expect(page.getByLabel("Claim or policy number")).toHaveValue(policy.number);
  await expect(page.getByTestId("queue-row")).toHaveCount(2);

  // the export has the same two claims with their probability
  const csv = await page.request.get(`/api/admin/claims/export?q=${policy.number}&status=UNDER_REVIEW`);
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text.split("\n")[0]).toContain("Fraud probability");
  expect(text).toContain(a.number);
  expect(text).toContain(b.number);

  // approve claim A with a note
  await page.getByRole("link", { name: a.number }).click();
  await expect(page.getByRole("heading", { name: `Claim ${a.number}` })).toBeVisible();
  await expect(page.getByTestId("claim-probability")).toHaveText(/%$/);
  await expect(page.getByText(/version/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Mark as paid" })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByLabel("Note", { exact: true }).fill("Approved: the plumber's report confirms the burst pipe.");
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByText("Claim is now approved.", { exact: false })).toBeVisible();
  await expect(page.getByTestId("claim-status")).toHaveText("Approved");
  await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0);

  // reject claim B: refused without a note, beside the Note field
  await page.goto("/admin/claims?q=" + b.number);
  await page.getByRole("link", { name: b.number }).click();
  await page.getByRole("button", { name: "Reject" }).click();
  const noteError = page.locator("#decision-note-error");
  await expect(noteError).toHaveText(/Write a note for the policyholder before you reject/);
  await expect(page.getByLabel("Note", { exact: true })).toHaveAttribute("aria-describedby", "decision-note-error");
  await expect(page.getByTestId("claim-status")).toHaveText("Under review");
  await page.getByLabel("Note", { exact: true }).fill("The roof damage is wear and tear, which the policy does not cover.");
  await page.getByRole("button", { name: "Reject" }).click();
  await expect(page.getByTestId("claim-status")).toHaveText("Not approved");
  await expect(page.getByText("This claim is final")).toBeVisible();

  // mark A as paid
  await page.goto("/admin/claims?q=" + a.number);
  await page.getByRole("link", { name: a.number }).click();
  await page.getByRole("button", { name: "Mark as paid" }).click();
  await expect(page.getByTestId("claim-status")).toHaveText("Paid");
  await expect(page.getByRole("listitem").filter({ hasText: "Claim paid" })).toBeVisible();
  await signOut(page);

  // the holder sees each outcome, with the note; the rejected claim's cover is back
  await signIn(page, holder);
  await page.goto(b.url);
  await expect(page.getByTestId("claim-status")).toHaveText("Not approved");
  await expect(page.getByText("The roof damage is wear and tear")).toBeVisible();
  await page.goto(a.url);
  await expect(page.getByTestId("claim-status")).toHaveText("Paid");
  await expect(page.getByText("the plumber's report confirms")).toBeVisible();
  const coverAfter = await remainingCover(page, policy.id);
  const pounds = (s: string) => Number(s.replace(/[£,]/g, ""));
  expect(pounds(coverAfter)).toBe(pounds(coverWithBoth) + 4200);

  // the decision and payment texts reached the (fake) Twilio API, to the holder's phone
  const toHolder = () => smsSent().filter((m) => m.form.To === "+447911222444");
  await expect.poll(() => toHolder().some((m) => m.form.Body.includes(`claim ${a.number}`) && m.form.Body.includes("is approved")), { timeout: 20_000 }).toBe(true);
  await expect.poll(() => toHolder().some((m) => m.form.Body.includes(`claim ${b.number}`) && m.form.Body.includes("was not approved")), { timeout: 20_000 }).toBe(true);
  await expect.poll(() => toHolder().some((m) => m.form.Body.includes(`for claim ${a.number}`) && m.form.Body.includes("paid")), { timeout: 20_000 }).toBe(true);

  // the holder cannot reach the desk, its export or the claim's admin page
  expect((await page.goto("/admin/claims"))?.status()).toBe(404);
  expect((await page.goto(`/admin${a.url}`))?.status()).toBe(404);
  expect((await page.request.get("/api/admin/claims/export")).status()).toBe(404);
});

test("a second handler deciding a claim already decided is told so, and nothing is decided twice", async ({ page, browser }) => {
  await signUp(page);
  const policy = await buyPolicy(page, "home");
  const claim = await fileClaim(page, policy.id, "1800", "Someone broke the back door and took a laptop and a bicycle.");
  await signOut(page);

  // two admins open the same claim
  await signIn(page, ADMIN);
  const other = await browser.newContext();
  const page2 = await other.newPage();
  try {
    await signIn(page2, ADMIN);
    for (const p of [page, page2]) {
      await p.goto(`/admin/claims?q=${claim.number}`);
      await p.getByRole("link", { name: claim.number }).click();
      await expect(p.getByRole("button", { name: "Approve" })).toBeVisible();
    }
    await page.getByLabel("Note", { exact: true }).fill("Police report checks out.");
    await page.getByRole("button", { name: "Approve" }).click();
    await expect(page.getByTestId("claim-status")).toHaveText("Approved");

    await page2.getByLabel("Note", { exact: true }).fill("Not convinced by the story.");
    await page2.getByRole("button", { name: "Reject" }).click();
    await expect(page2.getByRole("alert").filter({ hasText: "Another claims handler changed this claim a moment ago: it is now approved" })).toBeVisible();
  } finally {
    await other.close();
  }
  await page.reload();
  await expect(page.getByTestId("claim-status")).toHaveText("Approved");
  await expect(page.getByRole("listitem").filter({ hasText: "Claim rejected" })).toHaveCount(0);
});
