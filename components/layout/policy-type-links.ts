// Labels for the home page tiles, from the policies capability's own type metadata (lib/policies/policy-types.ts).
import { POLICY_TYPES, POLICY_TYPE_INFO } from "@/lib/policies/policy-types";

export const POLICY_TYPE_LINKS = POLICY_TYPES.map((type) => ({ type, label: POLICY_TYPE_INFO[type].label, blurb: POLICY_TYPE_INFO[type].blurb }));
