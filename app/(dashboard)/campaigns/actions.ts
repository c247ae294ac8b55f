"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type {
  CampaignActionResult,
  CampaignTransition,
  SavedCampaign,
  SaveIntent,
} from "@/components/campaigns/campaign-action-result";
import { requireSession } from "@/lib/auth/server";
import {
  cancelCampaign,
  createCampaign,
  getCampaign,
  pauseCampaign,
  resumeCampaign,
  scheduleCampaign,
  sendCampaignNow,
  unscheduleCampaign,
  updateCampaign,
  ZCampaignDraft,
  type CampaignDraft,
} from "@/lib/campaigns";
import { actionFailure, fieldErrorsOf } from "./action-result";

const ZSaveRequest = z.object({
  campaignId: z.string().max(100).nullable(),
  intent: z.enum(["draft", "schedule", "send"]),
});

/**
 * The wizard's buttons. Saves the draft (creating the campaign when
 * `campaignId` is null), then schedules it or sends it now. A scheduled
 * campaign saved as a draft or sent now first leaves its schedule, as
 * lib/campaigns keeps a scheduled campaign's time in the future.
 */
export async function saveCampaignAction(input: {
  campaignId: string | null;
  intent: SaveIntent;
  draft: CampaignDraft;
}): Promise<CampaignActionResult<SavedCampaign>> {
  const session = await requireSession();
  const request = ZSaveRequest.safeParse(input);
  // Every field's problem at once, before anything is saved.
  const parsed = ZCampaignDraft.safeParse(input.draft);
  if (!request.success || !parsed.success) {
    const { fieldErrors, rest } = fieldErrorsOf(parsed.error?.issues ?? []);
    return { ok: false, message: request.success ? rest : "Check the form and try again.", fieldErrors };
  }
  const { campaignId, intent } = request.data;
  const orgId = session.orgId;
  let saved: SavedCampaign | undefined;
  try {
    if (campaignId === null) {
      const created = await createCampaign({ orgId, createdById: session.userId, ...parsed.data });
      saved = { id: created.id, status: created.status };
    } else {
      const current = await getCampaign({ orgId, campaignId });
      saved = { id: current.id, status: current.status };
      if (current.status === "scheduled" && intent !== "schedule") {
        await unscheduleCampaign({ orgId, campaignId });
        saved = { id: current.id, status: "draft" };
      }
      const updated = await updateCampaign({ orgId, campaignId, ...parsed.data });
      saved = { id: updated.id, status: updated.status };
    }
    if (intent === "schedule" && saved.status !== "scheduled") {
      await scheduleCampaign({ orgId, campaignId: saved.id });
      saved = { id: saved.id, status: "scheduled" };
    }
    if (intent === "send") {
      await sendCampaignNow({ orgId, campaignId: saved.id });
      saved = { id: saved.id, status: "running" };
    }
    return { ok: true, value: saved };
  } catch (error) {
    return actionFailure(error, `save campaign (${intent})`, saved);
  } finally {
    revalidatePath("/campaigns", "layout");
  }
}

const TRANSITIONS: Record<
  CampaignTransition,
  { run: (ref: { orgId: string; campaignId: string }) => Promise<void>; to: SavedCampaign["status"] }
> = {
  schedule: { run: scheduleCampaign, to: "scheduled" },
  send_now: { run: sendCampaignNow, to: "running" },
  unschedule: { run: unscheduleCampaign, to: "draft" },
  pause: { run: pauseCampaign, to: "paused" },
  resume: { run: resumeCampaign, to: "running" },
  cancel: { run: cancelCampaign, to: "cancelled" },
};

const ZTransition = z.enum(["schedule", "send_now", "unschedule", "pause", "resume", "cancel"]);

/** The detail page's buttons: one move of the campaign's state machine. */
export async function transitionCampaignAction(
  campaignId: string,
  transition: CampaignTransition,
): Promise<CampaignActionResult<SavedCampaign>> {
  const { orgId } = await requireSession();
  const parsed = ZTransition.safeParse(transition);
  if (!parsed.success)
    return { ok: false, message: "That is not something a campaign can do.", fieldErrors: {} };
  const { run, to } = TRANSITIONS[parsed.data];
  try {
    // The lib checks the id: anything but one of this organization's campaigns is "not found".
    await run({ orgId, campaignId });
    return { ok: true, value: { id: campaignId, status: to } };
  } catch (error) {
    return actionFailure(error, `campaign ${parsed.data}`);
  } finally {
    revalidatePath("/campaigns", "layout");
  }
}
