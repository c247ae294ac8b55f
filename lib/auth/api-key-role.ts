import type { Role } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";

/** Owners and admins create and revoke keys; a key acts for the whole organization. */
export function canManageApiKeys(role: Role): boolean {
  return role === "owner" || role === "admin";
}

export function assertCanManageApiKeys(role: Role): void {
  if (!canManageApiKeys(role)) {
    throw new ForbiddenError("Only owners and admins of the organization can manage API keys.");
  }
}
