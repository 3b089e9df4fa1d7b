import type { Quote } from "@/lib/policies/rating";
import { formatMoney } from "@/lib/policies/money";

/** The live price beside a policy form, or a prompt while the form is incomplete. */
export function QuotePanel({ quote, periodLabel }: { quote: Quote | null; periodLabel: string }) {
  return (
    <section aria-labelledby="quote-heading" className="rounded-lg border border-brand-100 bg-brand-50 p-5">
      <h2 id="quote-heading" className="text-lg font-semibold text-slate-900">
        Your price
      </h2>
      <div aria-live="polite" data-testid="quote">
        {quote ? (
          <>
            <p className="mt-2 text-3xl font-bold text-brand-800" data-testid="quote-premium">
              {formatMoney(quote.premiumCents)}
            </p>
            <p className="text-sm text-slate-700">{periodLabel}, including tax</p>
            <table className="mt-4 w-full text-sm">
              <caption className="sr-only">How your price is worked out</caption>
              <tbody>
                {quote.breakdown.map((line, i) => (
                  <tr key={i} className="border-t border-brand-100">
                    <th scope="row" className="py-1.5 pr-2 text-left font-normal text-slate-700">
                      {line.label}
                    </th>
                    <td className="py-1.5 text-right tabular-nums whitespace-nowrap">
                      {line.amountCents < 0 ? `−${formatMoney(-line.amountCents)}` : formatMoney(line.amountCents)}
                    </td>
                  </tr>
                ))}
                <tr className="border-t-2 border-brand-600 font-semibold">
                  <th scope="row" className="py-1.5 text-left">
                    Total
                  </th>
                  <td className="py-1.5 text-right tabular-nums">{formatMoney(quote.premiumCents)}</td>
                </tr>
              </tbody>
            </table>
          </>
        ) : (
          <p className="mt-2 text-slate-700">Complete the form to see your price.</p>
        )}
      </div>
    </section>
  );
}
