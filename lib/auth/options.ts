import "server-only";
import type { NextAuthOptions, Session } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { authenticate } from "@/lib/auth/authenticate";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { createAuthSession, findActiveSessionUser, revokeAuthSession } from "@/lib/auth/session-store";

export { LOGIN_ERRORS } from "@/lib/auth/authenticate";

export const authOptions: NextAuthOptions = {
  secret: env().AUTH_SECRET,
  // The cookie's own lifetime; the absolute limit is the AuthSession row's expiresAt, which nothing extends.
  session: { strategy: "jwt", maxAge: env().SESSION_MAX_HOURS * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        return authenticate(db, credentials, clientAddressFrom(req?.headers as Record<string, unknown> | undefined));
      },
    }),
  ],
  callbacks: {
    // Runs on sign-in (with `user`) and every time a session is read (getServerSession, /api/auth/session).
    // A token whose server-side session is gone (signed out, expired, account deleted) becomes empty, so it
    // authenticates nothing even if someone kept a copy of the cookie.
    async jwt({ token, user }) {
      if (user) {
        const s = await createAuthSession(db, user.id);
        return { ...token, uid: user.id, sid: s.id };
      }
      const sid = typeof token.sid === "string" ? token.sid : null;
      const uid = sid ? await findActiveSessionUser(db, sid) : null;
      if (!uid || uid !== token.uid) return {};
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid !== "string") return { expires: session.expires } as Session;
      if (session.user) (session.user as { id?: string }).id = token.uid;
      return session;
    },
  },
  events: {
    // The browser's cookie is cleared by next-auth; this ends the session itself, so a copy stops working.
    async signOut({ token }) {
      if (typeof token?.sid === "string") await revokeAuthSession(db, token.sid);
    },
  },
};
