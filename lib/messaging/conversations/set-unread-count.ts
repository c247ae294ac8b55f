import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseOptions } from "@/lib/parse-options";
import { ZConversationRef, type ConversationRef } from "./conversation-records.schema";
import { isConversationId } from "./conversation-summary";

/** Sets the conversation's unread count (0: read, 1: marked unread); NotFoundError outside the organization. */
export async function setUnreadCount(options: ConversationRef, unreadCount: 0 | 1): Promise<void> {
  const { orgId, conversationId } = parseOptions(ZConversationRef, options);
  if (!isConversationId(conversationId)) throw new NotFoundError("That conversation");
  const { count } = await db.conversation.updateMany({
    where: { id: conversationId, orgId },
    data: { unreadCount },
  });
  if (count === 0) throw new NotFoundError("That conversation");
}
