import Link from "next/link";
import { userOrRedirect } from "@/lib/auth/session";
import { listMyClaims } from "@/lib/claims/queries";
import { PageTitle } from "@/components/ui/Card";
import { ClaimsTable } from "@/components/claims/ClaimsTable";

export const metadata = { title: "My claims" };

export default async function ClaimsPage() {
  await userOrRedirect("/claims");
  const claims = await listMyClaims();
  return (
    <div>
      <PageTitle subtitle="Every claim you have filed, newest first. To file a new one, open the policy it is on.">My claims</PageTitle>
      {claims.length === 0 ? (
        <p className="text-slate-700">
          You have not filed any claims.{" "}
          <Link href="/policies" className="font-medium text-brand-700 underline">
            Open a policy
          </Link>{" "}
          to file one.
        </p>
      ) : (
        <ClaimsTable claims={claims} label="Your claims" />
      )}
    </div>
  );
}
