import Link from "next/link";
import { PageTitle } from "@/components/ui/Card";
import { POLICY_TYPES, POLICY_TYPE_INFO } from "@/lib/policies/policy-types";

export const metadata = { title: "Info Centre" };

export default function InfoCentrePage() {
  return (
    <div>
      <PageTitle subtitle="What each policy covers, what it does not, and exactly how its price is worked out.">Info Centre</PageTitle>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {POLICY_TYPES.map((type) => {
          const info = POLICY_TYPE_INFO[type];
          return (
            <li key={type} className="flex flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
              <h2 className="text-lg font-semibold">{info.label} insurance</h2>
              <p className="mt-1 flex-1 text-sm text-slate-700">{info.blurb}</p>
              <div className="mt-4 flex flex-wrap gap-3 text-sm">
                <Link href={`/info/${type}`} className="font-medium text-brand-700 underline">
                  About {info.label.toLowerCase()} insurance
                </Link>
                <Link href={`/policies/new/${type}`} className="font-medium text-brand-700 underline">
                  Get a {info.label.toLowerCase()} quote
                </Link>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
