import type { Role } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";

/** Owners and admins change webhook endpoints, see their secrets and replay deliveries; members only look. */
export function canManageWebhooks(role: Role): boolean {
  return role === "owner" || role === "admin";
}

/** Checked by every function that changes them, whatever the UI showed. */
export function assertCanManageWebhooks(role: Role): void {
  if (!canManageWebhooks(role)) {
    throw new ForbiddenError("Only owners and admins of the organization can manage webhooks.");
  }
}
