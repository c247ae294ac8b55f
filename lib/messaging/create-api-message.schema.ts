import { z } from "zod";
import { checkSenderId } from "@/lib/campaigns";

/** Longest message text (rendered or given), as for campaigns and replies: 10 GSM-7 segments and some. */
export const MAX_API_MESSAGE_TEXT = 1600;
/** How far ahead a message may be scheduled. */
export const MAX_SCHEDULE_DAYS = 30;
const MAX_VARIABLES = 50;

const ZApiMessageFields = z
  .object({
    to: z
      .string()
      .trim()
      .min(1, "Give the recipient's number in to.")
      .max(64, "The number in to is too long."),
    from: z.string().max(32, "An alphanumeric sender ID can be at most 11 characters."),
    text: z
      .string()
      .min(1, "The text is empty.")
      .max(MAX_API_MESSAGE_TEXT, `Keep the text within ${MAX_API_MESSAGE_TEXT} characters.`)
      .optional(),
    templateId: z.guid("templateId must be a template id.").optional(),
    /** Values for the template's merge tags: `firstName` for {{firstName}}, `plan` for {{fields.plan}}. */
    variables: z
      .record(
        z.string().min(1).max(100),
        z.union([z.string().max(MAX_API_MESSAGE_TEXT), z.number(), z.boolean()]),
      )
      .refine(
        (value) => Object.keys(value).length <= MAX_VARIABLES,
        `Give at most ${MAX_VARIABLES} variables.`,
      )
      .optional(),
    priority: z.enum(["high", "normal"]).default("high"),
    scheduledAt: z.iso
      .datetime({
        offset: true,
        error: "scheduledAt must be an ISO 8601 time with its offset, e.g. 2026-12-01T09:00:00Z.",
      })
      .optional(),
    clientReference: z.string().min(1).max(128, "Keep clientReference within 128 characters.").optional(),
  })
  .strict();

function checkApiMessage(message: z.output<typeof ZApiMessageFields>, context: z.RefinementCtx): void {
  const problem = checkSenderId(message.from);
  if (problem) context.addIssue({ code: "custom", path: ["from"], message: problem });
  if (message.text !== undefined && message.templateId !== undefined) {
    context.addIssue({
      code: "custom",
      path: ["templateId"],
      message: "Give either text or templateId, not both.",
    });
  } else if (message.text === undefined && message.templateId === undefined) {
    context.addIssue({
      code: "custom",
      path: ["text"],
      message: "Give the message text, or a templateId with its variables.",
    });
  }
  if (message.variables !== undefined && message.templateId === undefined) {
    context.addIssue({
      code: "custom",
      path: ["variables"],
      message: "variables fill a template: give a templateId too.",
    });
  }
}

/** The body of POST /api/v1/messages. */
export const ZCreateApiMessage = ZApiMessageFields.superRefine(checkApiMessage);
export type CreateApiMessageBody = z.input<typeof ZCreateApiMessage>;

export const ZCreateApiMessageOptions = ZApiMessageFields.extend({
  orgId: z.guid(),
  apiKeyId: z.guid(),
  /** The request's Idempotency-Key, checked by the API wrapper; recorded on the message. */
  idempotencyKey: z.string().min(1).max(255).nullish(),
})
  .strict()
  .superRefine(checkApiMessage);
export type CreateApiMessageInput = z.input<typeof ZCreateApiMessageOptions>;
