import { z } from "zod";
import { checkSenderId } from "./sender-id";
import { isKnownTimeZone } from "./zoned-time";

const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const ZTimeZone = z.string().refine(isKnownTimeZone, "Unknown time zone.");
const ZClockTime = z.string().regex(CLOCK_TIME, "Use a time like 08:00.");

export const ZSenderId = z.string().superRefine((value, ctx) => {
  const problem = checkSenderId(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

/** Quiet hours in the recipient's zone: nothing is sent from `start` until `end`. */
export const ZQuietHours = z.object({ start: ZClockTime, end: ZClockTime }).refine((q) => q.start !== q.end, {
  message: "Quiet hours need different start and end times.",
  path: ["end"],
});

/** "Send at" as the user picks it: a date and a time in a zone. */
export const ZSchedule = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Pick a date."),
  time: ZClockTime,
  timeZone: ZTimeZone,
});

export const MAX_INLINE_TEXT = 1600;

/** What the wizard saves; a template's body is copied in when one is chosen. */
export const ZCampaignDraft = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, "Give the campaign a name.")
      .max(120, "Keep the name under 120 characters."),
    senderId: ZSenderId,
    listIds: z
      .array(z.uuid({ error: "That list does not exist." }))
      .min(1, "Choose at least one list.")
      .max(20, "A campaign can go to at most 20 lists."),
    templateId: z.uuid({ error: "That template does not exist." }).nullable().default(null),
    /** Inline text, used when no template is chosen. */
    body: z.string().max(MAX_INLINE_TEXT, `Keep the text under ${MAX_INLINE_TEXT} characters.`).default(""),
    connectorId: z.uuid({ error: "Choose an SMPP connector." }),
    /** null = send when the user says "send now". */
    schedule: ZSchedule.nullable().default(null),
    quietHours: ZQuietHours.nullable().default(null),
  })
  .strict();
export type CampaignDraft = z.input<typeof ZCampaignDraft>;

const ZOrg = z.object({ orgId: z.uuid() });
const ZCampaignRef = ZOrg.extend({ campaignId: z.string() });

export const ZCreateCampaign = ZCampaignDraft.extend({ orgId: z.uuid(), createdById: z.uuid().nullish() });
export type CreateCampaignInput = z.input<typeof ZCreateCampaign>;

export const ZUpdateCampaign = ZCampaignDraft.extend({ orgId: z.uuid(), campaignId: z.string() });
export type UpdateCampaignInput = z.input<typeof ZUpdateCampaign>;

export const ZCampaignRefInput = ZCampaignRef;
export type CampaignRef = z.input<typeof ZCampaignRef>;

export const ZListCampaigns = ZOrg.extend({
  cursor: z.string().nullish(),
  limit: z.number().int().min(1).max(100).default(25),
});
export type ListCampaignsInput = z.input<typeof ZListCampaigns>;

export const ZEstimateCampaign = ZOrg.extend({
  listIds: z.array(z.uuid()).min(1, "Choose at least one list.").max(20),
  body: z.string().min(1, "Write the message or choose a template."),
  connectorId: z.uuid().nullish(),
});
export type EstimateCampaignInput = z.input<typeof ZEstimateCampaign>;
