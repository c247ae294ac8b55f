"use server";

import { revalidatePath } from "next/cache";
import type {
  ConnectionTestResult,
  ConnectorActionResult,
  SavedConnector,
} from "@/components/settings/connectors/connector-action-result";
import { requireSession } from "@/lib/auth/server";
import {
  assertCanManageConnectors,
  createConnector,
  deleteConnector,
  testConnector,
  updateConnector,
  ZConnectorDraft,
  type ConnectorDraft,
  type ConnectorField,
} from "@/lib/smpp";
import { actionFailure } from "./action-result";

/** Creates the connector when `connectorId` is null, else updates it; an empty password keeps the saved one. */
export async function saveConnectorAction(
  connectorId: string | null,
  draft: ConnectorDraft,
): Promise<ConnectorActionResult<SavedConnector>> {
  const { orgId, role } = await requireSession();
  try {
    assertCanManageConnectors(role);
    // Checked here too, so every wrong field is named at once; the lib checks again, with the name's uniqueness.
    const parsed = ZConnectorDraft.safeParse(draft);
    if (!parsed.success) {
      const fieldErrors: Partial<Record<ConnectorField, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as ConnectorField;
        fieldErrors[field] ??= issue.message;
      }
      return { ok: false, message: null, fieldErrors };
    }
    const saved =
      connectorId === null
        ? await createConnector({ orgId, role, ...parsed.data })
        : await updateConnector({ orgId, role, connectorId, ...parsed.data });
    revalidatePath("/settings");
    return { ok: true, value: { id: saved.id, name: saved.name } };
  } catch (error) {
    return actionFailure(error, "save connector");
  }
}

export async function deleteConnectorAction(connectorId: string): Promise<ConnectorActionResult<null>> {
  const { orgId, role } = await requireSession();
  try {
    await deleteConnector({ orgId, role, connectorId });
    revalidatePath("/settings");
    return { ok: true, value: null };
  } catch (error) {
    return actionFailure(error, "delete connector");
  }
}

/** Binds once with the saved settings (10 s at most) and says how it went. */
export async function testConnectorAction(
  connectorId: string,
): Promise<ConnectorActionResult<ConnectionTestResult>> {
  const { orgId, role } = await requireSession();
  try {
    const result = await testConnector({ orgId, role, connectorId, timeoutMs: 10_000 });
    return { ok: true, value: result.ok ? { ...result, smscSystemId: result.smscSystemId || null } : result };
  } catch (error) {
    return actionFailure(error, "test connector");
  }
}
