import type { Role } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";

/** Owners and admins change keywords and automatic replies; members see them read-only. */
export function canManageKeywordSettings(role: Role): boolean {
  return role === "owner" || role === "admin";
}

/** Checked by every function that changes them, whatever the UI showed. */
export function assertCanManageKeywordSettings(role: Role): void {
  if (!canManageKeywordSettings(role)) {
    throw new ForbiddenError("Only owners and admins of the organization can change keywords and replies.");
  }
}
