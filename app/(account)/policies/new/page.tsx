import Link from "next/link";
import { userOrRedirect } from "@/lib/auth/session";
import { PageTitle } from "@/components/ui/Card";
import { POLICY_TYPES, POLICY_TYPE_INFO } from "@/lib/policies/policy-types";

export const metadata = { title: "Buy a policy" };

export default async function ChoosePolicyTypePage() {
  await userOrRedirect("/policies/new");
  return (
    <div>
      <PageTitle subtitle="Choose the cover you need. Each form shows your price as you fill it in.">Buy a policy</PageTitle>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {POLICY_TYPES.map((type) => (
          <li key={type}>
            <Link href={`/policies/new/${type}`} className="block rounded-lg border border-slate-200 bg-white p-5 shadow-sm hover:border-brand-600">
              <span className="text-lg font-semibold">{POLICY_TYPE_INFO[type].label} insurance</span>
              <span className="mt-1 block text-sm text-slate-700">{POLICY_TYPE_INFO[type].blurb}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
