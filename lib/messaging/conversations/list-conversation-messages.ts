import { db, Prisma, type MessageDirection, type MessageStatus } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseOptions } from "@/lib/parse-options";
import { KEYWORD_REFERENCE_PREFIX } from "../queue-outbound-message";
import { ZListConversationMessages, type ListConversationMessagesInput } from "./conversation-records.schema";
import { isConversationId } from "./conversation-summary";

/** One message of a thread, either way. */
export interface ConversationMessage {
  /** The bigint id as a decimal string. */
  id: string;
  direction: MessageDirection;
  status: MessageStatus;
  body: string;
  /** Our address for inbound messages, the sender ID for outbound ones. */
  sender: string;
  segments: number;
  errorCode: number | null;
  /** Why it failed, or why an inbound message could not be read fully. */
  errorReason: string | null;
  createdAt: Date;
  submittedAt: Date | null;
  finalAt: Date | null;
  /** The campaign an inbound message answers (or an outbound one belongs to), while it exists. */
  campaign: { id: string; name: string } | null;
  /** Sent by itself in answer to a keyword (STOP, START, HELP), not typed by a person. */
  automatic: boolean;
}

export interface ConversationMessagePage {
  /** Newest first. */
  messages: ConversationMessage[];
  /** Pass back as `before` for older messages; null when these are the oldest. */
  nextBefore: string | null;
}

type MessageRecord = Omit<ConversationMessage, "id" | "campaign"> & {
  id: bigint;
  campaignId: string | null;
  campaignName: string | null;
};

/**
 * A conversation's messages, newest first, paged by keyset on the message
 * id (the (conversationId, id) index). NotFoundError for a conversation
 * outside the organization.
 */
export async function listConversationMessages(
  options: ListConversationMessagesInput,
): Promise<ConversationMessagePage> {
  const { orgId, conversationId, before, limit } = parseOptions(ZListConversationMessages, options);
  if (!isConversationId(conversationId)) throw new NotFoundError("That conversation");
  const [conversation, records] = await Promise.all([
    db.conversation.findFirst({ where: { id: conversationId, orgId }, select: { id: true } }),
    db.$queryRaw<MessageRecord[]>`
      SELECT m.id, m.direction, m.status, coalesce(m.body, '') AS body, m.sender, m.segments,
             m."errorCode", m."errorReason", m."createdAt", m."submittedAt", m."finalAt",
             camp.id::text AS "campaignId", camp.name AS "campaignName",
             coalesce(m."clientReference" LIKE ${`${KEYWORD_REFERENCE_PREFIX}%`}, false) AS automatic
      FROM messages m
      LEFT JOIN campaigns camp
        ON camp.id = coalesce(m."campaignId", m."repliesToCampaignId") AND camp."orgId" = m."orgId"
      WHERE m."conversationId" = ${conversationId}::uuid AND m."orgId" = ${orgId}::uuid
        ${before ? Prisma.sql`AND m.id < ${BigInt(before)}` : Prisma.empty}
      ORDER BY m.id DESC
      LIMIT ${limit + 1}`,
  ]);
  if (!conversation) throw new NotFoundError("That conversation");
  const page = records.slice(0, limit);
  return {
    messages: page.map(({ campaignId, campaignName, ...record }) => ({
      ...record,
      id: record.id.toString(),
      campaign: campaignId && campaignName !== null ? { id: campaignId, name: campaignName } : null,
    })),
    nextBefore: records.length > limit ? (page.at(-1)?.id.toString() ?? null) : null,
  };
}
