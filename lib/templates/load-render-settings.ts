import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { optOutTextFor } from "./opt-out-text";

export interface RenderSettings {
  /** The organization's custom field names, for validation and `{{fields.<name>}}`. */
  knownFields: string[];
  optOutText: string | null;
  defaultTimeZone: string;
}

/** What validating and rendering a template needs to know about its organization. */
export async function loadRenderSettings(options: { orgId: string }): Promise<RenderSettings> {
  const [org, fields] = await Promise.all([
    db.organization.findUnique({
      where: { id: options.orgId },
      select: { appendOptOutText: true, defaultTimeZone: true },
    }),
    loadKnownFields(options),
  ]);
  if (!org) throw new NotFoundError("That organization");
  return { knownFields: fields, optOutText: optOutTextFor(org), defaultTimeZone: org.defaultTimeZone };
}

/** The organization's custom field names in name order (imports keep the table up to date). */
export async function loadKnownFields(options: { orgId: string }): Promise<string[]> {
  const rows = await db.contactField.findMany({
    where: { orgId: options.orgId },
    select: { name: true },
    orderBy: { name: "asc" },
  });
  return rows.map((row) => row.name);
}
