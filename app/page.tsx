import Link from "next/link";
import { HomeCallToAction } from "@/components/layout/HomeCallToAction";
import { POLICY_TYPE_LINKS } from "@/components/layout/policy-type-links";

// Prerendered at build time: the same for every visitor; only the first button is a client island.
export default function HomePage() {
  return (
    <div className="space-y-8">
      <section className="rounded-xl bg-brand-700 px-6 py-10 text-white">
        <h1 className="text-3xl font-bold">Insurance that explains itself</h1>
        <p className="mt-2 max-w-2xl text-brand-100">
          Cover for your car, bike, travel, health, business and home. Buy online in minutes, carry a QR code anyone can verify,
          and follow every claim from submission to decision.
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          <HomeCallToAction />
          <Link href="/info" className="rounded-md border border-white/60 px-4 py-2 font-semibold text-white">
            Info Centre
          </Link>
        </div>
      </section>
      <section aria-labelledby="types-heading">
        <h2 id="types-heading" className="mb-3 text-lg font-semibold">
          What we cover
        </h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          {POLICY_TYPE_LINKS.map((t) => (
            <li key={t.type}>
              <Link href={`/info/${t.type}`} className="block rounded-lg border border-slate-200 bg-white p-4 hover:border-brand-600">
                <span className="font-semibold">{t.label}</span>
                <span className="mt-1 block text-sm text-slate-600">{t.blurb}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
