import { Prisma } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";

/** Another connector of the organization has this name; `field` lets a form show it at the name. */
export class ConnectorNameTakenError extends ConflictError {
  readonly field = "name";

  constructor(name: string) {
    super(`A connector named “${name}” already exists. Choose another name.`);
  }
}

export function connectorNotFound(): NotFoundError {
  return new NotFoundError("That connector");
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The id as the database wants it; a malformed id is a connector that does not exist. */
export function connectorIdOrNotFound(connectorId: string): string {
  if (!UUID.test(connectorId)) throw connectorNotFound();
  return connectorId;
}

/** True for PostgreSQL's unique violation as Prisma reports it (P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** True when an update or delete by id found no row (P2025). */
export function isRecordNotFound(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025";
}
