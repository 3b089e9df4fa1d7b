import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { loginSchema } from "@/lib/auth/schemas";
import { verifyPassword } from "@/lib/auth/password";
import { isLoginThrottled, recordLoginAttempt } from "@/lib/auth/throttle";

/** Codes the login form maps to messages (next-auth passes a thrown error's message to the client). */
export const LOGIN_ERRORS = { THROTTLED: "THROTTLED", DISABLED: "DISABLED", INVALID: "CredentialsSignin" } as const;

function clientAddress(headers: Record<string, unknown> | undefined): string | null {
  const fwd = headers?.["x-forwarded-for"];
  const first = typeof fwd === "string" ? fwd.split(",")[0]?.trim() : undefined;
  const real = headers?.["x-real-ip"];
  return first || (typeof real === "string" ? real : null);
}

export const authOptions: NextAuthOptions = {
  secret: env().AUTH_SECRET,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const parsed = loginSchema.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const keys = { email, ip: clientAddress(req?.headers as Record<string, unknown> | undefined) };
        if (await isLoginThrottled(db, keys)) throw new Error(LOGIN_ERRORS.THROTTLED);
        const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, role: true, passwordHash: true, disabledAt: true } });
        const ok = await verifyPassword(user?.passwordHash ?? null, password);
        await recordLoginAttempt(db, keys, ok);
        if (!user || !ok) return null;
        // Said only after the right password, so it does not reveal which accounts exist.
        if (user.disabledAt) throw new Error(LOGIN_ERRORS.DISABLED);
        return { id: user.id, email: user.email, name: user.name, role: user.role };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = (user as { role?: string }).role ?? "USER";
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        (session.user as { id?: string }).id = token.uid as string;
        (session.user as { role?: string }).role = token.role as string;
      }
      return session;
    },
  },
};
