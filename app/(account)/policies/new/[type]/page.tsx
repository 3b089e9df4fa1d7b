import Link from "next/link";
import { notFound } from "next/navigation";
import { userOrRedirect } from "@/lib/auth/session";
import { PageTitle } from "@/components/ui/Card";
import { PolicyForm } from "@/components/policies/PolicyForm";
import { isPolicyType, POLICY_TYPE_INFO } from "@/lib/policies/policy-types";

export async function generateMetadata({ params }: { params: Promise<{ type: string }> }) {
  const { type } = await params;
  return { title: isPolicyType(type) ? `Buy ${POLICY_TYPE_INFO[type].label.toLowerCase()} insurance` : "Buy a policy" };
}

export default async function NewPolicyPage({ params }: { params: Promise<{ type: string }> }) {
  const { type } = await params;
  if (!isPolicyType(type)) notFound();
  await userOrRedirect(`/policies/new/${type}`);
  const info = POLICY_TYPE_INFO[type];
  return (
    <div>
      <PageTitle
        subtitle={
          <>
            {info.blurb}.{" "}
            <Link href={`/info/${type}`} className="font-medium text-brand-700 underline">
              What {info.label.toLowerCase()} insurance covers and how the price is worked out
            </Link>
          </>
        }
      >
        Buy {info.label.toLowerCase()} insurance
      </PageTitle>
      <PolicyForm type={type} />
    </div>
  );
}
