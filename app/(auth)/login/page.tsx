import Link from "next/link";
import { Card, PageTitle } from "@/components/ui/Card";
import { LoginForm } from "@/components/auth/LoginForm";
import { SignedInRedirect } from "@/components/layout/SignedInRedirect";

export const metadata = { title: "Sign in" };

// Prerendered at build time: `next` is read in the browser (LoginForm, SignedInRedirect), not here.
export default function LoginPage() {
  return (
    <div className="mx-auto max-w-md">
      <SignedInRedirect useNext />
      <PageTitle subtitle="Manage your policies, claims and renewals.">Sign in</PageTitle>
      <Card>
        <LoginForm />
        <p className="mt-4 text-sm text-slate-700">
          New here?{" "}
          <Link href="/signup" className="font-medium text-brand-700 underline">
            Create an account
          </Link>
        </p>
      </Card>
    </div>
  );
}
