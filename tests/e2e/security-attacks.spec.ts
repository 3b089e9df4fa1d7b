import path from "node:path";
import { PNG } from "pngjs";
import jsQR from "jsqr";
import { test, expect, signUp, signIn, signOut, newUserData, submitSignupForm, expectSignedOut, ADMIN, DEMO_HOLDER } from "./fixtures";
import { createPrismaClient } from "@/lib/db";
import { createPolicy } from "@/lib/policies/create-policy";
import { examplePolicyInput } from "@/tests/fixtures/policy-input-examples";

const port = process.env.E2E_PORT ?? "3100";
const dbUrl = process.env.E2E_DATABASE_URL ?? `file:${path.join(path.resolve("tests/.tmp"), `e2e-${port}.db`)}`;

// Attacks that fail and must keep failing, plus the headers and limits that back them up.

test("another user's policy, QR code, PDF and data are not reachable (IDOR)", async ({ page, browser }) => {
  await signIn(page, DEMO_HOLDER);
  await page.goto("/policies");
  const href = (await page.getByTestId("policy-card").first().getAttribute("href"))!;
  const policyId = href.split("/").pop()!;
  const number = (await page.getByTestId("policy-card").first().textContent())!.match(/[A-Z]+-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}/)![0];

  const other = await browser.newContext();
  const intruder = await other.newPage();
  try {
    await signUp(intruder);
    expect((await intruder.goto(href))?.status()).toBe(404);
    for (const route of ["qr", "document"]) expect((await intruder.request.get(`/api/policies/${policyId}/${route}`)).status()).toBe(404);
    // the data export holds the intruder's own data only
    const exported = await intruder.request.get("/api/profile/export");
    expect(exported.status()).toBe(200);
    const text = await exported.text();
    expect(text).not.toContain(policyId);
    expect(text).not.toContain(number);
    expect(text).not.toContain(DEMO_HOLDER.email);
    // no photo of anyone else; signed out, nothing at all
    expect((await intruder.request.get("/api/profile/photo")).status()).toBe(404);
  } finally {
    await other.close();
  }
  const anonymous = await browser.newContext();
  try {
    expect((await anonymous.request.get("/api/profile/export")).status()).toBe(401);
    expect((await anonymous.request.get(`/api/policies/${policyId}/document`)).status()).toBe(401);
  } finally {
    await anonymous.close();
  }
});

test("an admin action replayed with a policyholder's session changes nothing", async ({ page, browser }) => {
  // a feedback item of this journey's own, so no other journey's data is touched
  const marker = `Replay check ${Date.now()}: the website was fine.`;
  const author = await browser.newContext();
  const authorPage = await author.newPage();
  try {
    await signUp(authorPage);
    await authorPage.goto("/feedback");
    await authorPage.getByLabel("Topic").selectOption("website");
    await authorPage.getByLabel("Your feedback").fill(marker);
    await authorPage.getByRole("button", { name: "Send feedback" }).click();
    await expect(authorPage.getByText("Thank you. Your feedback has been sent.")).toBeVisible();
  } finally {
    await author.close();
  }
  // capture the real server-action request an admin's reply sends…
  await signIn(page, ADMIN);
  await page.goto("/admin/feedback");
  const item = page.getByTestId("admin-feedback").filter({ hasText: marker });
  const captured = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await item.getByLabel("Reply to customer").fill("Original admin reply.");
  await item.getByRole("button", { name: "Send reply" }).click();
  const req = await captured;
  await expect(item.getByText("Reply sent")).toBeVisible();

  // …and post it again as a policyholder, with the text changed
  const other = await browser.newContext();
  const holder = await other.newPage();
  try {
    await signIn(holder, DEMO_HOLDER);
    const forged = (req.postData() ?? "").replace("Original admin reply.", "Forged by a policyholder.");
    const headers = Object.fromEntries(Object.entries(req.headers()).filter(([k]) => ["next-action", "content-type", "accept", "next-router-state-tree", "origin"].includes(k)));
    const res = await holder.request.post(req.url(), { headers, data: forged });
    expect(await res.text()).not.toContain('"ok":true');
  } finally {
    await other.close();
  }
  await page.reload();
  await expect(page.getByText("Forged by a policyholder.")).toHaveCount(0);
  await expect(item.getByLabel("Reply to customer")).toHaveValue("Original admin reply.");
});

