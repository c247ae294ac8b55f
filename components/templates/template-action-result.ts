import type { TemplateIssue } from "@/lib/templates";

export type TemplateFormField = "name" | "body";

/** What a template server action answers: the form keeps everything typed and shows errors by field. */
export type TemplateActionResult<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      /** A message for the whole form, when the problem is not one field's. */
      message: string | null;
      fieldErrors: Partial<Record<TemplateFormField, string>>;
      /** Every problem in the body with its position, when the body did not validate. */
      issues: TemplateIssue[];
    };

export type SavedTemplate = { id: string; name: string };

export type SaveTemplateAction = (
  templateId: string | null,
  draft: { name: string; body: string },
) => Promise<TemplateActionResult<SavedTemplate>>;

export type TemplateRowAction<T> = (templateId: string) => Promise<TemplateActionResult<T>>;
