export type { AppSession } from "./session";
export { hashPassword, verifyPassword } from "./password";
export { revokeSessions } from "./revoke-sessions";
export { authenticateUser, WRONG_CREDENTIALS, type AuthenticatedUser } from "./authenticate-user";
export { createSignInThrottle, type SignInThrottle } from "./sign-in-throttle";
export { loadSession } from "./load-session";
export { createOrganization } from "./create-organization";
export { ZCreateOrganization, type CreateOrganizationInput } from "./create-organization.schema";
