import { Prisma } from "@/lib/db";

/** One conversation as the inbox lists it: the contact, the latest message and the campaign it answers. */
export interface ConversationSummary {
  id: string;
  contact: {
    /** The bigint id as a decimal string, safe in URLs and client components. */
    id: string;
    phone: string;
    firstName: string | null;
    lastName: string | null;
    optedOut: boolean;
  };
  lastMessageAt: Date;
  lastMessagePreview: string;
  unreadCount: number;
  /** The campaign the contact last replied to, while it exists. */
  campaign: { id: string; name: string } | null;
}

/** A conversation row as CONVERSATION_COLUMNS reads it. */
export interface ConversationRecord {
  id: string;
  contactId: bigint;
  phone: string;
  firstName: string | null;
  lastName: string | null;
  optedOut: boolean;
  lastMessageAt: Date;
  lastMessagePreview: string;
  unreadCount: number;
  campaignId: string | null;
  campaignName: string | null;
}

/** Columns of a ConversationRecord; every query names the tables `conv`, `c` and `camp` (see CONVERSATION_FROM). */
export const CONVERSATION_COLUMNS = Prisma.raw(
  `conv.id::text AS id, conv."contactId", c.phone, c."firstName", c."lastName", c."optedOut",
   conv."lastMessageAt", conv."lastMessagePreview", conv."unreadCount",
   camp.id::text AS "campaignId", camp.name AS "campaignName"`,
);

/** The conversation with its contact and, when it still exists in the same organization, its campaign. */
export const CONVERSATION_FROM = Prisma.raw(
  `conversations conv
   JOIN contacts c ON c.id = conv."contactId" AND c."orgId" = conv."orgId"
   LEFT JOIN campaigns camp ON camp.id = conv."lastCampaignId" AND camp."orgId" = conv."orgId"`,
);

export function toConversationSummary(record: ConversationRecord): ConversationSummary {
  return {
    id: record.id,
    contact: {
      id: record.contactId.toString(),
      phone: record.phone,
      firstName: record.firstName,
      lastName: record.lastName,
      optedOut: record.optedOut,
    },
    lastMessageAt: record.lastMessageAt,
    lastMessagePreview: record.lastMessagePreview,
    unreadCount: record.unreadCount,
    campaign:
      record.campaignId && record.campaignName !== null
        ? { id: record.campaignId, name: record.campaignName }
        : null,
  };
}

/** "Anna Meyer", or the phone number when the contact has no name. */
export function contactDisplayName(contact: {
  phone: string;
  firstName: string | null;
  lastName: string | null;
}): string {
  return [contact.firstName, contact.lastName].filter(Boolean).join(" ") || contact.phone;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id is a conversation that does not exist. */
export function isConversationId(conversationId: string): boolean {
  return UUID.test(conversationId);
}
