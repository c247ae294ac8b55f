import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { measureListSegments, type ListSegmentsMeasure } from "@/lib/templates";
import { ZEstimateCampaign, type EstimateCampaignInput } from "./campaign-records.schema";
import { parseOptions } from "./parse-options";

export interface CampaignEstimate extends ListSegmentsMeasure {
  /** Contacts on more than one of the lists, counted once. */
  excludedDuplicates: number;
  excludedOptedOut: number;
  /** The connector's rate, when one is chosen. */
  throughputPerSecond: number | null;
  /** How long the send takes at that rate (PDUs ÷ TPS), when a connector is chosen. */
  estimatedSeconds: number | null;
}

/**
 * The review step's figures: who receives it (lists, minus opted-out and
 * duplicates), what it costs in segments for the real audience, and how
 * long it takes at the connector's rate. Pass the request's signal.
 */
export async function estimateCampaign(
  options: EstimateCampaignInput & { signal?: AbortSignal },
): Promise<CampaignEstimate> {
  const { orgId, listIds, body, connectorId } = parseOptions(ZEstimateCampaign, options);
  const ids = [...new Set(listIds)];
  const [measure, exclusions, connector] = await Promise.all([
    measureListSegments({ orgId, body, listIds: ids, signal: options.signal }),
    db.$queryRaw<Array<{ memberships: bigint; contacts: bigint; opted_out: bigint }>>`
      WITH members AS (
        SELECT m."contactId" FROM contact_list_members m
        JOIN contact_lists l ON l.id = m."listId" AND l."orgId" = ${orgId}::uuid
        WHERE m."listId" = ANY(${ids}::uuid[])
      )
      SELECT (SELECT count(*) FROM members) AS memberships,
             (SELECT count(DISTINCT "contactId") FROM members) AS contacts,
             (SELECT count(*) FROM contacts c WHERE c.id IN (SELECT "contactId" FROM members) AND c."optedOut") AS opted_out`,
    connectorId
      ? db.smppConnector.findFirst({
          where: { orgId, id: connectorId },
          select: { throughputPerSecond: true },
        })
      : null,
  ]);
  if (connectorId && !connector) throw new NotFoundError("That connector");
  const row = exclusions[0]!;
  const tps = connector?.throughputPerSecond ?? null;
  return {
    ...measure,
    excludedDuplicates: Number(row.memberships - row.contacts),
    excludedOptedOut: Number(row.opted_out),
    throughputPerSecond: tps,
    estimatedSeconds: tps ? Math.ceil(measure.totalSegments / tps) : null,
  };
}
