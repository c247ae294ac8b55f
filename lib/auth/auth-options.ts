import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { getRedis } from "@/lib/redis";
import { authenticateUser } from "./authenticate-user";
import { revokeSessions } from "./revoke-sessions";
import { createSignInThrottle } from "./sign-in-throttle";

/**
 * next-auth with email + password and JWT sessions. The JWT carries the
 * user's sessionVersion; requireSession() compares it with the database on
 * every request, so revoking is immediate even though JWTs are stateless.
 */
export const authOptions: NextAuthOptions = {
  secret: config.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials) {
        try {
          const user = await authenticateUser({
            db,
            throttle: createSignInThrottle(getRedis(), {
              maxFailures: config.SIGN_IN_MAX_FAILURES,
              lockSeconds: config.SIGN_IN_LOCK_SECONDS,
            }),
            credentials,
          });
          return { ...user, id: user.userId };
        } catch (error) {
          // next-auth v4 hands the message of an error thrown here to the
          // sign-in form as `error`, so domain errors become the form's message.
          if (error instanceof AppError) throw new Error(error.message);
          logger.error({ err: error }, "sign-in failed unexpectedly");
          throw new Error("Signing in is not possible right now. Please try again in a minute.");
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.userId = user.id;
        token.orgId = user.orgId;
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.userId = token.userId;
      session.orgId = token.orgId;
      session.sessionVersion = token.sessionVersion;
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      // Signing out ends every session of this user, not only this cookie.
      if (token?.userId) await revokeSessions({ db, userId: token.userId });
    },
  },
};
