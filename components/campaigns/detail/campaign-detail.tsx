"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { ProgressBar } from "@/components/contacts/import/progress-bar";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { count } from "@/components/templates/counter-summary";
import { PageHeader } from "@/components/ui/page-header";
import { CampaignAnalytics } from "../analytics/campaign-analytics";
import type { TransitionCampaignAction } from "../campaign-action-result";
import {
  hasStarted,
  isFinishing,
  progressPercent,
  type CampaignCounts,
  type CampaignStatus,
} from "../campaign-status";
import { CampaignStatusBadge } from "../campaign-status-badge";
import { LiveNote } from "../live-note";
import { latest, type CampaignSnapshot } from "../live-campaign";
import { LocalDateTime } from "../local-date-time";
import { useCampaignEvents } from "../use-campaign-events";
import { useRefreshWhile } from "../use-refresh-while";
import { CampaignActions } from "./campaign-actions";
import { CampaignCounters } from "./campaign-counters";
import type { CampaignDetailData } from "./campaign-detail-data";
import styles from "./campaign-detail.module.css";

type CampaignDetailProps = {
  campaign: CampaignDetailData;
  transitionAction: TransitionCampaignAction;
  /**
   * A message carried over from the wizard ("?done=sent"). The address keeps
   * it: taking it out re-renders the page as a new one (search parameters
   * are part of its identity), which would drop the message at once.
   */
  done: string | null;
};

const DONE_TEXT: Record<string, string> = {
  saved: "Draft saved. Nothing is sent until you send or schedule it.",
  scheduled: "Scheduled. It starts by itself at its time.",
  sent: "Sending started.",
};

const countFormat = new Intl.NumberFormat("en");

