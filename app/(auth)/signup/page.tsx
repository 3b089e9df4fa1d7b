import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { Card, PageTitle } from "@/components/ui/Card";
import { SignupForm } from "@/components/auth/SignupForm";

export const metadata = { title: "Create account" };

export default async function SignupPage() {
  if (await getCurrentUser()) redirect("/policies");
  return (
    <div className="mx-auto max-w-md">
      <PageTitle subtitle="It takes a minute. You can buy a policy straight after.">Create your account</PageTitle>
      <Card>
        <SignupForm />
        <p className="mt-4 text-sm text-slate-700">
          Already have an account?{" "}
          <Link href="/login" className="font-medium text-brand-700 underline">
            Sign in
          </Link>
        </p>
      </Card>
    </div>
  );
}
