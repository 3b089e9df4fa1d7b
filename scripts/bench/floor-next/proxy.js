// Deliberately a pass-through that matches nothing, as in the minimal app: without a proxy file of its own, next
// bundles the project's proxy.ts (whose matcher leaves the app's /info and /verify out: they run no proxy either).
import { NextResponse } from "next/server";
export function proxy() {
  return NextResponse.next();
}
export const config = { matcher: ["/__never__"] };
