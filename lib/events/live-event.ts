import { z } from "zod";

/** Progress of a contact import (lib/contacts/import). */
export const ZImportProgressEvent = z.object({
  type: z.literal("import.progress"),
  importId: z.string(),
  status: z.enum(["uploading", "pending", "running", "completed", "failed"]),
  rowsRead: z.number(),
  imported: z.number(),
  updated: z.number(),
  duplicates: z.number(),
  invalid: z.number(),
  bytesRead: z.number(),
  fileBytes: z.number(),
  error: z.string().nullable(),
});

/** A campaign's status and maintained counters (lib/campaigns), published as they change. */
export const ZCampaignProgressEvent = z.object({
  type: z.literal("campaign.progress"),
  campaignId: z.string(),
  status: z.enum(["draft", "scheduled", "running", "paused", "completed", "cancelled", "failed"]),
  /** False while the audience is still being taken (recipients still grows). */
  audienceComplete: z.boolean(),
  counts: z.record(z.string(), z.number()),
  at: z.string(),
});

/** Live state of an SMPP connector's binds, summed up over every worker (lib/smpp/connector-state). */
export const ZConnectorStateEvent = z.object({
  type: z.literal("connector.state"),
  connectorId: z.string(),
  state: z.enum(["idle", "connecting", "bound", "reconnecting", "failed"]),
  error: z.string().nullable(),
  binds: z.array(
    z.object({
      workerId: z.string(),
      bindIndex: z.number(),
      status: z.enum(["connecting", "bound", "reconnecting", "failed"]),
      error: z.string().nullable(),
      at: z.string(),
    }),
  ),
  /** When this summary was taken (ISO); of two summaries the later one is current. */
  at: z.string(),
});

/** A conversation got a message, or one of its messages changed status (lib/messaging). */
export const ZConversationUpdatedEvent = z.object({
  type: z.literal("conversation.updated"),
  conversationId: z.string(),
  messageId: z.string(),
  direction: z.enum(["inbound", "outbound"]),
  status: z.string(),
});

export const ZLiveEvent = z.discriminatedUnion("type", [
  ZConversationUpdatedEvent,
  ZImportProgressEvent,
  ZCampaignProgressEvent,
  ZConnectorStateEvent,
]);

export type LiveEvent = z.infer<typeof ZLiveEvent>;
export type ImportProgressEvent = z.infer<typeof ZImportProgressEvent>;
export type CampaignProgressEvent = z.infer<typeof ZCampaignProgressEvent>;
export type ConversationUpdatedEvent = z.infer<typeof ZConversationUpdatedEvent>;
export type ConnectorStateEvent = z.infer<typeof ZConnectorStateEvent>;

/** Topic a browser subscribes to, e.g. "import:<id>". */
export function topicOf(event: LiveEvent): string {
  switch (event.type) {
    case "import.progress":
      return `import:${event.importId}`;
    case "campaign.progress":
      return `campaign:${event.campaignId}`;
    case "conversation.updated":
      return `conversation:${event.conversationId}`;
    case "connector.state":
      return "connectors";
  }
}
