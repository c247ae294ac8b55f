import { db, Prisma } from "@/lib/db";
import { parseOptions } from "@/lib/parse-options";
import { ZListConversations, type ListConversationsInput } from "./conversation-records.schema";
import { conversationSearchCondition } from "./conversation-search";
import {
  CONVERSATION_COLUMNS,
  CONVERSATION_FROM,
  toConversationSummary,
  type ConversationRecord,
  type ConversationSummary,
} from "./conversation-summary";
import { decodeConversationsCursor, encodeConversationsCursor } from "./conversations-cursor";

export interface ConversationPage {
  conversations: ConversationSummary[];
  /** Pass back as `cursor` for the following page; null on the last page. */
  nextCursor: string | null;
}

/**
 * The organization's conversations, latest message first, paged by keyset
 * on (lastMessageAt, id), optionally only unread ones, those answering one
 * campaign, or those whose contact matches a search. Throws ValidationError
 * on "cursor" for a cursor this function did not make.
 */
export async function listConversations(options: ListConversationsInput): Promise<ConversationPage> {
  const { orgId, unread, campaignId, search, cursor, limit } = parseOptions(ZListConversations, options);
  const after = cursor ? decodeConversationsCursor(cursor) : null;

  const filters = [Prisma.sql`conv."orgId" = ${orgId}::uuid`];
  if (unread === true) filters.push(Prisma.sql`conv."unreadCount" > 0`);
  if (unread === false) filters.push(Prisma.sql`conv."unreadCount" = 0`);
  if (campaignId) filters.push(Prisma.sql`conv."lastCampaignId" = ${campaignId}::uuid`);
  const searched = conversationSearchCondition(orgId, search);
  if (searched) filters.push(searched);
  if (after) {
    // The plain bound lets the (orgId, lastMessageAt) index start at the boundary; the row comparison breaks ties.
    filters.push(
      Prisma.sql`conv."lastMessageAt" <= ${after.lastMessageAt}`,
      Prisma.sql`(conv."lastMessageAt", conv.id) < (${after.lastMessageAt}, ${after.id}::uuid)`,
    );
  }

  const records = await db.$queryRaw<ConversationRecord[]>`
    SELECT ${CONVERSATION_COLUMNS} FROM ${CONVERSATION_FROM}
    WHERE ${Prisma.join(filters, " AND ")}
    ORDER BY conv."lastMessageAt" DESC, conv.id DESC
    LIMIT ${limit + 1}`;
  const page = records.slice(0, limit);
  const last = page.at(-1);
  return {
    conversations: page.map(toConversationSummary),
    nextCursor:
      records.length > limit && last
        ? encodeConversationsCursor({ lastMessageAt: last.lastMessageAt, id: last.id })
        : null,
  };
}
