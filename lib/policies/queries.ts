import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { getCurrentUser, requireRole, requireUser } from "@/lib/auth/session";
import { findPolicyForUser, listPoliciesForAdmin, listPoliciesForUser, type PolicyDto, type PolicySummary } from "@/lib/policies/policy-records";
import { isPolicyType, POLICY_STATUSES, type PolicyStatus } from "@/lib/policies/policy-types";

export type { PolicyDto, PolicySummary, AdminPolicyRow } from "@/lib/policies/policy-records";

/** The signed-in user's policies, newest first. */
export async function listMyPolicies(): Promise<PolicySummary[]> {
  const user = await requireUser();
  return listPoliciesForUser(db, user.id);
}

/**
 * One of the signed-in user's own policies. Anyone else's id (or an unknown one) is "not found":
 * ownership is part of the query, so there is nothing to leak.
 */
export async function getMyPolicy(id: string): Promise<PolicyDto> {
  const user = await requireUser();
  const policy = await findPolicyForUser(db, user.id, id);
  if (!policy) notFound();
  return policy;
}

/**
 * For the owner's downloads (QR code, PDF schedule): 401 when signed out, 404 for anyone else's or an
 * unknown id (ownership is in the query), else the policy and the holder's name.
 */
export async function findMyPolicyForDownload(id: string): Promise<{ status: 401 } | { status: 404 } | { status: 200; policy: PolicyDto; holderName: string }> {
  const user = await getCurrentUser();
  if (!user) return { status: 401 };
  const policy = await findPolicyForUser(db, user.id, id);
  return policy ? { status: 200, policy, holderName: user.name } : { status: 404 };
}

/** One page of all policies, for administrators, filtered by type, stored status and a search when given. */
export async function listAllPolicies(filters: { type?: string; status?: string; q?: string } = {}, page = 1) {
  await requireRole("ADMIN");
  return listPoliciesForAdmin(
    db,
    {
      type: filters.type && isPolicyType(filters.type) ? filters.type : undefined,
      status: filters.status && (POLICY_STATUSES as readonly string[]).includes(filters.status) ? (filters.status as PolicyStatus) : undefined,
      q: filters.q,
    },
    page,
  );
}
