import { test, expect, signUp, signIn, signOut, expectAccessible, ADMIN, smsSent } from "./fixtures";

test("negative feedback alerts the admin, shows markup as text, and the customer sees the reply", async ({ page }) => {
  const user = await signUp(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Feedback" }).click();
  await expect(page.getByRole("heading", { name: "Feedback", level: 1 })).toBeVisible();
  await expectAccessible(page);

  // too short: message beside the field, nothing sent
  await page.getByLabel("Topic").selectOption("claim");
  await page.getByLabel("Your feedback").fill("Bad");
  await page.getByRole("button", { name: "Send feedback" }).click();
  await expect(page.locator("#message-error")).toHaveText(/at least 10 characters/);
  await expect(page.getByText("You have not sent any feedback yet.")).toBeVisible();

  const complaint = `I filed my claim three weeks ago and nobody has called me back. <script>window.__pwned = true</script> ${user.email}`;
  await page.getByLabel("Your feedback").fill(complaint);
  await page.getByRole("button", { name: "Send feedback" }).click();
  await expect(page.getByText("Thank you. Your feedback has been sent.")).toBeVisible();
  const mine = page.getByTestId("my-feedback").first();
  await expect(mine).toContainText("Awaiting reply");
  await signOut(page);

  await signIn(page, ADMIN);
  await page.getByRole("link", { name: "Admin" }).click();
  await expect(page.getByTestId("badge-feedback")).toBeVisible();
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: /Feedback/ }).click();
  await expect(page.getByTestId("negative-alert")).toBeVisible();
  const item = page.getByTestId("admin-feedback").filter({ hasText: user.email }).first();
  await expect(item).toContainText("Negative");
  // the app's worker texted this alert to the admin's phone through the real twilio client
  const ref = (await item.getByTestId("feedback-ref").textContent())!.trim();
  expect(ref).toMatch(/^FB-[A-Z0-9]{6}$/);
  await expect
    .poll(() => smsSent().filter((m) => m.form.To === "+447911000001" && m.form.Body.includes(`feedback ${ref} (A claim)`)).length, { timeout: 20_000 })
    .toBe(1);
  // the script tag is shown as text and never ran
  await expect(item).toContainText("<script>window.__pwned = true</script>");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  await expectAccessible(page);

  await item.getByLabel("Reply to customer").fill("We are sorry. Your handler will call you today.");
  await item.getByRole("button", { name: "Send reply" }).click();
  await expect(item.getByText("Reply sent")).toBeVisible();
  await signOut(page);

  await signIn(page, user);
  await page.goto("/feedback");
  await expect(page.getByTestId("my-feedback").first()).toContainText("Answered");
  await expect(page.getByText("We are sorry. Your handler will call you today.")).toBeVisible();
});

test("a policyholder cannot open the admin feedback queue", async ({ page }) => {
  await signUp(page);
  const res = await page.goto("/admin/feedback");
  expect(res?.status()).toBe(404);
});
