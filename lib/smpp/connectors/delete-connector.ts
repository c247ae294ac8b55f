import { db, type CampaignStatus } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { connectorIdOrNotFound, connectorNotFound } from "./connector-errors";
import { assertCanManageConnectors } from "./connector-role";
import { ZManageConnector, type ManageConnectorInput } from "./connector.schema";
import { parseOptions } from "@/lib/parse-options";

/** Campaigns in these states still need their connector: they send now, or will. */
const ACTIVE_STATUSES = ["scheduled", "running", "paused"] as const satisfies readonly CampaignStatus[];

/**
 * Deletes one of the organization's connectors. Refused (ConflictError,
 * naming the campaign) while a scheduled, running or paused campaign sends
 * through it; finished and draft campaigns simply lose the link.
 */
export async function deleteConnector(options: ManageConnectorInput): Promise<void> {
  assertCanManageConnectors(options.role);
  const { orgId, connectorId } = parseOptions(ZManageConnector, options);
  const id = connectorIdOrNotFound(connectorId);
  // The check and the delete in one statement, so no moment passes between them.
  const deleted = await db.$executeRaw`
    DELETE FROM smpp_connectors c
    WHERE c.id = ${id}::uuid AND c."orgId" = ${orgId}::uuid
      AND NOT EXISTS (
        SELECT 1 FROM campaigns k
        WHERE k."connectorId" = c.id AND k.status::text IN ('scheduled', 'running', 'paused')
      )`;
  if (deleted > 0) return;
  const inUse = await db.campaign.findFirst({
    where: { orgId, connectorId: id, status: { in: [...ACTIVE_STATUSES] } },
    orderBy: { createdAt: "asc" },
    select: { name: true, status: true },
  });
  if (!inUse) throw connectorNotFound();
  throw new ConflictError(
    `The ${inUse.status} campaign “${inUse.name}” sends through this connector. ` +
      "Wait for it to finish, or cancel it, before deleting the connector.",
  );
}
