import Link from "next/link";
import { Card, PageTitle } from "@/components/ui/Card";
import { SignupForm } from "@/components/auth/SignupForm";
import { SignedInRedirect } from "@/components/layout/SignedInRedirect";

export const metadata = { title: "Create account" };

// Prerendered at build time; a visitor who is already signed in is sent to their policies by the browser.
export default function SignupPage() {
  return (
    <div className="mx-auto max-w-md">
      <SignedInRedirect fallback="/policies" />
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
