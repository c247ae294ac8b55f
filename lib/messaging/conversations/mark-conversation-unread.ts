import type { ConversationRef } from "./conversation-records.schema";
import { setUnreadCount } from "./set-unread-count";

/** "Mark unread": the conversation counts one unread message again, so it stands out in the list. */
export async function markConversationUnread(options: ConversationRef): Promise<void> {
  await setUnreadCount(options, 1);
}
