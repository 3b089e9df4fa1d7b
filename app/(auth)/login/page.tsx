import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { safeNext } from "@/lib/auth/safe-next";
import { Card, PageTitle } from "@/components/ui/Card";
import { LoginForm } from "@/components/auth/LoginForm";

export const metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  const target = safeNext(next);
  if (await getCurrentUser()) redirect(target);
  return (
    <div className="mx-auto max-w-md">
      <PageTitle subtitle="Manage your policies, claims and renewals.">Sign in</PageTitle>
      <Card>
        <LoginForm next={target} />
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
