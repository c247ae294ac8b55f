import type { CampaignDraft } from "@/lib/campaigns";
import { zonedDateTime } from "../zoned-date";

/** Everything the wizard's fields hold, as typed (nothing is lost on a refused save). */
export type WizardValues = {
  name: string;
  senderId: string;
  listIds: string[];
  /** Where the text comes from: a saved template, or text written here. */
  source: "template" | "inline";
  templateId: string;
  inlineBody: string;
  connectorId: string;
  when: "now" | "schedule";
  /** "YYYY-MM-DD" and "HH:MM" in `timeZone`. */
  date: string;
  time: string;
  /** null: the browser's own zone, known only once the page runs in the browser. */
  timeZone: string | null;
  quietHours: boolean;
  quietStart: string;
  quietEnd: string;
};

/** Nothing is sent from 21:00 until 08:00 in the recipient's zone, unless the user says otherwise. */
export const SUGGESTED_QUIET_HOURS = { start: "21:00", end: "08:00" };

export const DEFAULT_SEND_TIME = "09:00";

/** A new campaign: the first enabled connector, quiet hours on. */
export function newWizardValues(connectors: readonly { id: string; enabled: boolean }[]): WizardValues {
  const connector = connectors.find((candidate) => candidate.enabled) ?? connectors[0];
  return {
    name: "",
    senderId: "",
    listIds: [],
    source: "template",
    templateId: "",
    inlineBody: "",
    connectorId: connector?.id ?? "",
    when: "now",
    date: "",
    time: "",
    timeZone: null,
    quietHours: true,
    quietStart: SUGGESTED_QUIET_HOURS.start,
    quietEnd: SUGGESTED_QUIET_HOURS.end,
  };
}

/** A saved campaign's settings back in the fields (its schedule on its own zone's clock). */
export function savedWizardValues(campaign: {
  name: string;
  senderId: string;
  listIds: string[];
  templateId: string | null;
  body: string;
  connectorId: string | null;
  scheduledAt: Date | null;
  timeZone: string;
  quietHours: { start: string; end: string } | null;
}): WizardValues {
  const schedule = campaign.scheduledAt ? zonedDateTime(campaign.scheduledAt, campaign.timeZone) : null;
  return {
    name: campaign.name,
    senderId: campaign.senderId,
    listIds: campaign.listIds,
    source: campaign.templateId ? "template" : "inline",
    templateId: campaign.templateId ?? "",
    inlineBody: campaign.templateId ? "" : campaign.body,
    connectorId: campaign.connectorId ?? "",
    when: schedule ? "schedule" : "now",
    date: schedule?.date ?? "",
    time: schedule?.time ?? "",
    timeZone: schedule ? campaign.timeZone : null,
    quietHours: campaign.quietHours !== null,
    quietStart: campaign.quietHours?.start ?? SUGGESTED_QUIET_HOURS.start,
    quietEnd: campaign.quietHours?.end ?? SUGGESTED_QUIET_HOURS.end,
  };
}

/** What the save action receives: exactly lib/campaigns' draft. */
export function draftOf(values: WizardValues, browserZone: string | null): CampaignDraft {
  return {
    name: values.name,
    senderId: values.senderId,
    listIds: values.listIds,
    templateId: values.source === "template" && values.templateId ? values.templateId : null,
    body: values.source === "inline" ? values.inlineBody : "",
    connectorId: values.connectorId,
    schedule:
      values.when === "schedule"
        ? { date: values.date, time: values.time, timeZone: values.timeZone ?? browserZone ?? "UTC" }
        : null,
    quietHours: values.quietHours ? { start: values.quietStart, end: values.quietEnd } : null,
  };
}