test("markup typed into free-text fields is shown as text and never runs (stored XSS)", async ({ page }) => {
  page.on("dialog", (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  const name = `Eve <img src=x onerror="window.__pwned=1"> ${Date.now()}`;
  await signUp(page, newUserData({ name }));
  await expect(page.getByTestId("signed-in-as")).toHaveText(name);
  await page.goto("/feedback");
  await page.getByLabel("Topic").selectOption("website");
  await page.getByLabel("Your feedback").fill(`Nice site <svg onload="window.__pwned=2"></svg> <script>window.__pwned=3</script>`);
  await page.getByRole("button", { name: "Send feedback" }).click();
  await expect(page.getByText("Thank you. Your feedback has been sent.")).toBeVisible();
  await expect(page.getByTestId("my-feedback").first()).toContainText('<svg onload="window.__pwned=2"></svg>');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  // a policy whose typed-in details carry markup: the policy page shows them as text
  const db = createPrismaClient(dbUrl);
  let policyId: string;
  try {
    const u = await db.user.findFirstOrThrow({ where: { name }, select: { id: true } });
    const input = { ...examplePolicyInput("business"), companyName: `<script>window.__pwned=4</script> Ltd`, address: `<img src=x onerror="window.__pwned=5"> Road` };
    policyId = (await createPolicy(db, u.id, input)).id;
  } finally {
    await db.$disconnect();
  }
  await page.goto(`/policies/${policyId}`);
  await expect(page.getByText("<script>window.__pwned=4</script> Ltd")).toBeVisible();
  await expect(page.getByText(`<img src=x onerror="window.__pwned=5"> Road`)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect((await page.request.get(`/api/policies/${policyId}/document`)).status()).toBe(200);

  await signOut(page);
  await signIn(page, ADMIN);
  await page.goto("/admin/users");
  await expect(page.getByText(name)).toBeVisible();
  await page.goto("/admin/feedback");
  await expect(page.getByText(`<script>window.__pwned=3</script>`).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test("a forged QR signature gets the same 'not valid' page as an unknown policy", async ({ page }) => {
  await signIn(page, DEMO_HOLDER);
  await page.goto("/policies");
  const policyId = (await page.getByTestId("policy-card").first().getAttribute("href"))!.split("/").pop()!;
  // the genuine link, as its QR code carries it
  const qr = PNG.sync.read(await (await page.request.get(`/api/policies/${policyId}/qr`)).body());
  const genuine = new URL(jsQR(new Uint8ClampedArray(qr.data), qr.width, qr.height)!.data);
  const sig = genuine.searchParams.get("s")!;
  await signOut(page);
  expect(await (await page.request.get(`${genuine.pathname}${genuine.search}`)).text()).toContain("Genuine policy");
  // the address the public link is rewritten to (pages/api/verify-qr/[policyId]) runs the same check: requested
  // directly it gives nothing the public link does not; a repeated signature, or an id slipped into the query
  // beside another policy's path, is not valid either
  const notValid = [
    `/api/verify-qr/${policyId}`,
    `/api/verify-qr/${policyId}?s=AAAA`,
    `/api/verify-qr/${policyId}?s=${sig}&s=${sig}`,
    `/verify/${policyId}?s=${sig}&s=${sig}`,
    `/verify/cm0000000000000000000000x?s=${sig}&policyId=${policyId}`,
    `/api/verify-qr/cm0000000000000000000000x?s=${sig}&policyId=${policyId}`,
  ];
  for (const url of notValid) {
    const res = await page.request.get(url, { maxRedirects: 0 });
    expect(res.status(), url).toBe(200);
    const body = await res.text();
    expect(body, url).toContain("This code is not valid");
    expect(body, url).not.toContain("Genuine policy");
  }
  expect(await (await page.request.get(`/api/verify-qr/${policyId}?s=${sig}`)).text()).toContain("Genuine policy");
  for (const s of ["", "AAAA", "x".repeat(43), "../../etc/passwd"]) {
    await page.goto(`/verify/${policyId}?s=${encodeURIComponent(s)}`);
    await expect(page.getByRole("heading", { name: "This code is not valid" })).toBeVisible();
  }
  // a forged "verified" header changes nothing (nothing reads one), and the internal addresses of the old design
  // (/verify-internal/<id>/<day>) serve no verdict, as a page load, a client navigation or a prefetch
  const forged = await page.request.get(`/verify/${policyId}?s=AAAA`, { headers: { "x-safeguard-verify-day": new Date().toISOString().slice(0, 10) } });
  expect(await forged.text()).toContain("This code is not valid");
  const today = new Date().toISOString().slice(0, 10);
  const variants: Record<string, string>[] = [{}, { rsc: "1" }, { rsc: "1", "next-router-prefetch": "1" }, { purpose: "prefetch" }];
  for (const headers of variants) {
    const direct = await page.request.get(`/verify-internal/${policyId}/${today}`, { headers, maxRedirects: 5 });
    const body = await direct.text();
    expect(body, JSON.stringify(headers)).not.toContain("Genuine policy");
    expect(body, JSON.stringify(headers)).not.toContain("Policy number");
  }
});

test("a policyholder's 404 for an admin page does not name it", async ({ page }) => {
  await signIn(page, DEMO_HOLDER);
  for (const path of ["/admin", "/admin/users", "/admin/feedback", "/admin/models"]) {
    const res = await page.goto(path);
    expect(res?.status()).toBe(404);
    await expect(page).toHaveTitle(/^Page not found/);
    expect(await page.content()).not.toMatch(/<title>[^<]*(Admin|Users|Feedback|Model)/);
  }
});

test("pages carry a Content-Security-Policy: a fresh nonce on dynamic pages, no nonce needed on static ones", async ({ page }) => {
  await signIn(page, DEMO_HOLDER);
  const first = await page.goto("/profile");
  const csp = first!.headers()["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  const nonce = /'nonce-([^']+)'/.exec(csp)![1];
  // Next put the nonce on its scripts, and the page works (the fixture fails on any CSP console error)
  expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();
  const second = await page.goto("/profile");
  expect(second!.headers()["content-security-policy"]).not.toContain(nonce);
  expect(second!.headers()["permissions-policy"]).toContain("camera=()");

  const home = await page.goto("/");
  expect(home!.headers()["content-security-policy"]).toMatch(/script-src 'self' 'unsafe-inline'/);
  expect(home!.headers()["content-security-policy"]).not.toContain("nonce-");
  await expect(page.locator("h1").first()).toBeVisible();
  // served over plain HTTP in the tests: no HSTS (it is sent only over HTTPS)
  expect(home!.headers()["strict-transport-security"]).toBeUndefined();
});

test("a URL that matches no route gets a not-found page rendered with the nonce, so its scripts run", async ({ page }) => {
  const res = await page.goto("/no-such-page/anywhere");
  expect(res?.status()).toBe(404);
  const csp = res!.headers()["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(await page.locator("script[nonce]").count()).toBeGreaterThan(0);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  // the header's client island ran (it asks /api/session, then shows the signed-out controls); a refused
  // script would also fail the test through the fixture's console-error check
  await expect(page.locator("header").getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("an oversized sign-in post is refused before next-auth reads it", async ({ request }) => {
  const res = await request.post("/api/auth/callback/credentials", {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    data: `email=a%40b.c&password=${"x".repeat(30 * 1024 * 1024)}`,
  });
  expect(res.status()).toBe(413);
});

test("sign-up refuses premium-rate and landline numbers beside the Phone field", async ({ page }) => {
  for (const [phone, message] of [
    ["09098 790000", /Premium-rate/],
    ["020 7183 8750", /landline/],
  ] as const) {
    await submitSignupForm(page, newUserData({ phone }));
    await expect(page.locator("#phone-error")).toHaveText(message);
    await expectSignedOut(page);
  }
});

test("a name with hidden text-direction characters is refused beside the field", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Full name").fill("Mallory \u202Egnp.exe\u202C");
  await page.getByLabel("Email").fill("mallory@example.com");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("#name-error")).toHaveText(/text-direction/);
});
