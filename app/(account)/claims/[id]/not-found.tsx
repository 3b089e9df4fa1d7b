import Link from "next/link";

/** The same answer for a claim that does not exist and one that belongs to someone else. */
export default function ClaimNotFound() {
  return (
    <div className="mx-auto max-w-md py-12 text-center">
      <h1 className="text-2xl font-bold">Claim not found</h1>
      <p className="mt-2 text-slate-600">We could not find that claim in your account.</p>
      <Link href="/claims" className="mt-6 inline-block font-medium text-brand-700 underline">
        Back to my claims
      </Link>
    </div>
  );
}
