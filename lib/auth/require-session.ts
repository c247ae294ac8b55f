import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { authOptions } from "./auth-options";
import { loadSession } from "./load-session";
import type { AppSession } from "./session";

/** The current request's session, checked against the database; cached for the request. */
export const getSession = cache(async (): Promise<AppSession | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.userId || !session.orgId) return null;
  return loadSession({
    db,
    userId: session.userId,
    orgId: session.orgId,
    sessionVersion: session.sessionVersion,
  });
});

/**
 * Every dashboard page and action calls this itself; the proxy's redirect is
 * only a convenience, never the authorisation check.
 */
export async function requireSession(): Promise<AppSession> {
  const session = await getSession();
  if (!session) redirect("/sign-in");
  return session;
}
