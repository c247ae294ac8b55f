"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { hasStarted, isFinishing, progressPercent } from "@/components/campaigns/campaign-status";
import { CampaignStatusBadge } from "@/components/campaigns/campaign-status-badge";
import type { CampaignRow } from "@/components/campaigns/campaign-row";
import { LiveNote } from "@/components/campaigns/live-note";
import { latest, type CampaignSnapshot } from "@/components/campaigns/live-campaign";
import { useCampaignEvents } from "@/components/campaigns/use-campaign-events";
import { useRefreshWhile } from "@/components/campaigns/use-refresh-while";
import { ProgressBar } from "@/components/contacts/import/progress-bar";
import type { CampaignTotalsData } from "./dashboard-stats";
import styles from "./recent-campaigns.module.css";

type RecentCampaignsProps = {
  campaigns: CampaignRow[];
  totals: CampaignTotalsData;
};

const countFormat = new Intl.NumberFormat("en");
const percentFormat = new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 1 });

/** The latest campaigns with live status and progress, and what all campaigns add up to. */
export function RecentCampaigns({ campaigns, totals }: RecentCampaignsProps) {
  const router = useRouter();
  const [live, setLive] = useState<Record<string, CampaignSnapshot>>({});
  const rows = campaigns.map((row) => {
    const current = latest({ status: row.status, counts: row.counts, at: row.asOf }, live[row.id] ?? null);
    return { ...row, status: current.status, counts: current.counts };
  });

  const connection = useCampaignEvents({
    campaignId: null,
    onSnapshot: ({ campaignId, ...snapshot }) => {
      const row = rows.find((candidate) => candidate.id === campaignId);
      if (!row) return;
      setLive((previous) => ({ ...previous, [campaignId]: latest(snapshot, previous[campaignId] ?? null) }));
      if (snapshot.status !== row.status && Date.parse(snapshot.at) > Date.parse(row.asOf)) router.refresh();
    },
  });

  useRefreshWhile(rows.some((row) => isFinishing(row.status, row.counts)));

  return (
    <section aria-labelledby="recent-campaigns-heading" className={styles.card}>
      <div className={styles.header}>
        <div>
          <h2 id="recent-campaigns-heading" className={styles.title}>
            Recent campaigns
          </h2>
          <p className={styles.subtitle}>Your latest campaigns, updated live while they send.</p>
        </div>
        {campaigns.length > 0 ? (
          <Link href="/campaigns" className={styles.all}>
            All campaigns
          </Link>
        ) : null}
      </div>

      {campaigns.length === 0 ? (
        <p className={styles.empty}>
          No campaigns yet. <Link href="/campaigns/new">Create your first campaign</Link> and its delivery
          shows up here.
        </p>
      ) : (
        <>
          <dl className={styles.totals} aria-label="All campaigns">
            <Total label="Campaigns" value={countFormat.format(totals.campaigns)} />
            <Total label="Messages sent" value={countFormat.format(totals.sent)} />
            <Total label="Delivered" value={countFormat.format(totals.delivered)} />
            <Total
              label="Delivery rate"
              value={totals.deliveryRate === null ? "–" : percentFormat.format(totals.deliveryRate)}
            />
          </dl>
          <ul role="list" className={styles.list}>
            {rows.map((row) => (
              <li key={row.id} className={styles.item}>
                <div className={styles.name}>
                  <Link href={`/campaigns/${row.id}`} className={styles.link}>
                    {row.name}
                  </Link>
                  <CampaignStatusBadge status={row.status} />
                </div>
                {hasStarted(row) ? (
                  <div className={styles.progress}>
                    <ProgressBar
                      label={`Progress of ${row.name}`}
                      percent={progressPercent(row.counts)}
                      tone={
                        row.status === "failed" ? "danger" : row.status === "completed" ? "success" : "accent"
                      }
                    />
                    <p className={styles.delivered}>
                      {countFormat.format(row.counts.delivered)} delivered of{" "}
                      {countFormat.format(row.counts.sent)} sent
                    </p>
                  </div>
                ) : (
                  <p className={styles.muted}>
                    {row.status === "scheduled" ? "Scheduled, not started" : "Not started"}
                  </p>
                )}
              </li>
            ))}
          </ul>
          <LiveNote connection={connection} />
        </>
      )}
    </section>
  );
}

function Total({ label, value }: { label: string; value: string }) {
  return (
    <div className={styles.total}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
