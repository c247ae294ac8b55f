"use server";

import { revalidatePath } from "next/cache";
import type {
  SavedWebhookEndpoint,
  WebhookActionResult,
} from "@/components/settings/webhooks/webhook-action-result";
import { requireSession } from "@/lib/auth/server";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  replayWebhookDelivery,
  revealWebhookSecret,
  rotateWebhookSecret,
  sendTestWebhook,
  setWebhookEndpointEnabled,
  updateWebhookEndpoint,
  ZWebhookEndpointDraft,
  type WebhookEndpointDraft,
  type WebhookEndpointField,
} from "@/lib/webhooks";
import { webhookActionFailure } from "./action-result";

/** Creates the endpoint when `endpointId` is null (answering its secret once), else updates it. */
export async function saveWebhookEndpointAction(
  endpointId: string | null,
  draft: WebhookEndpointDraft,
): Promise<WebhookActionResult<SavedWebhookEndpoint>> {
  const { orgId, role } = await requireSession();
  try {
    // Checked here too, so every wrong field is named at once; the lib checks again, with the address.
    const parsed = ZWebhookEndpointDraft.safeParse(draft);
    if (!parsed.success) {
      const fieldErrors: Partial<Record<WebhookEndpointField, string>> = {};
      for (const issue of parsed.error.issues)
        fieldErrors[issue.path[0] as WebhookEndpointField] ??= issue.message;
      return { ok: false, message: null, fieldErrors };
    }
    const saved =
      endpointId === null
        ? await createWebhookEndpoint({ orgId, role, ...parsed.data })
        : {
            endpoint: await updateWebhookEndpoint({ orgId, role, endpointId, ...parsed.data }),
            secret: null,
          };
    revalidatePath("/settings/webhooks");
    return { ok: true, value: { id: saved.endpoint.id, secret: saved.secret } };
  } catch (error) {
    return webhookActionFailure(error, "save webhook endpoint");
  }
}

export async function deleteWebhookEndpointAction(endpointId: string): Promise<WebhookActionResult<null>> {
  const { orgId, role } = await requireSession();
  try {
    await deleteWebhookEndpoint({ orgId, role, endpointId });
    revalidatePath("/settings/webhooks");
    return { ok: true, value: null };
  } catch (error) {
    return webhookActionFailure(error, "delete webhook endpoint");
  }
}

export async function setWebhookEndpointEnabledAction(
  endpointId: string,
  enabled: boolean,
): Promise<WebhookActionResult<null>> {
  const { orgId, role } = await requireSession();
  try {
    await setWebhookEndpointEnabled({ orgId, role, endpointId, enabled });
    revalidatePath("/settings/webhooks");
    return { ok: true, value: null };
  } catch (error) {
    return webhookActionFailure(error, "switch webhook endpoint");
  }
}

export async function revealWebhookSecretAction(endpointId: string): Promise<WebhookActionResult<string>> {
  const { orgId, role } = await requireSession();
  try {
    return { ok: true, value: await revealWebhookSecret({ orgId, role, endpointId }) };
  } catch (error) {
    return webhookActionFailure(error, "reveal webhook secret");
  }
}

export async function rotateWebhookSecretAction(endpointId: string): Promise<WebhookActionResult<string>> {
  const { orgId, role } = await requireSession();
  try {
    return { ok: true, value: await rotateWebhookSecret({ orgId, role, endpointId }) };
  } catch (error) {
    return webhookActionFailure(error, "rotate webhook secret");
  }
}

export async function sendTestWebhookAction(
  endpointId: string,
): Promise<WebhookActionResult<{ deliveryId: string }>> {
  const { orgId, role } = await requireSession();
  try {
    const sent = await sendTestWebhook({ orgId, role, endpointId });
    revalidatePath(`/settings/webhooks/${endpointId}`);
    return { ok: true, value: sent };
  } catch (error) {
    return webhookActionFailure(error, "send test webhook");
  }
}

export async function replayWebhookDeliveryAction(deliveryId: string): Promise<WebhookActionResult<null>> {
  const { orgId, role } = await requireSession();
  try {
    await replayWebhookDelivery({ orgId, role, deliveryId });
    return { ok: true, value: null };
  } catch (error) {
    return webhookActionFailure(error, "replay webhook delivery");
  }
}
