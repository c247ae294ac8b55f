export type { AppSession } from "./session";
export { hashPassword, verifyPassword } from "./password";
export { revokeSessions } from "./revoke-sessions";
export { authenticateUser, WRONG_CREDENTIALS, type AuthenticatedUser } from "./authenticate-user";
export { createSignInThrottle, type SignInThrottle } from "./sign-in-throttle";
export { loadSession } from "./load-session";
// Kept here until the pages import it from "@/lib/auth/server".
export { requireSession } from "./require-session";
export { createOrganization } from "./create-organization";
export { ZCreateOrganization, type CreateOrganizationInput } from "./create-organization.schema";
