import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { readBodyCapped } from "@/lib/http/read-body-capped";

const handler = NextAuth(authOptions);

/** Sign-in and sign-out posts are a few hundred bytes; next-auth itself would read any size. */
const MAX_AUTH_BODY_BYTES = 8 * 1024;

type Ctx = { params: Promise<{ nextauth: string[] }> };

export { handler as GET };

/** Reads the body under a cap before next-auth sees it, then hands next-auth an identical request. */
export async function POST(req: Request, ctx: Ctx): Promise<Response> {
  const body = await readBodyCapped(req, MAX_AUTH_BODY_BYTES);
  if (body === null) return new Response("Request body too large", { status: 413 });
  const headers = new Headers(req.headers);
  headers.delete("content-length");
  return handler(new NextRequest(req.url, { method: "POST", headers, body }), ctx);
}
