import { getCurrentUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

/**
 * Who is signed in, for the header's client island (the pages themselves are prerendered and know
 * nobody). The same rule as every server page: getCurrentUser re-reads the user under ACTIVE_USER.
 * Only what the header shows: the name and whether to offer Admin.
 */
export async function GET() {
  const user = await getCurrentUser();
  return Response.json(
    { user: user ? { name: user.name, role: user.role } : null },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
