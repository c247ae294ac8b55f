import type { Database } from "@/lib/db";
import type { AppSession } from "./session";

/**
 * Turns the claims of a JWT into the session the app trusts, or null when
 * the session was revoked (version bumped), the user or the membership is
 * gone. One indexed query per request.
 */
export async function loadSession(options: {
  db: Database;
  userId: string;
  orgId: string;
  sessionVersion: number;
}): Promise<AppSession | null> {
  const membership = await options.db.membership.findUnique({
    where: { orgId_userId: { orgId: options.orgId, userId: options.userId } },
    include: { user: true, org: true },
  });
  if (!membership || membership.user.sessionVersion !== options.sessionVersion) return null;
  return {
    userId: membership.userId,
    email: membership.user.email,
    name: membership.user.name,
    orgId: membership.orgId,
    orgName: membership.org.name,
    role: membership.role,
  };
}
