import { db, type Prisma } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { isUuid } from "./route-errors";

type Tx = Prisma.TransactionClient;

/**
 * Runs route changes of one organization one at a time (a transaction
 * holding an advisory lock on the organization's routes), so two
 * concurrent edits never give two routes of a prefix the same place.
 */
export function withRouteLock<T>(orgId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('routes:' || ${orgId}))`;
    return work(tx);
  });
}

/** The connector must be the organization's own; another's is answered like one that does not exist. */
export async function assertOwnConnector(tx: Tx, orgId: string, connectorId: string): Promise<void> {
  const found =
    isUuid(connectorId) &&
    (await tx.smppConnector.findFirst({ where: { id: connectorId, orgId }, select: { id: true } }));
  if (!found) throw new ValidationError("Choose one of your organization's connectors.", "connectorId");
}

/** The place after the last route of the prefix. */
export async function nextPosition(tx: Tx, orgId: string, prefix: string): Promise<number> {
  const last = await tx.route.aggregate({ where: { orgId, prefix }, _max: { position: true } });
  return (last._max.position ?? 0) + 1;
}

/** Numbers a prefix's routes 1, 2, 3… in their current order, closing the gap a removed route left. */
export async function renumberRoutes(tx: Tx, orgId: string, prefix: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE routes r SET position = n.place, "updatedAt" = now()
    FROM (
      SELECT id, row_number() OVER (ORDER BY position, id)::int AS place
      FROM routes WHERE "orgId" = ${orgId}::uuid AND prefix = ${prefix}
    ) n
    WHERE r.id = n.id AND r.position <> n.place`;
}
