import { Prisma } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { formatRoutePrefix } from "./route-prefix";

/** The connector already has a route for this prefix; `field` lets the form show it at the connector. */
export class RouteTakenError extends ConflictError {
  readonly field = "connectorId";

  constructor(prefix: string) {
    super(`This connector already has a route for ${formatRoutePrefix(prefix)}. Choose another connector.`);
  }
}

export function routeNotFound(): NotFoundError {
  return new NotFoundError("That route");
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The id as the database wants it; a malformed id is a route that does not exist. */
export function routeIdOrNotFound(routeId: string): string {
  if (!UUID.test(routeId)) throw routeNotFound();
  return routeId;
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** PostgreSQL's unique violation, as Prisma reports it (P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
