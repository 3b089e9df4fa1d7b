import Link from "next/link";
import { userOrRedirect } from "@/lib/auth/session";
import { PageTitle } from "@/components/ui/Card";

export const metadata = { title: "My policies" };

export default async function PoliciesPage() {
  await userOrRedirect("/policies");
  return (
    <div>
      <PageTitle subtitle="Your cover, its QR code, claims and renewals.">My policies</PageTitle>
      <p className="text-slate-700">
        You have no policies yet.{" "}
        <Link href="/info" className="font-medium text-brand-700 underline">
          Browse the Info Centre
        </Link>{" "}
        to choose cover.
      </p>
    </div>
  );
}
