"use client";

import {
  CAMPAIGN_FORM_FIELDS,
  type CampaignFieldErrors,
  type CampaignFormField,
} from "../campaign-action-result";
import type { WizardValues } from "./wizard-values";
import styles from "./campaign-wizard.module.css";

const LABELS: Record<CampaignFormField, string> = {
  name: "Campaign name",
  senderId: "Sender ID",
  listIds: "Lists",
  templateId: "Template",
  body: "Message",
  connectorId: "Connector",
  schedule: "Send time",
  "schedule.date": "Date",
  "schedule.time": "Time",
  "schedule.timeZone": "Time zone",
  quietHours: "Quiet hours",
  "quietHours.start": "Quiet hours from",
  "quietHours.end": "Quiet hours until",
};

/** The control that shows each field's error, as a CSS selector. */
function controlOf(field: CampaignFormField, source: WizardValues["source"]): string {
  switch (field) {
    case "name":
      return "#campaign-name";
    case "senderId":
      return "#campaign-sender";
    case "listIds":
      return "#campaign-lists input";
    case "templateId":
      return "#campaign-template";
    case "body":
      return source === "inline" ? "#campaign-body" : "#campaign-template";
    case "connectorId":
      return "#campaign-connector input";
    case "schedule":
    case "schedule.date":
      return "#campaign-date";
    case "schedule.time":
      return "#campaign-time";
    case "schedule.timeZone":
      return "#campaign-zone";
    case "quietHours":
    case "quietHours.start":
      return "#campaign-quiet-start";
    case "quietHours.end":
      return "#campaign-quiet-end";
  }
}

function firstField(errors: CampaignFieldErrors): CampaignFormField | undefined {
  return CAMPAIGN_FORM_FIELDS.find((field) => errors[field]);
}

/** Moves focus to the first field with a problem (or the given one), scrolling it into view. */
export function focusField(
  errors: CampaignFieldErrors,
  source: WizardValues["source"],
  field = firstField(errors),
): void {
  if (!field) return;
  const control = document.querySelector<HTMLElement>(controlOf(field, source));
  control?.focus();
  control?.scrollIntoView({ block: "center", behavior: "smooth" });
}

/** Every problem of a refused save, each a link to its field; the fields show the same message. */
export function ErrorSummary({
  errors,
  source,
}: {
  errors: CampaignFieldErrors;
  source: WizardValues["source"];
}) {
  const fields = CAMPAIGN_FORM_FIELDS.filter((field) => errors[field]);
  if (fields.length === 0) return null;
  return (
    <div className={styles.errorSummary}>
      <p className={styles.errorSummaryTitle}>
        {fields.length === 1 ? "Fix this problem first:" : `Fix these ${fields.length} problems first:`}
      </p>
      <ul className={styles.errorList}>
        {fields.map((field) => (
          <li key={field}>
            <a
              href={controlOf(field, source).split(" ")[0]}
              onClick={(event) => {
                event.preventDefault();
                focusField(errors, source, field);
              }}
            >
              {`${LABELS[field]}: ${errors[field]}`}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
