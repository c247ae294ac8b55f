import type { ConversationRef } from "./conversation-records.schema";
import { setUnreadCount } from "./set-unread-count";

/** Opening a conversation reads it: its unread count goes to 0. */
export async function markConversationRead(options: ConversationRef): Promise<void> {
  await setUnreadCount(options, 0);
}
