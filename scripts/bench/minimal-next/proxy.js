// Deliberately a pass-through, for the same reason as instrumentation.js: otherwise the project's proxy.ts is used.
import { NextResponse } from "next/server";
export function proxy() {
  return NextResponse.next();
}
export const config = { matcher: ["/__never__"] };
