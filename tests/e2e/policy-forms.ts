import { expect, type Page } from "@playwright/test";

// The policy forms filled in the way a person would, shared by the journeys that need a policy
// (buying one in policies.spec.ts, claiming on one in claims.spec.ts).

const pad = (n: number) => String(n).padStart(2, "0");
/** A local calendar date `days` from today, as a date input takes it. */
export function dayFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
const yearsAgo = (years: number) => `${new Date().getFullYear() - years}-03-15`;

export const label = (page: Page, text: string) => page.getByLabel(text, { exact: true });

export type PolicyTypeKey = "car" | "bike" | "travel" | "health" | "business" | "home";

/** Fills a valid buying form for each type (the page must be /policies/new/<type>). */
export const FILL_POLICY_FORM: Record<PolicyTypeKey, (page: Page) => Promise<void>> = {
  car: async (page) => {
    await label(page, "Registration number").fill("ab12cde");
    await label(page, "Make").fill("Ford");
    await label(page, "Model").fill("Focus");
    await label(page, "Year of manufacture").fill("2019");
    await label(page, "Car value (£)").fill("12,000");
    await label(page, "Annual mileage").fill("8000");
    await label(page, "Driver's date of birth").fill(yearsAgo(40));
    await label(page, "Years holding a full licence").fill("15");
    await label(page, "Claims in the last 5 years").fill("1");
    await label(page, "Education level").selectOption("Masters");
    await label(page, "Occupation").selectOption("tech-support");
    await label(page, "Main hobby").selectOption("golf");
    await label(page, "Relationship to policyholder").selectOption("wife");
    await label(page, "Sum insured (£)").fill("11000");
    await label(page, "Excess (deductible)").selectOption("1000");
    await label(page, "Liability limit").selectOption("500/1000");
    await label(page, "Umbrella cover").selectOption("2000000");
    await label(page, "Term").selectOption("6");
  },
  bike: async (page) => {
    await label(page, "Registration number").fill("BK21 XYZ");
    await label(page, "Make").fill("Honda");
    await label(page, "Model").fill("CB500F");
    await label(page, "Year of manufacture").fill("2021");
    await label(page, "Engine size (cc)").fill("471");
    await label(page, "Bike value (£)").fill("5500");
    await label(page, "Sum insured (£)").fill("5000");
  },
  travel: async (page) => {
    await label(page, "Destination").fill("Spain");
    await label(page, "Region").selectOption("europe");
    await label(page, "Departure date").fill(dayFromToday(0));
    await label(page, "Return date").fill(dayFromToday(10));
    await label(page, "Number of travellers").fill("2");
    await label(page, "Trip cost (£)").fill("1450.50");
    await label(page, "Reason for the trip").selectOption("holiday");
  },
  health: async (page) => {
    await label(page, "Date of birth").fill(yearsAgo(35));
    await label(page, "Height (cm)").fill("175");
    await label(page, "Weight (kg)").fill("72.5");
    await label(page, "I have smoked or used nicotine in the last 12 months").check();
    await label(page, "Asthma").check();
    await label(page, "Cover level").selectOption("standard");
    await label(page, "Yearly limit (£)").fill("1000000");
  },
  business: async (page) => {
    await label(page, "Company name").fill("Acme Widgets Ltd");
    await label(page, "Industry").selectOption("retail");
    await label(page, "Business address").fill("1 High Street, Leeds");
    await label(page, "Postcode").fill("ls1 4ap");
    await label(page, "Number of employees").fill("8");
    await label(page, "Annual revenue (£)").fill("750,000");
    await label(page, "Sum insured (£)").fill("150000");
  },
  home: async (page) => {
    await label(page, "Address").fill("14 Orchard Lane, Bristol");
    await label(page, "Postcode").fill("BS6 5AB");
    await label(page, "Property type").selectOption("townhouse");
    await label(page, "Year built").fill("1934");
    await label(page, "Property value (£)").fill("365000");
    await label(page, "Burglar alarm").check();
    await label(page, "Smoke alarms").check();
    await label(page, "Sum insured (£)").fill("300000");
  },
};

/** Buys a policy of `type` through the real form; returns its id and number from the policy page. */
export async function buyPolicy(page: Page, type: PolicyTypeKey): Promise<{ id: string; number: string }> {
  await page.goto(`/policies/new/${type}`);
  await FILL_POLICY_FORM[type](page);
  await expect(page.getByTestId("quote-premium")).toHaveText(/^£[\d,]+(\.\d\d)?$/);
  await page.getByRole("button", { name: "Buy this policy" }).click();
  await expect(page).toHaveURL(/\/policies\/c[a-z0-9]+$/);
  const id = page.url().split("/").pop()!;
  const number = (await page.locator("main h1 + p").textContent())!.trim();
  return { id, number };
}
