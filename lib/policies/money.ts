/** Money is stored and computed in integer pence; people see pounds. */
const GBP = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });
const GBP_WHOLE = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });

/** "£1,234.50", or "£1,234" when there are no pence. */
export function formatMoney(cents: number): string {
  return (cents % 100 === 0 ? GBP_WHOLE : GBP).format(cents / 100);
}

/** Pounds typed in a form (already a number) to whole pence. */
export function poundsToCents(pounds: number): number {
  return Math.round(pounds * 100);
}
