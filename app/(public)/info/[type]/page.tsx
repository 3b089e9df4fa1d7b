import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, PageTitle } from "@/components/ui/Card";
import { isPolicyType, POLICY_TYPES, POLICY_TYPE_INFO } from "@/lib/policies/policy-types";
import { ratingFactorsFor } from "@/lib/policies/rating";
import { Breadcrumb } from "@/components/ui/Breadcrumb";

export const dynamicParams = false;

export function generateStaticParams() {
  return POLICY_TYPES.map((type) => ({ type }));
}

export async function generateMetadata({ params }: { params: Promise<{ type: string }> }) {
  const { type } = await params;
  return { title: isPolicyType(type) ? `${POLICY_TYPE_INFO[type].label} insurance` : "Info Centre" };
}

export default async function PolicyInfoPage({ params }: { params: Promise<{ type: string }> }) {
  const { type } = await params;
  if (!isPolicyType(type)) notFound();
  const info = POLICY_TYPE_INFO[type];
  const factors = ratingFactorsFor(type);
  const buy = (
    <Link href={`/policies/new/${type}`} className="inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
      Buy {info.label.toLowerCase()} insurance
    </Link>
  );
  return (
    <div className="space-y-6">
      <Breadcrumb links={[["Info Centre", "/info"]]} current={info.label} />
      <PageTitle subtitle={info.blurb}>{info.label} insurance</PageTitle>
      <Card>
        <h2 className="text-lg font-semibold">What it covers</h2>
        <p className="mt-2 text-slate-700">{info.covers}</p>
        <div className="mt-4">{buy}</div>
      </Card>
      <div className="grid gap-6 md:grid-cols-2">
        <Card>
          <h2 className="text-lg font-semibold">What is included</h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700">
            {info.inclusions.map((i) => (
              <li key={i}>{i}</li>
            ))}
          </ul>
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">What is not included</h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700">
            {info.exclusions.map((i) => (
              <li key={i}>{i}</li>
            ))}
          </ul>
        </Card>
      </div>
      <Card>
        <h2 className="text-lg font-semibold">How the premium is worked out</h2>
        <p className="mt-2 text-slate-700">
          We start from the cover you choose, then apply each factor below in turn. The form shows your price and every step of it
          as you type, using exactly these numbers; we check it again when you buy.
        </p>
        <dl className="mt-4 divide-y divide-slate-100">
          {factors.map((f) => (
            <div key={f.name} className="grid gap-1 py-2 sm:grid-cols-3">
              <dt className="font-medium text-slate-900">{f.name}</dt>
              <dd className="text-slate-700 sm:col-span-2">{f.explanation}</dd>
            </div>
          ))}
        </dl>
        {info.termOptions.length > 0 ? (
          <p className="mt-3 text-sm text-slate-600">
            Terms available: {info.termOptions.map((m) => `${m} month${m === 1 ? "" : "s"}`).join(", ")}.
          </p>
        ) : (
          <p className="mt-3 text-sm text-slate-600">Cover lasts from your departure date to your return date (up to one year).</p>
        )}
        <div className="mt-4">{buy}</div>
      </Card>
    </div>
  );
}
