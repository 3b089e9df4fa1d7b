import { randomBytes } from "node:crypto";
import { POLICY_TYPE_INFO, type PolicyType } from "@/lib/policies/policy-types";

/** 32 characters people do not confuse when reading a number aloud: no 0/O or 1/I. */
export const POLICY_NUMBER_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
export const POLICY_NUMBER_PATTERN = /^[A-Z]+-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/;

/**
 * A new policy number such as CAR-7F3K-9QD2: the type, then 8 characters from a cryptographic
 * random source (40 bits, so numbers cannot be guessed or enumerated). 32 is a power of two, so
 * taking 5 bits per character has no modulo bias. Uniqueness is enforced by the database; the
 * caller retries on a collision.
 */
export function generatePolicyNumber(type: PolicyType): string {
  return generateReadableNumber(POLICY_TYPE_INFO[type].numberPrefix);
}

/**
 * A readable reference with any prefix, e.g. CLM-7F3K-9QD2 for claims: the same alphabet, length
 * and randomness as policy numbers (the database's unique constraint decides; callers retry).
 */
export function generateReadableNumber(prefix: string): string {
  const bytes = randomBytes(8);
  let chars = "";
  for (const b of bytes) chars += POLICY_NUMBER_ALPHABET[b & 31];
  return `${prefix}-${chars.slice(0, 4)}-${chars.slice(4)}`;
}
