import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { checkTemplateBody, loadRenderSettings } from "@/lib/templates";
import type { ZCampaignDraft } from "./campaign-records.schema";
import type { z } from "zod";
import { parseClockTime, zonedTimeToInstant } from "./zoned-time";

/** The columns a saved draft sets, after every reference was checked against the organization. */
export interface ResolvedDraft {
  name: string;
  senderId: string;
  templateId: string | null;
  body: string;
  connectorId: string;
  scheduledAt: Date | null;
  timeZone: string;
  quietHoursStart: number | null;
  quietHoursEnd: number | null;
  listIds: string[];
}

/**
 * Checks that the lists, template and connector are the organization's and
 * that the text renders; copies the template's body in, so later edits of
 * the template do not change a campaign already planned.
 */
export async function resolveCampaignDraft(
  orgId: string,
  draft: z.output<typeof ZCampaignDraft>,
): Promise<ResolvedDraft> {
  const listIds = [...new Set(draft.listIds)];
  const [lists, template, connector, settings] = await Promise.all([
    db.contactList.count({ where: { orgId, id: { in: listIds } } }),
    draft.templateId
      ? db.template.findFirst({ where: { orgId, id: draft.templateId }, select: { body: true } })
      : null,
    db.smppConnector.findFirst({ where: { orgId, id: draft.connectorId }, select: { id: true } }),
    loadRenderSettings({ orgId }),
  ]);
  if (lists !== listIds.length) throw new ValidationError("That list does not exist.", "listIds");
  if (draft.templateId && !template) throw new ValidationError("That template does not exist.", "templateId");
  if (!connector) throw new ValidationError("Choose an SMPP connector.", "connectorId");

  const body = template ? template.body : draft.body;
  if (body.trim() === "") throw new ValidationError("Write the message or choose a template.", "body");
  checkTemplateBody(body, settings.knownFields);

  const timeZone = draft.schedule?.timeZone ?? settings.defaultTimeZone;
  return {
    name: draft.name,
    senderId: draft.senderId,
    templateId: draft.templateId,
    body,
    connectorId: connector.id,
    scheduledAt: draft.schedule
      ? zonedTimeToInstant(draft.schedule.date, draft.schedule.time, draft.schedule.timeZone)
      : null,
    timeZone,
    quietHoursStart: draft.quietHours ? parseClockTime(draft.quietHours.start) : null,
    quietHoursEnd: draft.quietHours ? parseClockTime(draft.quietHours.end) : null,
    listIds,
  };
}
