import type { CompiledTemplate, RenderOptions } from "./compile-template";
import type { TemplateContact } from "./templates.schema";

export interface AudienceMeasure {
  recipients: number;
  /** 0 for an empty audience. */
  minSegments: number;
  maxSegments: number;
  /** What the campaign costs in PDUs (each segment is one submit_sm). */
  totalSegments: number;
  gsm7Recipients: number;
  ucs2Recipients: number;
  /** Contacts for whom the template renders blank. */
  emptyRecipients: number;
}

export interface MeasureAudienceOptions {
  template: CompiledTemplate;
  /** The audience, streamed (e.g. pages of contacts from the database). */
  contacts: Iterable<TemplateContact> | AsyncIterable<TemplateContact>;
  timeZoneOf?: (contact: TemplateContact) => string | null | undefined;
}

/**
 * Renders the template for each contact of an audience and sums up the
 * cost, since merge tags make each message a different length: the
 * composer shows the min/max segments, the campaign page the total.
 */
export async function measureAudience(options: MeasureAudienceOptions): Promise<AudienceMeasure> {
  const { template, contacts, timeZoneOf } = options;
  const result: AudienceMeasure = {
    recipients: 0,
    minSegments: 0,
    maxSegments: 0,
    totalSegments: 0,
    gsm7Recipients: 0,
    ucs2Recipients: 0,
    emptyRecipients: 0,
  };
  const renderOptions: RenderOptions = {};
  for await (const contact of contacts) {
    renderOptions.timeZone = timeZoneOf?.(contact);
    const message = template.render(contact, renderOptions);
    result.minSegments =
      result.recipients === 0 ? message.segments : Math.min(result.minSegments, message.segments);
    result.maxSegments = Math.max(result.maxSegments, message.segments);
    result.recipients++;
    result.totalSegments += message.segments;
    if (message.encoding === "GSM-7") result.gsm7Recipients++;
    else result.ucs2Recipients++;
    if (message.isEmpty) result.emptyRecipients++;
  }
  return result;
}
