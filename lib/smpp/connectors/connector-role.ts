import { ForbiddenError } from "@/lib/errors";
import type { Role } from "@/lib/db";

/** Owners and admins change connectors; members see them read-only. */
export function canManageConnectors(role: Role): boolean {
  return role === "owner" || role === "admin";
}

/** Checked by every function that changes or binds a connector, whatever the UI showed. */
export function assertCanManageConnectors(role: Role): void {
  if (!canManageConnectors(role)) {
    throw new ForbiddenError("Only owners and admins of the organization can change SMPP connectors.");
  }
}
