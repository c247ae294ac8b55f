"use client";

import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import type { CampaignStatus } from "../campaign-status";
import { DeliveryChart } from "./delivery-chart";
import { FailuresTable } from "./failures-table";
import { formatDuration, formatRate } from "./format-report";
import { useCampaignReport } from "./use-campaign-report";
import styles from "./campaign-analytics.module.css";

type CampaignAnalyticsProps = {
  campaignId: string;
  status: CampaignStatus;
  /**
   * When the page's figures last changed (a live progress event, a re-read
   * page): each change re-reads the report, at most once a second.
   */
  updatedAt: string;
};

const countFormat = new Intl.NumberFormat("en");

/** Delivery rate, time to delivery, sends and deliveries over time, failures by error, and the CSV. */
export function CampaignAnalytics({ campaignId, status, updatedAt }: CampaignAnalyticsProps) {
  const { report, error } = useCampaignReport(campaignId, `${status}|${updatedAt}`);
  const headingId = "campaign-analytics-heading";

  return (
    <Card
      as="section"
      title={<span id={headingId}>Delivery</span>}
      description={
        status === "running"
          ? "Updated live as messages go out and receipts arrive."
          : "How the messages fared."
      }
      actions={
        <a href={`/campaigns/${campaignId}/report.csv`} download className={styles.download}>
          Download report (CSV)
        </a>
      }
    >
      <div className={styles.body} aria-labelledby={headingId} role="group" aria-busy={report === null}>
        <div role="status" aria-atomic="true">
          {error ? <Alert tone="error">{error}</Alert> : null}
        </div>
        {report === null ? (
          error ? null : (
            <div className={styles.loading}>
              <span className="visually-hidden">Loading the delivery report…</span>
              <Skeleton shape="heading" />
              <Skeleton shape="block" style={{ height: 180 }} />
            </div>
          )
        ) : (
          <>
            <dl className={styles.figures}>
              <Figure
                id="delivery-rate"
                label="Delivery rate"
                value={formatRate(report.deliveryRate)}
                hint={
                  report.deliveryRate === null
                    ? "Nothing sent yet"
                    : `${countFormat.format(report.counters.delivered)} of ${countFormat.format(report.counters.sent)} sent`
                }
              />
              <Figure
                id="median-delivery"
                label="Median time to delivery"
                value={
                  report.medianSecondsToDelivery === null
                    ? "–"
                    : formatDuration(report.medianSecondsToDelivery)
                }
                hint={report.medianSecondsToDelivery === null ? "No receipt yet" : "From sent to receipt"}
              />
              <Figure
                id="queued"
                label="Still to send"
                value={countFormat.format(report.counters.queued)}
                hint="Queued or on the way to the carrier"
              />
              <Figure
                id="not-delivered"
                label="Not delivered"
                value={countFormat.format(report.failures.reduce((sum, group) => sum + group.count, 0))}
                hint="Failed, rejected or expired"
              />
            </dl>
            <DeliveryChart timeline={report.timeline} id="campaign-delivery-chart" />
            <div className={styles.failuresBlock}>
              <h3 className={styles.subheading}>Failures by error</h3>
              <FailuresTable failures={report.failures} />
            </div>
          </>
        )}
      </div>
    </Card>
  );
}

function Figure({ id, label, value, hint }: { id: string; label: string; value: string; hint: string }) {
  return (
    <div className={styles.figure}>
      <dt id={`campaign-figure-${id}`} className={styles.figureLabel}>
        {label}
      </dt>
      <dd aria-labelledby={`campaign-figure-${id}`} className={styles.figureValue}>
        {value}
      </dd>
      <dd className={styles.figureHint}>{hint}</dd>
    </div>
  );
}
