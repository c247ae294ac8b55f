"use client";

import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { count, segmentRange } from "@/components/templates/counter-summary";
import type { RequestState } from "@/components/templates/use-debounced-request";
import type { CampaignEstimate } from "@/lib/campaigns";
import { formatDuration } from "../zoned-date";
import type { WizardConnector } from "./connector-step";
import type { WizardValues } from "./wizard-values";
import styles from "./campaign-wizard.module.css";

type ReviewStepProps = {
  values: WizardValues;
  /** The figures; their segments are real only when `measured` (the text was written and checks out). */
  estimate: RequestState<CampaignEstimate>;
  measured: boolean;
  connector: WizardConnector | null;
  zone: string;
  /** The save buttons and messages. */
  children: ReactNode;
};

/** Step 6: what the campaign costs and when it goes, before saving, scheduling or sending it. */
export function ReviewStep({ values, estimate, measured, connector, zone, children }: ReviewStepProps) {
  const figures = estimate.data;
  return (
    <>
      <div role="status" aria-busy={estimate.status === "loading"} className={styles.review}>
        {values.listIds.length === 0 ? (
          <p className={styles.hint}>Choose the lists in step 2 to see who receives it and what it costs.</p>
        ) : estimate.status === "error" ? (
          <Alert tone="error">The campaign could not be measured: {estimate.message}</Alert>
        ) : figures === null ? (
          <p className={styles.hint}>Measuring the message for every recipient…</p>
        ) : (
          <>
            {estimate.status === "loading" ? <p className={styles.hint}>Measuring again…</p> : null}
            <dl className={styles.facts}>
              <Fact id="review-recipients" label="Recipients">
                {count(figures.recipients, "recipient", "recipients")}
              </Fact>
              <Fact id="review-excluded" label="Left out">
                {`${count(figures.excludedDuplicates, "duplicate", "duplicates")}, ${count(figures.excludedOptedOut, "opted out", "opted out")}`}
              </Fact>
              {measured ? (
                <>
                  <Fact id="review-segments" label="Segments">
                    {`${count(figures.totalSegments, "segment", "segments")} in all (${segmentRange(figures.minSegments, figures.maxSegments)} per message)`}
                  </Fact>
                  <Fact id="review-encoding" label="Encoding">
                    {encodingText(figures)}
                  </Fact>
                  <Fact id="review-duration" label="Sending time">
                    {figures.estimatedSeconds !== null && connector
                      ? `${formatDuration(figures.estimatedSeconds)} at ${count(connector.throughputPerSecond, "message", "messages")} a second`
                      : "Choose a connector to see how long it takes."}
                  </Fact>
                </>
              ) : (
                <Fact id="review-segments" label="Segments">
                  Write the message (or fix its problems) to see what it costs.
                </Fact>
              )}
              <Fact id="review-when" label="When">
                {whenText(values, zone)}
              </Fact>
            </dl>
            {measured ? <Warnings figures={figures} /> : null}
          </>
        )}
      </div>
      {children}
    </>
  );
}

function Fact({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className={styles.fact}>
      <dt id={id} className={styles.factLabel}>
        {label}
      </dt>
      <dd aria-labelledby={id} className={styles.factValue}>
        {children}
      </dd>
    </div>
  );
}

function encodingText(figures: CampaignEstimate): string {
  if (figures.recipients === 0) return "–";
  if (figures.ucs2Recipients === 0) return "GSM-7 for everyone";
  if (figures.gsm7Recipients === 0) return "UCS-2 for everyone (70 characters a segment)";
  return `GSM-7 for ${count(figures.gsm7Recipients, "recipient", "recipients")}, UCS-2 for ${count(figures.ucs2Recipients, "recipient", "recipients")}`;
}

function whenText(values: WizardValues, zone: string): string {
  const quiet = values.quietHours
    ? `; held from ${values.quietStart} until ${values.quietEnd} in each recipient's time zone`
    : "";
  if (values.when === "now") return `As soon as you press “Send now”${quiet}`;
  const at =
    values.date && values.time ? `${values.date} at ${values.time} (${zone.replaceAll("_", " ")})` : "–";
  return `${at}${quiet}`;
}

function Warnings({ figures }: { figures: CampaignEstimate }) {
  const warnings: ReactNode[] = figures.missingTags.map(({ tag, recipients }) => (
    <>
      {`${count(recipients, "recipient has", "recipients have")} no value for `}
      <code>{`{{${tag}}}`}</code>
      {"."}
    </>
  ));
  if (figures.emptyRecipients > 0) {
    warnings.push(
      `The message renders empty for ${count(figures.emptyRecipients, "recipient", "recipients")}; they are sent nothing useful.`,
    );
  }
  if (figures.recipients === 0) warnings.push("Nobody on these lists can be messaged.");
  if (warnings.length === 0) return null;
  return (
    <Alert tone="warning" title="Worth checking">
      <ul className={styles.warnings}>
        {warnings.map((warning, index) => (
          <li key={index}>{warning}</li>
        ))}
      </ul>
    </Alert>
  );
}
