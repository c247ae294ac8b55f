"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { count } from "@/components/templates/counter-summary";
import { useDebouncedRequest } from "@/components/templates/use-debounced-request";
import type { CampaignTransition, TransitionCampaignAction } from "../campaign-action-result";
import { allowedActions, isEditable } from "../campaign-status";
import { fetchEstimate } from "../wizard/estimate-api";
import type { CampaignDetailData } from "./campaign-detail-data";
import styles from "./campaign-detail.module.css";

type CampaignActionsProps = {
  campaign: CampaignDetailData;
  transitionAction: TransitionCampaignAction;
  onNotice: (notice: { tone: "success" | "error"; text: string }) => void;
};

const DONE: Record<CampaignTransition, string> = {
  schedule: "Scheduled.",
  send_now: "Sending started.",
  unschedule: "Moved back to draft. It will not go out until you send or schedule it again.",
  pause: "Paused. Messages already handed to the carrier still arrive.",
  resume: "Resumed.",
  cancel: "Cancelled. Messages not yet sent will not be sent.",
};

/** The moves the campaign's status allows (lib/campaigns' CAMPAIGN_ACTIONS), as buttons. */
export function CampaignActions({ campaign, transitionAction, onNotice }: CampaignActionsProps) {
  const router = useRouter();
  const [running, startRunning] = useTransition();
  const [pendingMove, setPendingMove] = useState<CampaignTransition | null>(null);
  const [dialog, setDialog] = useState<"send" | "cancel" | null>(null);
  const allowed = new Set(allowedActions(campaign.status));
  // A draft that has its time already; the server refuses a time too close or past, with a reason.
  const hasTime = campaign.scheduledAt !== null;

  // Who it goes to, counted when the "Send now" dialog opens (drafts have no audience taken yet).
  const estimate = useDebouncedRequest(
    dialog === "send" && campaign.lists.length > 0 ? campaign.id : null,
    (signal) =>
      fetchEstimate(
        {
          listIds: campaign.lists.map((list) => list.id),
          body: campaign.body,
          connectorId: campaign.connector?.id ?? null,
        },
        signal,
      ),
    0,
  );

  function move(transition: CampaignTransition) {
    if (running) return;
    setPendingMove(transition);
    startRunning(async () => {
      const result = await transitionAction(campaign.id, transition);
      setDialog(null);
      if (result.ok) {
        onNotice({ tone: "success", text: DONE[transition] });
        router.refresh();
      } else {
        onNotice({
          tone: "error",
          text: result.message ?? Object.values(result.fieldErrors)[0] ?? "That did not work; try again.",
        });
        router.refresh();
      }
    });
  }

  const busy = (transition: CampaignTransition) => running && pendingMove === transition;
  const recipients = estimate.data?.recipients ?? null;

  return (
    <div className={styles.actions}>
      {allowed.has("pause") ? (
        <Button pending={busy("pause")} onClick={() => move("pause")}>
          {busy("pause") ? "Pausing…" : "Pause"}
        </Button>
      ) : null}
      {allowed.has("resume") ? (
        <Button variant="primary" pending={busy("resume")} onClick={() => move("resume")}>
          {busy("resume") ? "Resuming…" : "Resume"}
        </Button>
      ) : null}
      {allowed.has("send_now") ? (
        <Button variant="primary" onClick={() => setDialog("send")}>
          Send now
        </Button>
      ) : null}
      {allowed.has("schedule") && campaign.status === "draft" ? (
        hasTime ? (
          <Button pending={busy("schedule")} onClick={() => move("schedule")}>
            {busy("schedule") ? "Scheduling…" : "Schedule"}
          </Button>
        ) : (
          <ButtonLink href={`/campaigns/${campaign.id}/edit#step-when`}>Schedule…</ButtonLink>
        )
      ) : null}
      {allowed.has("unschedule") ? (
        <Button pending={busy("unschedule")} onClick={() => move("unschedule")}>
          {busy("unschedule") ? "Moving…" : "Move back to draft"}
        </Button>
      ) : null}
      {isEditable(campaign.status) ? (
        <ButtonLink href={`/campaigns/${campaign.id}/edit`}>Edit</ButtonLink>
      ) : null}
      {allowed.has("cancel") ? (
        <Button variant="ghost" onClick={() => setDialog("cancel")}>
          Cancel campaign
        </Button>
      ) : null}

      <ConfirmDialog
        open={dialog === "send"}
        title={`Send “${campaign.name}” now?`}
        confirmLabel={
          busy("send_now")
            ? "Sending…"
            : recipients === null
              ? "Send now"
              : `Send to ${count(recipients, "recipient", "recipients")}`
        }
        pending={busy("send_now")}
        onConfirm={() => move("send_now")}
        onClose={() => setDialog(null)}
      >
        {recipients === null
          ? estimate.status === "error"
            ? `The recipients could not be counted (${estimate.message}); opted-out and duplicate numbers are left out when it starts.`
            : "Counting the recipients…"
          : `It goes to ${count(recipients, "recipient", "recipients")} at once${
              campaign.connector
                ? `, at up to ${count(campaign.connector.throughputPerSecond, "message", "messages")} a second through ${campaign.connector.name}`
                : ""
            }. You can pause or cancel it while it sends.`}
      </ConfirmDialog>

      <ConfirmDialog
        open={dialog === "cancel"}
        title={`Cancel “${campaign.name}”?`}
        pending={busy("cancel")}
        onClose={() => setDialog(null)}
        actions={
          <>
            <Button autoFocus disabled={busy("cancel")} onClick={() => setDialog(null)}>
              Keep it
            </Button>
            <Button variant="danger" pending={busy("cancel")} onClick={() => move("cancel")}>
              {busy("cancel") ? "Cancelling…" : "Cancel campaign"}
            </Button>
          </>
        }
      >
        {campaign.status === "draft" || campaign.status === "scheduled"
          ? "Nothing has been sent. The campaign stays in the list as cancelled and cannot be sent later."
          : "Messages not yet sent are cancelled for good; those already sent stay sent. This cannot be undone."}
      </ConfirmDialog>
    </div>
  );
}
