import { csvLine } from "@/lib/contacts";
import { db, getPool } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { campaignIdOrNotFound, parseOptions } from "../parse-options";
import { ZExportCampaignReportCsv, type ExportCampaignReportCsvInput } from "./campaign-report.schema";
import { FAILURE_STATUSES, describeFailure, type FailureStatus } from "./describe-failure";

export type CampaignReportCsvExport = {
  campaignName: string;
  /** CSV text (RFC 4180, CRLF lines, formula-safe cells), header first, one chunk per page of messages. */
  chunks: AsyncIterable<string>;
};

export const CAMPAIGN_REPORT_COLUMNS = [
  "phone",
  "firstName",
  "lastName",
  "status",
  "submittedAt",
  "finalAt",
  "errorCode",
  "errorReason",
  "smscMessageId",
  "segments",
] as const;

type ReportedMessage = {
  id: string;
  phone: string;
  firstName: string | null;
  lastName: string | null;
  status: string;
  submittedAt: Date | null;
  finalAt: Date | null;
  errorCode: number | null;
  errorReason: string | null;
  smscMessageId: string | null;
  segments: number;
};

/**
 * Every recipient of a campaign as CSV, one row per message in id order.
 * Checks the campaign first (NotFoundError before anything is streamed),
 * then reads the messages by keyset on their id in pages, so memory stays
 * flat for a million recipients.
 */
export async function exportCampaignReportCsv(
  options: ExportCampaignReportCsvInput,
): Promise<CampaignReportCsvExport> {
  const { orgId, campaignId, pageSize } = parseOptions(ZExportCampaignReportCsv, options);
  const campaign = await db.campaign.findFirst({
    where: { id: campaignIdOrNotFound(campaignId), orgId },
    select: { name: true },
  });
  if (!campaign) throw new NotFoundError("That campaign");
  return { campaignName: campaign.name, chunks: readCsvChunks({ orgId, campaignId, pageSize }) };
}

async function* readCsvChunks(options: { orgId: string; campaignId: string; pageSize: number }) {
  const { orgId, campaignId, pageSize } = options;
  yield csvLine([...CAMPAIGN_REPORT_COLUMNS]);
  let after = "0";
  for (;;) {
    // The index is (campaignId, status, id): ids are in order within each status, not across
    // them. So each status gives its next `pageSize` ids (an index-only range scan), and the
    // smallest `pageSize` of those are the page; no page reads more than statuses × pageSize
    // index entries, however the campaign's ids interleave with other campaigns'.
    const { rows } = await getPool().query<ReportedMessage>(
      `SELECT m.id::text AS id, m.phone, c."firstName", c."lastName", m.status::text AS status,
              m."submittedAt", m."finalAt", m."errorCode", m."errorReason", m."smscMessageId", m.segments
       FROM (
         SELECT next.id
         FROM unnest(enum_range(NULL::"MessageStatus")) AS s(status)
         CROSS JOIN LATERAL (
           SELECT id FROM messages
           WHERE "campaignId" = $1 AND status = s.status AND id > $3::bigint
           ORDER BY id LIMIT $4
         ) next
         ORDER BY next.id LIMIT $4
       ) page
       JOIN messages m ON m.id = page.id AND m."orgId" = $2
       LEFT JOIN contacts c ON c.id = m."contactId" AND c."orgId" = $2
       ORDER BY m.id`,
      [campaignId, orgId, after, pageSize],
    );
    if (rows.length === 0) return;
    yield rows.map((message) => csvLine(rowOf(message))).join("");
    after = rows.at(-1)!.id;
    if (rows.length < pageSize) return;
  }
}

function rowOf(message: ReportedMessage) {
  const failure = (FAILURE_STATUSES as readonly string[]).includes(message.status)
    ? describeFailure(message.status as FailureStatus, message.errorCode)
    : null;
  return [
    message.phone,
    message.firstName,
    message.lastName,
    message.status,
    message.submittedAt?.toISOString() ?? null,
    message.finalAt?.toISOString() ?? null,
    message.errorCode,
    // Receipts carry a code, not words: the report says what the code means.
    message.errorReason ?? failure?.meaning ?? null,
    message.smscMessageId,
    message.segments,
  ];
}
