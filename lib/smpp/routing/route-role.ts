import type { Role } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { canManageConnectors } from "../connectors";

/** Routes are part of how the organization reaches its carriers: the connectors' owners and admins change them. */
export function canManageRoutes(role: Role): boolean {
  return canManageConnectors(role);
}

/** Checked by every function that changes a route, whatever the UI showed. */
export function assertCanManageRoutes(role: Role): void {
  if (!canManageRoutes(role)) {
    throw new ForbiddenError("Only owners and admins of the organization can change routes.");
  }
}
