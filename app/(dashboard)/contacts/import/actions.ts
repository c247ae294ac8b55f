"use server";

import type { StartImportResult } from "@/components/contacts/import/start-import-result";
import { requireSession } from "@/lib/auth/server";
import { createImport, ZCreateImport } from "@/lib/contacts";
import { NotFoundError, ValidationError } from "@/lib/errors";

/**
 * Creates an import and its new list, if asked; the browser then uploads the
 * file to /api/contacts/imports/<id>/file. Refusals come back as values with
 * the field they are about, so the form shows them next to the control.
 */
export async function startImport(input: unknown): Promise<StartImportResult> {
  const parsed = ZCreateImport.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, field: issue?.path.join("."), message: issue?.message ?? "Check your choices." };
  }
  const session = await requireSession();
  try {
    const record = await createImport({ orgId: session.orgId, userId: session.userId, input: parsed.data });
    // createImport always sets the list; the column is nullable only so a list can be deleted later.
    return { ok: true, importId: record.id, listId: record.listId ?? "" };
  } catch (error) {
    if (error instanceof ValidationError) return { ok: false, field: error.field, message: error.message };
    if (error instanceof NotFoundError) {
      return { ok: false, field: "list.listId", message: "That list no longer exists. Choose another." };
    }
    throw error;
  }
}