/** One campaign: status and counters kept live over SSE, its settings, and what can be done with it now. */
export function CampaignDetail({ campaign, transitionAction, done }: CampaignDetailProps) {
  const router = useRouter();
  const [live, setLive] = useState<CampaignSnapshot | null>(null);
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(
    done && DONE_TEXT[done] ? { tone: "success", text: DONE_TEXT[done] } : null,
  );
  const current = latest(
    {
      status: campaign.status,
      counts: campaign.counts,
      at: campaign.asOf,
      audienceComplete: campaign.audienceComplete,
    },
    live,
  );
  const shown = { ...campaign, status: current.status, counts: current.counts };
  const takingAudience = shown.status === "running" && current.audienceComplete === false;

  const connection = useCampaignEvents({
    campaignId: campaign.id,
    onSnapshot: ({ campaignId: _id, ...snapshot }) => {
      setLive((previous) => latest(snapshot, previous));
      // A new status brings what the event does not carry (start and end times): read the page again.
      if (snapshot.status !== current.status && Date.parse(snapshot.at) > Date.parse(current.at)) {
        router.refresh();
      }
    },
  });

  useRefreshWhile(isFinishing(shown.status, shown.counts));

  return (
    <>
      <Link href="/campaigns" className={styles.back}>
        ← Campaigns
      </Link>
      <PageHeader
        title={
          <span className={styles.title}>
            {campaign.name}
            <CampaignStatusBadge status={shown.status} />
          </span>
        }
        description={`From ${campaign.senderId}`}
        actions={
          <CampaignActions campaign={shown} transitionAction={transitionAction} onNotice={setNotice} />
        }
      />
      <div role="status" aria-atomic="true" className={styles.notice}>
        {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      </div>
      {shown.status === "failed" ? (
        <Alert tone="error" title="The campaign failed" className={styles.notice}>
          {campaign.failureReason ?? "It stopped before every message was handled."}
        </Alert>
      ) : null}

      <div className={styles.grid}>
        <div className={styles.column}>
          <Card title="Progress" as="section">
            <div className={styles.progress}>
              <p
                id="campaign-status-line"
                className={styles.statusLine}
                aria-live="polite"
                aria-atomic="true"
              >
                <StatusLine
                  status={shown.status}
                  counts={shown.counts}
                  takingAudience={takingAudience}
                  campaign={campaign}
                />
              </p>
              {hasStarted(shown) ? (
                <>
                  <ProgressBar
                    label="Campaign progress"
                    percent={progressPercent(shown.counts)}
                    tone={
                      shown.status === "failed"
                        ? "danger"
                        : shown.status === "completed"
                          ? "success"
                          : "accent"
                    }
                    valueText={`${Math.floor(progressPercent(shown.counts))}%, ${countFormat.format(handled(shown.counts))} of ${countFormat.format(shown.counts.recipients)} messages handled${takingAudience ? " so far" : ""}`}
                    describedBy="campaign-status-line"
                  />
                  <CampaignCounters counts={shown.counts} />
                </>
              ) : null}
              <dl className={styles.times}>
                <Time label="Created" iso={campaign.createdAt} />
                {campaign.scheduledAt ? <Time label="Scheduled for" iso={campaign.scheduledAt} /> : null}
                {campaign.startedAt ? <Time label="Started" iso={campaign.startedAt} /> : null}
                {campaign.completedAt ? (
                  <Time
                    label={shown.status === "cancelled" ? "Cancelled" : "Finished"}
                    iso={campaign.completedAt}
                  />
                ) : null}
              </dl>
              <LiveNote connection={connection} />
            </div>
          </Card>
          <Card
            title="Message"
            description={
              campaign.template ? (
                <>
                  From the template{" "}
                  <Link href={`/templates/${campaign.template.id}`}>{campaign.template.name}</Link>, as it was
                  when the campaign was saved.
                </>
              ) : (
                "Written for this campaign."
              )
            }
            as="section"
          >
            <p className={styles.bubble}>{campaign.body}</p>
          </Card>
        </div>
        <div className={styles.column}>
          <Card title="Audience" as="section">
            <ul className={styles.lists}>
              {campaign.lists.map((list) => (
                <li key={list.id}>
                  <Link href={`/contacts?list=${list.id}`}>{list.name}</Link>{" "}
                  <span className={styles.muted}>{count(list.memberCount, "contact", "contacts")}</span>
                </li>
              ))}
            </ul>
            <p className={styles.muted}>
              {campaign.lists.length === 0
                ? "Its lists have been deleted."
                : "Contacts on several lists get one message; opted-out contacts get none."}
            </p>
          </Card>
          <Card title="Sending" as="section">
            <dl className={styles.facts}>
              <Fact label="Sender ID">{campaign.senderId}</Fact>
              <Fact label="Connector">
                {campaign.connector
                  ? `${campaign.connector.name} · ${countFormat.format(campaign.connector.throughputPerSecond)} messages a second`
                  : "None: the connector was deleted"}
              </Fact>
              <Fact label="Quiet hours">
                {campaign.quietHours
                  ? `${campaign.quietHours.start}–${campaign.quietHours.end} in each recipient's time zone`
                  : "None: messages go out at any hour"}
              </Fact>
              {campaign.scheduledAt ? (
                <Fact label="Schedule set in">{campaign.timeZone.replaceAll("_", " ")}</Fact>
              ) : null}
            </dl>
          </Card>
        </div>
      </div>
      {hasStarted(shown) ? (
        <div className={styles.analytics}>
          <CampaignAnalytics campaignId={campaign.id} status={shown.status} updatedAt={current.at} />
        </div>
      ) : null}
    </>
  );
}

function handled(counts: CampaignCounts): number {
  return counts.sent + counts.failed + counts.skipped + counts.unknown + counts.cancelled;
}

function StatusLine({
  status,
  counts,
  takingAudience,
  campaign,
}: {
  status: CampaignStatus;
  counts: CampaignCounts;
  /** Running while its audience is still being taken: recipients still grows. */
  takingAudience: boolean;
  campaign: CampaignDetailData;
}): ReactNode {
  const of = `${countFormat.format(handled(counts))} of ${countFormat.format(counts.recipients)}`;
  switch (status) {
    case "draft":
      return campaign.scheduledAt ? (
        <>
          A draft, planned for <LocalDateTime iso={campaign.scheduledAt} /> but not scheduled yet.
        </>
      ) : (
        "A draft: nothing is sent until you send or schedule it."
      );
    case "scheduled":
      return campaign.scheduledAt ? (
        <>
          Scheduled for <LocalDateTime iso={campaign.scheduledAt} />. The audience is taken then.
        </>
      ) : (
        "Scheduled."
      );
    case "running":
      if (counts.recipients === 0) return "Starting: taking the audience…";
      // The first messages leave while the rest of the audience is still being taken.
      return takingAudience
        ? `Sending while the audience is still being taken: ${of} messages handled so far.`
        : `Sending: ${of} messages handled.`;
    case "paused":
      return `Paused after ${of} messages. Resume to send the rest.`;
    case "completed":
      return `Completed: ${of} messages handled.`;
    case "cancelled":
      return counts.recipients === 0
        ? "Cancelled before it started: nothing was sent."
        : `Cancelled after ${of} messages.`;
    case "failed":
      return counts.recipients === 0 ? "Failed before anything was sent." : `Failed after ${of} messages.`;
  }
}

function Time({ label, iso }: { label: string; iso: string }) {
  return (
    <div className={styles.time}>
      <dt>{label}</dt>
      <dd>
        <LocalDateTime iso={iso} />
      </dd>
    </div>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={styles.fact}>
      <dt className={styles.factLabel}>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
