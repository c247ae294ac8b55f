import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { compileTemplate } from "./compile-template";
import { loadRenderSettings } from "./load-render-settings";
import { measureAudience, type AudienceMeasure } from "./measure-audience";
import { parseOptions } from "./parse-options";
import { readListAudience } from "./read-list-audience";
import { ZMeasureListSegments, type MeasureListSegmentsInput } from "./template-records.schema";
import type { TemplateContact, TemplateIssue } from "./templates.schema";
import { validateTemplate } from "./validate-template";

export interface ListSegmentsMeasure extends AudienceMeasure {
  /** Merge tags some recipients have no value for, with how many lack each (tags used with a fallback count too). */
  missingTags: Array<{ tag: string; recipients: number }>;
  /** The template's warnings for this audience, with positions: tags some recipients lack. */
  warnings: TemplateIssue[];
}

/**
 * What a template costs over the real audience of some lists: each distinct,
 * not opted-out contact's message is rendered and measured (min/max/total
 * segments, GSM-7 vs UCS-2, blank messages). Large audiences take seconds;
 * pass the request's `signal` to stop reading when nobody waits any more.
 * Throws TemplateValidationError for a broken body, NotFoundError for a list
 * that is not the organization's.
 */
export async function measureListSegments(
  options: MeasureListSegmentsInput & { signal?: AbortSignal },
): Promise<ListSegmentsMeasure> {
  const { orgId, body, listIds } = parseOptions(ZMeasureListSegments, options);
  const [settings, ownLists] = await Promise.all([
    loadRenderSettings({ orgId }),
    db.contactList.count({ where: { orgId, id: { in: listIds } } }),
  ]);
  if (ownLists !== listIds.length) throw new NotFoundError("That list");

  const template = compileTemplate(body, settings);
  const missing = new Map(template.tags.filter((tag) => tag !== "phone").map((tag) => [tag, 0]));
  const contacts = countMissing(readListAudience({ orgId, listIds, signal: options.signal }), missing);
  const measure = await measureAudience({ template, contacts });

  const present = [...missing].filter(([, count]) => count === 0).map(([tag]) => fieldName(tag));
  const { warnings } =
    measure.recipients === 0
      ? { warnings: [] }
      : validateTemplate(body, { knownFields: settings.knownFields, fieldsPresentInAudience: present });
  const missingTags = [...missing]
    .filter(([, count]) => count > 0)
    .map(([tag, recipients]) => ({ tag, recipients }));
  return { ...measure, missingTags, warnings };
}

/** Passes contacts through, counting for each tag how many have no value for it. */
async function* countMissing(
  contacts: AsyncIterable<TemplateContact>,
  missing: Map<string, number>,
): AsyncGenerator<TemplateContact> {
  const tags = [...missing.keys()];
  for await (const contact of contacts) {
    for (const tag of tags) {
      if (!hasValue(contact, tag)) missing.set(tag, missing.get(tag)! + 1);
    }
    yield contact;
  }
}

/** "fields.plan" → "plan"; standard tags keep their name (what `fieldsPresentInAudience` expects). */
function fieldName(tag: string): string {
  return tag.startsWith("fields.") ? tag.slice("fields.".length) : tag;
}

function hasValue(contact: TemplateContact, tag: string): boolean {
  let value: unknown;
  if (tag.startsWith("fields.")) {
    const fields = contact.fields;
    const name = fieldName(tag);
    value =
      typeof fields === "object" && fields !== null && Object.hasOwn(fields, name)
        ? (fields as Record<string, unknown>)[name]
        : undefined;
  } else if (tag === "firstName" || tag === "lastName" || tag === "email") {
    value = contact[tag];
  }
  if (typeof value === "string") return value.trim() !== "";
  return typeof value === "number" || typeof value === "boolean";
}
