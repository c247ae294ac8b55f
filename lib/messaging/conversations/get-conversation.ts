import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseOptions } from "@/lib/parse-options";
import { ZConversationRef, type ConversationRef } from "./conversation-records.schema";
import {
  CONVERSATION_COLUMNS,
  CONVERSATION_FROM,
  isConversationId,
  toConversationSummary,
  type ConversationRecord,
  type ConversationSummary,
} from "./conversation-summary";
import { REPLY_SENDER_OF_CONV } from "./reply-sender";

export interface ConversationDetail extends ConversationSummary {
  /** Our address that replies go out from; null when no message says which. */
  replyFrom: string | null;
}

/** One conversation of the organization; NotFoundError for any other id (another organization's too). */
export async function getConversation(options: ConversationRef): Promise<ConversationDetail> {
  const { orgId, conversationId } = parseOptions(ZConversationRef, options);
  if (!isConversationId(conversationId)) throw new NotFoundError("That conversation");
  const [record] = await db.$queryRaw<(ConversationRecord & { replyFrom: string | null })[]>`
    SELECT ${CONVERSATION_COLUMNS}, ${REPLY_SENDER_OF_CONV} AS "replyFrom"
    FROM ${CONVERSATION_FROM}
    WHERE conv.id = ${conversationId}::uuid AND conv."orgId" = ${orgId}::uuid`;
  if (!record) throw new NotFoundError("That conversation");
  return { ...toConversationSummary(record), replyFrom: record.replyFrom };
}
