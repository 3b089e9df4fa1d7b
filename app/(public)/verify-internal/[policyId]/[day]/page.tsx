import { getPolicyStatusForDay } from "@/lib/verification/verify-cache";
import { utcDayStart } from "@/lib/verification/verify-route";
import { Verdict, NotValid, verifyMetadata } from "../../verify-views";

// The verdict page of a genuine QR link, reached only through the rewrites of
// lib/verification/verify-rewrites.mjs (proxy.ts checked the signature and gave the UTC day; requests made here
// directly get the not-valid page). ISR: rendered at the first scan of a policy on a
// day and then served from Next's cache, one entry per policy and day. The verdict is the one for the whole day
// (lib/verification/public-status.ts publicStatusForDay), so an entry never outlives its truth: the next day is
// another path. In-app changes empty the entry at once through the data's `verify-policy:<id>` tag
// (lib/verification/verify-cache.ts); `revalidate` bounds what another app instance or the worker changed.
export const metadata = verifyMetadata;
export const revalidate = 300; // = REVALIDATE_SECONDS in lib/verification/verify-cache.ts
export const dynamicParams = true;

/** No page at build time: each is rendered on its first request, then cached. */
export function generateStaticParams(): { policyId: string; day: string }[] {
  return [];
}

export default async function VerifyPolicyDayPage({ params }: { params: Promise<{ policyId: string; day: string }> }) {
  const { policyId, day } = await params;
  const dayStart = utcDayStart(day);
  if (!dayStart) return <NotValid />;
  return <Verdict result={await getPolicyStatusForDay(policyId, dayStart)} />;
}
