import { z } from "zod";

export const MAX_MESSAGES_PER_PAGE = 100;
export const DEFAULT_MESSAGES_PER_PAGE = 50;

/** Message ids are decimal strings in the API (they are 64-bit integers). */
export const ZMessageId = z
  .string()
  .regex(/^[1-9]\d{0,18}$/, 'Message ids are decimal strings such as "42".');

export const ZMessageStatus = z.enum([
  "queued",
  "sending",
  "submitted",
  "unknown",
  "delivered",
  "undelivered",
  "expired",
  "rejected",
  "failed",
  "skipped",
]);

/** Filters and page of GET /api/v1/messages (query-string values arrive as strings). */
export const ZListMessagesQuery = z
  .object({
    cursor: z.string().max(200).optional(),
    limit: z.coerce
      .number({ error: "Give the limit as a whole number." })
      .int("Give the limit as a whole number.")
      .min(1, "The limit is at least 1.")
      .max(MAX_MESSAGES_PER_PAGE, `The limit is at most ${MAX_MESSAGES_PER_PAGE}.`)
      .default(DEFAULT_MESSAGES_PER_PAGE),
    status: ZMessageStatus.optional(),
    /** The recipient, as given when sending or in E.164. */
    to: z.string().trim().min(1).max(64).optional(),
    clientReference: z.string().min(1).max(128).optional(),
    createdFrom: z.iso.datetime({ offset: true, error: "createdFrom must be an ISO 8601 time." }).optional(),
    createdTo: z.iso.datetime({ offset: true, error: "createdTo must be an ISO 8601 time." }).optional(),
  })
  .strict();

export const ZListMessages = ZListMessagesQuery.extend({ orgId: z.guid() });
export type ListMessagesInput = z.input<typeof ZListMessages>;

export const ZGetMessage = z.object({ orgId: z.guid(), messageId: ZMessageId });
export type GetMessageInput = z.input<typeof ZGetMessage>;
