import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { NotFoundError } from "@/lib/errors";
import { getConversation, type ConversationDetail } from "@/lib/messaging";

/**
 * The organization's conversation, or the not-found page for any other id
 * (another organization's too). Read once per request: the title and the
 * thread share it.
 */
export const loadConversation = cache(
  async (orgId: string, conversationId: string): Promise<ConversationDetail> => {
    try {
      return await getConversation({ orgId, conversationId });
    } catch (error) {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }
  },
);
