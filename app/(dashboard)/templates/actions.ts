"use server";

import { revalidatePath } from "next/cache";
import { requireSession } from "@/lib/auth/server";
import type {
  SavedTemplate,
  TemplateActionResult,
  TemplateFormField,
} from "@/components/templates/template-action-result";
import {
  createTemplate,
  deleteTemplate,
  duplicateTemplate,
  updateTemplate,
  ZTemplateDraft,
} from "@/lib/templates";
import { actionFailure } from "./action-result";

/** Creates the template when `templateId` is null, else updates it. */
export async function saveTemplateAction(
  templateId: string | null,
  draft: { name: string; body: string },
): Promise<TemplateActionResult<SavedTemplate>> {
  const { orgId } = await requireSession();
  // Checked here too, so an empty name and an empty body are both named at once.
  const parsed = ZTemplateDraft.safeParse(draft);
  if (!parsed.success) {
    const fieldErrors: Partial<Record<TemplateFormField, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if ((field === "name" || field === "body") && !fieldErrors[field]) fieldErrors[field] = issue.message;
    }
    return { ok: false, message: null, fieldErrors, issues: [] };
  }
  try {
    // The lib checks the id: anything but one of this organization's templates is "not found".
    const saved =
      templateId === null
        ? await createTemplate({ orgId, ...parsed.data })
        : await updateTemplate({ orgId, templateId, ...parsed.data });
    revalidatePath("/templates");
    return { ok: true, value: { id: saved.id, name: saved.name } };
  } catch (error) {
    return actionFailure(error, "save template");
  }
}

export async function duplicateTemplateAction(
  templateId: string,
): Promise<TemplateActionResult<SavedTemplate>> {
  const { orgId } = await requireSession();
  try {
    const copy = await duplicateTemplate({ orgId, templateId });
    revalidatePath("/templates");
    return { ok: true, value: { id: copy.id, name: copy.name } };
  } catch (error) {
    return actionFailure(error, "duplicate template");
  }
}

export async function deleteTemplateAction(templateId: string): Promise<TemplateActionResult<null>> {
  const { orgId } = await requireSession();
  try {
    await deleteTemplate({ orgId, templateId });
    revalidatePath("/templates");
    return { ok: true, value: null };
  } catch (error) {
    return actionFailure(error, "delete template");
  }
}
