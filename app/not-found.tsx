import Link from "next/link";

export const metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-md py-12 text-center">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-2 text-slate-600">We could not find what you were looking for.</p>
      <Link href="/" className="mt-6 inline-block font-medium text-brand-700 underline">
        Go to the home page
      </Link>
    </div>
  );
}
