import type { Database } from "@/lib/db";

/** Ends every session of a user at once: their JWTs carry the old version and are refused. */
export async function revokeSessions(options: { db: Database; userId: string }): Promise<void> {
  await options.db.user.update({
    where: { id: options.userId },
    data: { sessionVersion: { increment: 1 } },
  });
}
