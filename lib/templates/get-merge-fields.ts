import { loadKnownFields } from "./load-render-settings";
import { fieldPath, listMergeTags, type MergeTagOption } from "./merge-tags";

export interface MergeField extends MergeTagOption {
  /** What goes between the braces: "firstName", "fields.plan", "fields.[renewal date]"; for the fallback form. */
  path: string;
}

export interface MergeFields {
  /** The picker's entries: the standard contact fields, then the organization's custom fields. */
  fields: MergeField[];
  /** The organization's custom field names, as validation wants them. */
  knownFields: string[];
}

/** The merge tags the organization's templates can use, for the editor's picker. */
export async function getMergeFields(options: { orgId: string }): Promise<MergeFields> {
  const knownFields = await loadKnownFields(options);
  const fields = listMergeTags(knownFields).map((option) => ({
    ...option,
    path: option.tag.startsWith("fields.") ? fieldPath(option.tag.slice("fields.".length)) : option.tag,
  }));
  return { fields, knownFields };
}
