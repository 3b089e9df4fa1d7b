import { NextResponse, type NextRequest } from "next/server";

// Optimistic redirect only: no session cookie → sign-in page. The real checks are in the data layer
// (requireUser / requireRole), which every page, action and route handler calls.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(req: NextRequest) {
  const hasSession = SESSION_COOKIES.some((c) => req.cookies.has(c));
  if (!hasSession) {
    const url = req.nextUrl.clone();
    url.pathname = "/login";
    url.search = `?next=${encodeURIComponent(req.nextUrl.pathname + req.nextUrl.search)}`;
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
}

export const config = { matcher: ["/profile/:path*", "/policies/:path*", "/claims/:path*", "/feedback/:path*", "/notifications/:path*"] };
