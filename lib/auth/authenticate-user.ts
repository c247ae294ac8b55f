import type { Database } from "@/lib/db";
import type { Role } from "@/lib/db";
import { RateLimitedError, UnauthorizedError, ValidationError } from "@/lib/errors";
import { ZSignInCredentials } from "./authenticate.schema";
import { getDecoyHash, verifyPassword } from "./password";
import type { SignInThrottle } from "./sign-in-throttle";

export type AuthenticatedUser = {
  userId: string;
  email: string;
  name: string;
  orgId: string;
  role: Role;
  sessionVersion: number;
};

/** Unknown email and wrong password get the same answer, so sign-in cannot be used to find accounts. */
export const WRONG_CREDENTIALS = "The email or password is incorrect.";

/**
 * Checks email + password. Throws ValidationError for empty or malformed
 * input, RateLimitedError while the address is locked after repeated
 * failures, UnauthorizedError for a wrong email or password.
 */
export async function authenticateUser(options: {
  db: Database;
  throttle: SignInThrottle;
  credentials: unknown;
}): Promise<AuthenticatedUser> {
  const parsed = ZSignInCredentials.safeParse(options.credentials);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ValidationError(
      issue?.message ?? "Enter your email and password.",
      String(issue?.path[0] ?? ""),
    );
  }
  const { email, password } = parsed.data;

  const wait = await options.throttle.secondsLocked(email);
  if (wait > 0) {
    throw new RateLimitedError(`Too many failed attempts. Try again in ${wait} seconds.`, wait);
  }

  const user = await options.db.user.findUnique({
    where: { email },
    include: { memberships: { orderBy: { createdAt: "asc" }, take: 1 } },
  });
  const valid = await verifyPassword(password, user?.passwordHash ?? (await getDecoyHash()));
  const membership = user?.memberships[0];
  if (!user || !valid || !membership) {
    await options.throttle.recordFailure(email);
    throw new UnauthorizedError(WRONG_CREDENTIALS);
  }
  await options.throttle.clear(email);
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    orgId: membership.orgId,
    role: membership.role,
    sessionVersion: user.sessionVersion,
  };
}
